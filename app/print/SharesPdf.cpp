#include "print/SharesPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sharewise::print {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SharesPdf)
};

} // namespace

QString sharesHtml(const SharesReport& report)
{
    QString h = u"<html><body><h1>"_s + report.title.toHtmlEscaped() + u"</h1>"_s;
    for (const QString& note : report.notes)
        h += u"<p>"_s + note.toHtmlEscaped() + u"</p>"_s;
    if (report.rows.isEmpty()) {
        h += u"<p><i>"_s + Tr::tr("No shares match.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        h +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"_s;
        for (const QString& header : report.headers)
            h += u"<th align=\"left\">"_s + header.toHtmlEscaped() + u"</th>"_s;
        h += u"</tr></thead><tbody>"_s;
        for (const QStringList& row : report.rows) {
            h += u"<tr>"_s;
            for (const QString& cell : row)
                h += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
            h += u"</tr>"_s;
        }
        h += u"</tbody></table>"_s;
    }
    h += u"</body></html>\n"_s;
    return h;
}

Status writeSharesPdf(const SharesReport& report, const QString& path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF cannot be made: the printing part of Sharewise did not "
                                "start. Try again from the Sharewise window."),
                         where);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF cannot be written (%1). Choose another folder.")
                             .arg(file.errorString()),
                         where);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(u"Sharewise"_s);
        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSizeF(8);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(u"h1 { font-size: 14pt; } th { background: #eeeeee; }"_s);
        doc.setHtml(sharesHtml(report));
        doc.print(&writer);
    }
    if (file.size() == 0) {
        file.cancelWriting();
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF could not be laid out. Check that fonts are installed "
                                "and try again."),
                         where);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF could not be written (%1). Check there is space and "
                                "try again.")
                             .arg(file.errorString()),
                         where);
    return {};
}

} // namespace sharewise::print
