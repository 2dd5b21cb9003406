// sharewise-cli agreements pdf: an agreement from the register as a printable PDF.
#include "CliApp.h"

#include "agreements/AgreementRegister.h"
#include "print/AgreementPdf.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace sharewise {

int CliApp::cmdAgreementPdf(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QString(), QStringLiteral("N"));
    const QCommandLineOption force(QStringLiteral("force"));
    p.addOptions({outOpt, versionOpt, force});
    if (!p.parse(QStringList{QStringLiteral("agreements pdf")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1 || !p.isSet(outOpt))
        return usage(tr("Name the agreement and the PDF to write: sharewise-cli agreements pdf "
                        "REF -o FILE"));
    int version = 0;
    if (p.isSet(versionOpt)) {
        bool ok = false;
        version = p.value(versionOpt).toInt(&ok);
        if (!ok || version < 1)
            return usage(tr("--version must be a version number: 1, 2, ..."));
    }
    const QString out = p.value(outOpt);
    if (QFileInfo::exists(out) && !p.isSet(force))
        return fail(makeError(ErrorKind::BadInput,
                              tr("A file with this name already exists. Choose another name, or "
                                 "add --force to replace it."),
                              QDir::toNativeSeparators(out)));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return usage(tr("Make the PDF with the command \"sharewise-cli agreements pdf REF -o "
                        "FILE\"."));

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(*db.value()).find(p.positionalArguments().first(), version);
    if (!agreement)
        return fail(agreement.error());
    if (Status s = print::writeAgreementPdf(agreement.value(), out); !s)
        return fail(s.error());
    m_out << tr("Agreement %1, version %2, written to %3.")
                 .arg(agreement->reference)
                 .arg(agreement->version)
                 .arg(QDir::toNativeSeparators(out))
          << '\n';
    return int(ExitCode::Success);
}

} // namespace sharewise
