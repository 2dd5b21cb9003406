#include "common/Session.h"

#include <QtGlobal>

namespace sharewise::Session {

QString actor()
{
    QString name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return QStringLiteral("login:") + name;
}

} // namespace sharewise::Session
