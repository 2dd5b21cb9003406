#include "keys/KeyTasks.h"

#include "widgets/PassphraseStrength.h"

#include "common/Translations.h"
#include "keys/AgreementKeys.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "widgets/Dialogs.h"
#include "widgets/WrapLabel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace sharewise::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(sharewise::ui::AgreementKeysDialog)
};

} // namespace

Result<QList<KeyPerson>> keyCandidates(Database& db)
{
    QList<KeyPerson> out;
    Result<QList<OwnIdentityRecord>> own = OwnIdentityRecords(db).list();
    if (!own)
        return own.error();
    for (const OwnIdentityRecord& r : own.value()) {
        KeyPerson p;
        p.card = r.card;
        p.name = r.card.name;
        p.fingerprint = r.fingerprint;
        p.own = true;
        p.ownCurrent = r.current;
        out.append(p);
    }
    Result<QList<RecipientKey>> partners = RecipientsDirectory(db).list();
    if (!partners)
        return partners.error();
    for (const RecipientKey& k : partners.value()) {
        if (k.isRevoked())
            continue;
        const bool ours = std::any_of(out.cbegin(), out.cend(), [&](const KeyPerson& p) {
            return p.fingerprint == k.fingerprint;
        });
        if (ours)
            continue;
        KeyPerson p;
        p.card = k.card;
        p.name = k.label();
        p.fingerprint = k.fingerprint;
        p.checked = k.isVerified();
        out.append(p);
    }
    return out;
}

QString recoveryFileFilter()
{
    return Tr::tr("Agreement key recovery copies (*.swkey);;All files (*)");
}

Result<QString> saveRecoveryCopy(QWidget* parent, Database& db, const QString& agreement)
{
    QString stem;
    for (const QChar c : agreement) {
        if (c.isLetterOrNumber())
            stem += c.toLower();
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    //: Suggested file name for an agreement key's recovery copy; %1 is the agreement's
    //: reference. Keep it short, no spaces.
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(Tr::tr("%1-key-recovery.swkey")
                          .arg(stem.isEmpty() ? QStringLiteral("agreement") : stem));
    const QString file = Dialogs::saveFileName(
        parent, Tr::tr("Save the recovery copy of the key of %1").arg(agreement), suggested,
        recoveryFileFilter());
    if (file.isEmpty())
        return QString();
    Result<QByteArray> copy = sharewise::keys::AgreementKeys(db).exportRecovery(agreement);
    if (!copy)
        return copy.error();
    // The save dialog has already asked before replacing a file.
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(copy.value()) != copy->size() ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit()) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("The recovery copy could not be written (%1). Choose another "
                                "folder.")
                             .arg(f.errorString()),
                         QDir::toNativeSeparators(file));
    }
    return QFileInfo(file).absoluteFilePath();
}

void fitToContentsLater(QWidget* dialog)
{
    QTimer::singleShot(0, dialog, [dialog] {
        if (!dialog->isVisible())
            return;
        if (QLayout* layout = dialog->layout())
            layout->activate();
        dialog->adjustSize();
    });
}

QLabel* keyHeading(QWidget* parent)
{
    auto* label = new WrapLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.4);
    label->setFont(f);
    return label;
}

QString keyTimeText(qint64 us)
{
    return Translations::locale().toString(
        QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toLocalTime(),
        QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace sharewise::ui
