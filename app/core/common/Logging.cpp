#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "sharewise.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sharewise.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "sharewise.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "sharewise.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sharewise.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "sharewise.cli", QtInfoMsg)

namespace sharewise::Logging {
namespace {

struct Sink
{
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
};

Sink& sink()
{
    static Sink s;
    return s;
}

QString logPath(const Options& o, int index)
{
    const QDir dir(o.directory);
    return index == 0 ? dir.filePath(QStringLiteral("sharewise.log"))
                      : dir.filePath(QStringLiteral("sharewise.%1.log").arg(index));
}

// Called with the mutex held.
void rotateIfNeeded(Sink& s)
{
    if (s.file.isOpen() && s.file.size() < s.options.maxFileBytes)
        return;
    s.file.close();
    if (QFileInfo::exists(logPath(s.options, 0)) &&
        QFileInfo(logPath(s.options, 0)).size() >= s.options.maxFileBytes) {
        QFile::remove(logPath(s.options, s.options.keepFiles - 1));
        for (int i = s.options.keepFiles - 2; i >= 0; --i)
            QFile::rename(logPath(s.options, i), logPath(s.options, i + 1));
    }
    s.file.setFileName(logPath(s.options, 0));
    (void)s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            " [" + levelName(type) + "] " +
                            (context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    Sink& s = sink();
    {
        QMutexLocker lock(&s.mutex);
        rotateIfNeeded(s);
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush();
        }
        if (s.options.echoToStderr || !s.file.isOpen()) {
            std::fputs(line.constData(), stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const Options& options)
{
    Sink& s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        s.options = options;
        if (s.options.keepFiles < 1)
            s.options.keepFiles = 1;
        QDir().mkpath(options.directory);
        s.installed = true;
    }
    qInstallMessageHandler(handler);
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    Sink& s = sink();
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

QString currentLogFile()
{
    Sink& s = sink();
    QMutexLocker lock(&s.mutex);
    return s.installed ? logPath(s.options, 0) : QString();
}

} // namespace sharewise::Logging
