#pragma once

#include <QString>

namespace sharewise::Session {

// Who is using the program, for the audit log: the operating-system login name until
// people have identities of their own. Never written to log files.
QString actor();

} // namespace sharewise::Session
