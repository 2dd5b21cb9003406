// The Share wizard's Dataset page, driven through its real widgets: choose a file, see
// the preview at once, the scan finish with counts and identifiers highlighted, change
// the separator, cancel, and a refused file.
#include "common/Translations.h"
#include "share/DatasetPage.h"
#include "share/PreviewModel.h"
#include "share/ProfileModel.h"
#include "share/ShareWizard.h"
#include "tools/gen_casefile.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return path;
}

const QByteArray kCases = "Children's services extract\n"
                          "Produced 01/04/2024\n"
                          "Case,Forename,Surname,NHS number,Postcode,Amount\n"
                          "C1,Siân,Jones,943 476 5919,CF10 1AA,\"1,234.50\"\n"
                          "C2,Dafydd,Evans,401 023 2137,LL57 2PW,12.00\n"
                          "C3,Mary,Smith,943 476 5870,SA1 1AA,(5.00)\n"
                          "C4,Rhys,Williams,401 023 2129,NP20 1AA,7\n"
                          "\n"
                          "C5,Megan,Roberts,943 476 5838,CF24 0DE\n";

} // namespace

class TestDatasetPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chooseAFileShowsPreviewThenProfile();
    void fileCanBeDropped();
    void separatorCanBeChanged();
    void headerRowCanBeChosen();
    void refusedFileIsExplained();
    void workbookSheetsCanBeChosen();
    void scanCanBeCancelledAndRunAgain();
    void welsh();

private:
    std::unique_ptr<ShareWizard> m_wizard;
    QTemporaryDir m_dir;
};

void TestDatasetPage::init()
{
    Translations::apply(u"en"_s);
    Dialogs::setRecordMessagesForTesting(true);
    m_wizard = std::make_unique<ShareWizard>();
    m_wizard->show();
}

void TestDatasetPage::cleanup()
{
    m_wizard.reset();
}

void TestDatasetPage::chooseAFileShowsPreviewThenProfile()
{
    DatasetPage* page = m_wizard->datasetPage();
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!page->isComplete());
    QVERIFY(!next->isEnabled());

    Dialogs::setNextFileNameForTesting(writeFile(m_dir, u"cases.csv"_s, kCases));
    QTest::mouseClick(page->chooseButton(), Qt::LeftButton);
    QTRY_VERIFY(page->isComplete());
    QVERIFY(next->isEnabled());

    // Preview: header found below the title rows, rows with their file line numbers.
    PreviewModel* preview = page->previewModel();
    QCOMPARE(preview->columnCount(), 6);
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), u"Case"_s);
    QCOMPARE(preview->data(preview->index(0, 1)).toString(), QString::fromUtf8("Siân"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), u"4"_s);
    QVERIFY(page->readAsLabel()->text().contains(u"row 3"_s));

    // Summary: counts, the title rows, the ragged last row.
    const QString summary = page->summaryLabel()->text();
    QVERIFY2(summary.contains(u"5 rows of data"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"2 rows above the column names"_s));
    QVERIFY(summary.contains(u"1 empty row skipped"_s));
    QVERIFY(summary.contains(u"Warning:"_s));
    QVERIFY(summary.contains(u"(line 9)"_s));

    // Columns: the NHS numbers and names flagged, with the reason; Amount not.
    ProfileModel* profile = page->profileModel();
    QCOMPARE(profile->rowCount(), 6);
    const QHash<int, QString> flagged = profile->flaggedTooltips();
    QVERIFY(flagged.contains(3));
    QVERIFY(flagged.value(3).contains(u"NHS number"_s));
    QVERIFY(!flagged.contains(5));
    QVERIFY(preview->headerData(3, Qt::Horizontal).toString().startsWith(QChar(0x26A0)));
    page->tabs()->setCurrentIndex(1);
    page->columnsView()->selectRow(3);
    QTRY_VERIFY(page->columnDetailsLabel()->text().contains(u"check digit"_s));
    QVERIFY(!page->progressBar()->isVisible());
}

void TestDatasetPage::fileCanBeDropped()
{
    DatasetPage* page = m_wizard->datasetPage();
    const QString path = writeFile(m_dir, u"dropped.csv"_s, kCases);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(m_wizard->draft().datasetPath, path);
    QCOMPARE(page->previewModel()->rowCount(), 5);
    // Two files at once are not taken.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(page, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestDatasetPage::separatorCanBeChanged()
{
    DatasetPage* page = m_wizard->datasetPage();
    page->openFile(writeFile(m_dir, u"semi.csv"_s, "a;b,c\n1;2,3\n4;5,6\n"));
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(page->previewModel()->columnCount(), 2); // ';' found
    QComboBox* separator = page->delimiterBox();
    const int comma = separator->findData(int(','));
    QVERIFY(comma > 0);
    separator->setCurrentIndex(comma);
    emit separator->activated(comma);
    QVERIFY(!page->isComplete()); // reading again
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(page->previewModel()->columnCount(), 2);
    QCOMPARE(page->previewModel()->headerData(0, Qt::Horizontal).toString(), u"a;b"_s);
    QVERIFY(page->readAsLabel()->text().contains(u"commas"_s));
}

void TestDatasetPage::headerRowCanBeChosen()
{
    DatasetPage* page = m_wizard->datasetPage();
    page->openFile(writeFile(m_dir, u"h.csv"_s, "x,y\nid,name\n1,Ann\n"));
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(page->previewModel()->headerData(0, Qt::Horizontal).toString(), u"x"_s);
    page->headerRowBox()->setValue(2);
    QTRY_VERIFY(page->previewModel()->headerData(1, Qt::Horizontal).toString().endsWith(u"name"_s));
    QTRY_VERIFY(page->isComplete());
    QVERIFY(page->readAsLabel()->text().contains(u"as you chose"_s));
}

void TestDatasetPage::refusedFileIsExplained()
{
    DatasetPage* page = m_wizard->datasetPage();
    page->openFile(writeFile(m_dir, u"page.csv"_s, "<!DOCTYPE html><html><body>Expired</body>"));
    QTRY_VERIFY(page->errorSummary()->hasProblems());
    QVERIFY(page->errorSummary()->problems().first().contains(u"web page"_s));
    QVERIFY(!page->isComplete());
    QVERIFY(!page->isScanning());
}

void TestDatasetPage::workbookSheetsCanBeChosen()
{
    DatasetPage* page = m_wizard->datasetPage();
    page->openFile(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/table/workbook/types.xlsx"_s);
    QTRY_VERIFY(page->isComplete());
    QComboBox* sheets = page->sheetBox();
    QVERIFY(sheets->isVisible());
    QVERIFY(!page->encodingBox()->isVisible()); // no encoding or separator in a workbook
    QVERIFY(sheets->count() >= 3);
    QCOMPARE(sheets->currentData().toString(), u"Referrals"_s);
    QVERIFY(sheets->itemText(0).contains(u"hidden"_s));
    const int other = sheets->findData(QString::fromUtf8("Other ŵ"));
    QVERIFY(other >= 0);
    sheets->setCurrentIndex(other);
    emit sheets->activated(other);
    QTRY_VERIFY(page->isComplete());
    QVERIFY(page->readAsLabel()->text().contains(QString::fromUtf8("Other ŵ")));
    QCOMPARE(page->sheetBox()->currentData().toString(), QString::fromUtf8("Other ŵ"));
}

void TestDatasetPage::scanCanBeCancelledAndRunAgain()
{
    casegen::Options o;
    o.rows = 400000; // large enough to still be reading when Cancel is pressed
    const QString path = m_dir.filePath(u"big.csv"_s);
    QString error;
    QVERIFY(casegen::writeFile(path, o, nullptr, &error));
    DatasetPage* page = m_wizard->datasetPage();
    page->openFile(path);
    QTRY_VERIFY(page->previewModel()->rowCount() > 0); // the first rows at once
    QVERIFY(page->isScanning());
    QVERIFY(page->progressBar()->isVisible());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(!page->isScanning());
    QVERIFY(!page->isComplete());
    QCOMPARE(page->cancelButton()->text(), u"Read the whole file"_s);
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(page->isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 120000);
    QVERIFY2(page->summaryLabel()->text().contains(u"400000 rows of data"_s),
             qPrintable(page->summaryLabel()->text()));
}

void TestDatasetPage::welsh()
{
    DatasetPage* page = m_wizard->datasetPage();
    Translations::apply(u"cy"_s);
    QTRY_COMPARE(m_wizard->button(QWizard::CancelButton)->text(), u"Canslo"_s);
    QVERIFY(page->title() != u"Choose the data to share"_s);
    page->openFile(writeFile(m_dir, u"cy.csv"_s, kCases));
    QTRY_VERIFY(page->isComplete());
    QVERIFY(!page->summaryLabel()->text().contains(u"rows of data"_s));
    Translations::apply(u"en"_s);
}

QTEST_MAIN(TestDatasetPage)
#include "tst_datasetpage.moc"
