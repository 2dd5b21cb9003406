#pragma once

#include <QString>

namespace sharewise::ui {

// The hint under a new passphrase field: a rough guess of how hard the passphrase is
// to guess (the rule itself is only the minimum length). Counts the kinds of character
// used, does not credit repeats, and calls weak anything built on a word every guesser
// tries first.
QString passphraseStrengthHint(const QString& passphrase, int minimumLength);

} // namespace sharewise::ui
