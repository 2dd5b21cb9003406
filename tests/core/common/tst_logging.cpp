#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void writesToFileWithCategory();
    void rotatesAndKeepsALimitedNumber();
    void cleanup() { Logging::uninstall(); }
};

void TestLogging::writesToFileWithCategory()
{
    QTemporaryDir dir;
    Logging::install({dir.path()});
    qCWarning(lcStore) << "something happened";
    QFile f(Logging::currentLogFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("[warning] sharewise.store: something happened"), text.constData());
}

void TestLogging::rotatesAndKeepsALimitedNumber()
{
    QTemporaryDir dir;
    Logging::Options o{dir.path()};
    o.maxFileBytes = 2000;
    o.keepFiles = 3;
    Logging::install(o);
    for (int i = 0; i < 400; ++i)
        qCInfo(lcApp) << "line" << i << QByteArray(40, 'x');
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({QStringLiteral("sharewise.1.log"), QStringLiteral("sharewise.2.log"),
                          QStringLiteral("sharewise.log")}));
    for (const QString& f : files)
        QVERIFY(QFileInfo(dir.filePath(f)).size() < 2000 + 200);
    // The newest line is in the current file.
    QFile current(dir.filePath(QStringLiteral("sharewise.log")));
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("line 399"));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
