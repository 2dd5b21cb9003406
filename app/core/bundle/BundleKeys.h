#pragma once

#include "crypto/SecureBytes.h"

namespace sharewise::bundle {

// The two subkeys of a bundle's file key (docs/bundle-format.md, "Keys"): one for the
// header MAC, one for the payload. Writer and reader derive them here, alike.
struct BundleKeys
{
    crypto::SecureBytes mac;
    crypto::SecureBytes payload;

    static BundleKeys derive(const crypto::SecureBytes& fileKey);
};

} // namespace sharewise::bundle
