#include "CliApp.h"

namespace sharewise {

int CliApp::cmdAgreements(const QStringList& args)
{
    Q_UNUSED(args);
    return usage(tr("This command is not ready yet."));
}

} // namespace sharewise
