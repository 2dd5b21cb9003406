#pragma once

#include <QString>

namespace sharewise::AppPaths {

// The history database's default home: a file in the *local* (not roaming)
// application-data folder, because councils often redirect the roaming folder to a
// network share, where SQLite's write-ahead log is unsafe.
QString defaultDatabasePath();

// Where the rotating log files go (local application data, "logs").
QString logDirectory();

// True when `path` lies on a network file system: a UNC path (\\server\share or
// //server/share), a mapped network drive on Windows, or an NFS/SMB/CIFS/SSHFS
// mount elsewhere. `fileSystemType` is the type QStorageInfo reports for the path's
// volume (pass it in tests; leave empty to look it up).
bool isNetworkPath(const QString& path, const QByteArray& fileSystemType = {});

} // namespace sharewise::AppPaths
