// print::writeSharesPdf: the history's list of shares as a PDF, whole or not at all.
#include "print/SharesPdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sharewise;

class TestSharesPdf : public QObject
{
    Q_OBJECT
private slots:
    void htmlHasEveryCellEscaped()
    {
        print::SharesReport r;
        r.title = u"Shares"_s;
        r.notes = {u"Every share."_s};
        r.headers = {u"State"_s, u"Dataset"_s};
        r.rows = {{u"Sealed"_s, u"<b>x</b>.csv"_s}};
        const QString html = print::sharesHtml(r);
        QVERIFY(html.contains(u"&lt;b&gt;x&lt;/b&gt;.csv"_s));
        QVERIFY(html.contains(u"Every share."_s));
        QVERIFY(!html.contains(u"No shares match."_s));
        r.rows.clear();
        QVERIFY(print::sharesHtml(r).contains(u"No shares match."_s));
    }

    void writesAPdfOrNothing()
    {
        QTemporaryDir dir;
        print::SharesReport r;
        r.title = u"Shares"_s;
        r.headers = {u"State"_s, u"Dataset"_s};
        for (int i = 0; i < 200; ++i)
            r.rows.append({u"Sent"_s, u"file-%1.csv"_s.arg(i)});
        const QString path = dir.filePath(u"shares.pdf"_s);
        QVERIFY(print::writeSharesPdf(r, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(f.size() > 1000);

        const QString nowhere = dir.filePath(u"missing-folder/shares.pdf"_s);
        Status s = print::writeSharesPdf(r, nowhere);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"Choose another folder"_s));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestSharesPdf)
#include "tst_sharespdf.moc"
