#include "crypto/Base32.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"

#include <QTest>

#include <sodium.h>

using namespace sharewise;
using namespace sharewise::crypto;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }
    void base32KnownAnswers_data();
    void base32KnownAnswers();
    void base32RefusesForeignCharacters();
    void ed25519Rfc8032();
    void chacha20Poly1305Rfc8439();
    void cardRoundTrip();
    void cardRefusesEveryCorruption();
    void cardRefusesSwappedName();
    void fingerprintIsReadable();
    void signaturesAreBoundToTheirContext();
    void secretExportRoundTrip();
    void secretImportRefusesMismatchedKeys();
};

void TestIdentity::base32KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10, lower case, no padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("my");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("mzxq");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("mzxw6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("mzxw6yq");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("mzxw6ytb");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("mzxw6ytboi");
    // A pseudonym's sixteen bytes (three groups of five and one more), and high bytes.
    QTest::newRow("16 bytes") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
                              << QStringLiteral("aaaqeayeaudaocajbifqydiob4");
    QTest::newRow("11 high bytes")
        << QByteArray::fromHex("c8c9cacbcccdcecfd0d1d2") << QStringLiteral("zde4vs6mzxhm7ugr2i");
}

void TestIdentity::base32KnownAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(Base32::encode(bytes), text);
    QCOMPARE(Base32::decode(text).value(), bytes);
    QCOMPARE(Base32::decode(text.toUpper()).value(), bytes);
}

void TestIdentity::base32RefusesForeignCharacters()
{
    QVERIFY(!Base32::decode(u"mzxw0").has_value()); // 0 is not in the alphabet
    QVERIFY(!Base32::decode(u"mz=w6").has_value());
    QCOMPARE(Base32::decode(u"mzx w6-").value(), QByteArray("foo")); // spaces, hyphens ignored
    QVERIFY(!Base32::decode(u"mzxw7").has_value());                  // non-zero padding bits
}

// RFC 8032 section 7.1, TEST 1 and TEST 2.
void TestIdentity::ed25519Rfc8032()
{
    struct Vector
    {
        const char* seed;
        const char* pk;
        const char* msg;
        const char* sig;
    } vectors[] = {
        {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
         "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
         "1cf9b46bd25bf5f0595bbe24655141438e7a100b"},
        {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
         "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613"
         "d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    };
    for (const Vector& v : vectors) {
        const QByteArray seed = QByteArray::fromHex(v.seed);
        unsigned char pk[32];
        unsigned char sk[64];
        crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
        QCOMPARE(QByteArray(reinterpret_cast<char*>(pk), 32).toHex(), QByteArray(v.pk));
        const QByteArray msg = QByteArray::fromHex(v.msg);
        unsigned char sig[64];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(msg.constData()),
                             static_cast<unsigned long long>(msg.size()), sk);
        QCOMPARE(QByteArray(reinterpret_cast<char*>(sig), 64).toHex(), QByteArray(v.sig));
    }
}

// RFC 8439 section 2.8.2: AEAD_CHACHA20_POLY1305.
void TestIdentity::chacha20Poly1305Rfc8439()
{
    const QByteArray key =
        QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const QByteArray nonce = QByteArray::fromHex("070000004041424344454647");
    const QByteArray aad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray plain(
        "Ladies and Gentlemen of the class of '99: If I could offer you only one "
        "tip for the future, sunscreen would be it.");
    const QByteArray expected = QByteArray::fromHex(
        "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69"
        "da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad67594"
        "5585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116"
        "1ae10b594f09e26a7e902ecbd0600691");
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data()), &outLen,
        reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
        reinterpret_cast<const unsigned char*>(aad.constData()), aad.size(), nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(key.constData()));
    QCOMPARE(out.toHex(), expected.toHex());
}

void TestIdentity::cardRoundTrip()
{
    const Identity id = Identity::generate(QStringLiteral("Siân Evans, Cyngor Gwynedd"));
    const KeyCard& card = id.card();
    QVERIFY(card.isCertified());
    const QString text = card.toText();
    QVERIFY(text.startsWith(QLatin1String("sharewise-key-1:")));
    QVERIFY(!text.contains(QLatin1Char(' ')));
    const QString padded = QStringLiteral("  ") + text + QStringLiteral("\n");
    Result<KeyCard> back = KeyCard::fromText(padded);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), card);
}

void TestIdentity::cardRefusesEveryCorruption()
{
    const QString text = Identity::generate(QStringLiteral("A")).card().toText();
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz234567");
    for (qsizetype i = QStringLiteral("sharewise-key-1:").size(); i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(':'))
            continue;
        QString broken = text;
        broken[i] = alphabet.at((alphabet.indexOf(text.at(i)) + 1) % 32);
        QVERIFY2(!KeyCard::fromText(broken), qPrintable(QStringLiteral("position %1").arg(i)));
    }
    QVERIFY(!KeyCard::fromText(text.left(text.size() - 1)));
    QVERIFY(!KeyCard::fromText(QStringLiteral("sharewise-key-2:abc:def")));
    QVERIFY(KeyCard::fromText(QStringLiteral("sharewise-key-2:abc:def"))
                .error()
                .message.contains(QLatin1String("newer")));
    QVERIFY(!KeyCard::fromText(QStringLiteral("ssh-ed25519 AAAA")));
}

// A card whose name was changed and checksum recomputed fails its own certification.
void TestIdentity::cardRefusesSwappedName()
{
    KeyCard card = Identity::generate(QStringLiteral("Alice")).card();
    card.name = QStringLiteral("Mallory");
    QVERIFY(!card.isCertified());
    Result<KeyCard> parsed = KeyCard::fromText(card.toText());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::Verification);
}

void TestIdentity::fingerprintIsReadable()
{
    const KeyCard card = Identity::generate(QStringLiteral("A")).card();
    const QString fp = card.fingerprint();
    QCOMPARE(fp.size(), 26 + 6); // 26 base32 characters in 7 groups
    QCOMPARE(fp.count(QLatin1Char(' ')), 6);
    QCOMPARE(Base32::decode(fp).value(), card.fingerprintBytes());
    QVERIFY(Identity::generate(QStringLiteral("A")).card().fingerprint() != fp);
}

void TestIdentity::signaturesAreBoundToTheirContext()
{
    const Identity id = Identity::generate(QStringLiteral("A"));
    const QByteArray message("statement");
    const QByteArray sig = id.sign(SignContext::Approval, message);
    QVERIFY(Identity::verify(id.card().signingKey, SignContext::Approval, message, sig));
    QVERIFY(!Identity::verify(id.card().signingKey, SignContext::Bundle, message, sig));
    QVERIFY(!Identity::verify(id.card().signingKey, SignContext::Receipt, message, sig));
    QVERIFY(!Identity::verify(id.card().signingKey, SignContext::Approval, QByteArray("statemenu"),
                              sig));
    const Identity other = Identity::generate(QStringLiteral("B"));
    QVERIFY(!Identity::verify(other.card().signingKey, SignContext::Approval, message, sig));
}

void TestIdentity::secretExportRoundTrip()
{
    const Identity id = Identity::generate(QStringLiteral("Owain"));
    const SecureBytes secret = id.exportSecret();
    Result<Identity> back = Identity::importSecret(secret);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->card(), id.card());
    const QByteArray sig = back->sign(SignContext::Audit, "x");
    QVERIFY(Identity::verify(id.card().signingKey, SignContext::Audit, "x", sig));
    QVERIFY(back->receivingSecret() == id.receivingSecret());
}

void TestIdentity::secretImportRefusesMismatchedKeys()
{
    const Identity a = Identity::generate(QStringLiteral("A"));
    SecureBytes secret = a.exportSecret();
    secret.data()[5] ^= 1; // a different Ed25519 secret than the card names
    QVERIFY(!Identity::importSecret(secret));
    QVERIFY(!Identity::importSecret(SecureBytes(10)));
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
