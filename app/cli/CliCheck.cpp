#include "CliApp.h"

namespace sharewise {

int CliApp::cmdCheck(const QStringList& args)
{
    Q_UNUSED(args);
    return usage(tr("This command is not ready yet."));
}

} // namespace sharewise
