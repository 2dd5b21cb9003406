#include "common/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace sharewise::AppPaths {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

QString logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

namespace {

bool isNetworkFileSystemType(const QByteArray& type)
{
    const QByteArray t = type.toLower();
    static const char* const network[] = {
        "nfs",  "nfs4",      "cifs",           "smb",   "smb2",
        "smb3", "smbfs",     "fuse.sshfs",     "sshfs", "afs",
        "9p",   "ncpfs",     "coda",           "davfs", "fuse.davfs2",
        "ceph", "glusterfs", "fuse.glusterfs", "lustre"};
    for (const char* n : network) {
        if (t == n)
            return true;
    }
    return false;
}

// The nearest folder of `path` that exists, so that a database not yet created can
// still be judged by the volume it would live on.
QString nearestExistingFolder(const QString& path)
{
    QFileInfo info(path);
    QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!dir.isEmpty() && !QFileInfo::exists(dir)) {
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    return dir;
}

} // namespace

bool isNetworkPath(const QString& path, const QByteArray& fileSystemType)
{
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return true; // UNC: \\server\share\...
    if (!fileSystemType.isEmpty())
        return isNetworkFileSystemType(fileSystemType);

#ifdef Q_OS_WIN
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (absolute.size() >= 2 && absolute.at(1) == QLatin1Char(':')) {
        const QString root = absolute.left(2) + QLatin1Char('\\');
        if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
            return true;
    }
#endif
    const QStorageInfo volume(nearestExistingFolder(path));
    return volume.isValid() && isNetworkFileSystemType(volume.fileSystemType());
}

} // namespace sharewise::AppPaths
