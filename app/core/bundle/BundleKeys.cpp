#include "bundle/BundleKeys.h"

#include "bundle/BundleFormat.h"

#include <sodium.h>

namespace sharewise::bundle {

BundleKeys BundleKeys::derive(const crypto::SecureBytes& fileKey)
{
    BundleKeys k{crypto::SecureBytes(kMacSize),
                 crypto::SecureBytes(crypto_aead_chacha20poly1305_ietf_KEYBYTES)};
    crypto_kdf_derive_from_key(k.mac.data(), k.mac.size(), kMacSubkeyId, kKdfContext,
                               fileKey.data());
    crypto_kdf_derive_from_key(k.payload.data(), k.payload.size(), kPayloadSubkeyId, kKdfContext,
                               fileKey.data());
    return k;
}

} // namespace sharewise::bundle
