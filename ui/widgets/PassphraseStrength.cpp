#include "widgets/PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sharewise::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
};

enum class Strength
{
    Empty,
    TooShort,
    Weak,
    Fair,
    Strong,
};

Strength strengthOf(const QString& passphrase, int minimumLength)
{
    if (passphrase.isEmpty())
        return Strength::Empty;
    if (passphrase.size() < minimumLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    QString letters;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower()) {
            lower = true;
            letters += c;
        } else if (c.isUpper()) {
            upper = true;
            letters += c.toLower();
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    static const QStringList common{
        QStringLiteral("password"), QStringLiteral("passphrase"), QStringLiteral("qwerty"),
        QStringLiteral("letmein"),  QStringLiteral("welcome"),    QStringLiteral("sharewise"),
        QStringLiteral("council"),  QStringLiteral("cyngor"),     QStringLiteral("abcdef"),
        QStringLiteral("iloveyou"), QStringLiteral("admin"),      QStringLiteral("secret"),
        QStringLiteral("recovery")};
    if (common.contains(letters))
        return Strength::Weak;
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const qsizetype counted = std::min<qsizetype>(passphrase.size(), 2 * distinct.size());
    const double bits = static_cast<double>(counted) * std::log2(static_cast<double>(pool));
    if (bits < 50)
        return Strength::Weak;
    if (bits < 75)
        return Strength::Fair;
    return Strength::Strong;
}

} // namespace

QString passphraseStrengthHint(const QString& passphrase, int minimumLength)
{
    switch (strengthOf(passphrase, minimumLength)) {
    case Strength::Empty:
        return Tr::tr("Use at least %n characters.", nullptr, minimumLength);
    case Strength::TooShort:
        return Tr::tr("Too short: use at least %n characters.", nullptr, minimumLength);
    case Strength::Weak:
        return Tr::tr("Weak: this would be easy to guess. Add another word or two.");
    case Strength::Fair:
        return Tr::tr("Fair: another word would make it much harder to guess.");
    case Strength::Strong:
        break;
    }
    return Tr::tr("Strong: hard to guess.");
}

} // namespace sharewise::ui
