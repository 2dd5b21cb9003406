#pragma once

// Private to app/core/profile: modest built-in lists of common forenames and surnames
// in the UK and Wales (English, Welsh, Irish, Scottish, South Asian, Polish and other
// names common in council records), for telling a column of names from a column of
// other words. Words are compared in lower-case ASCII; a few hundred of each is enough
// for a sample of a column, not to recognise any one person.

#include <string_view>

namespace sharewise::profile::detail {

[[nodiscard]] bool isCommonForename(std::string_view lowerWord);
[[nodiscard]] bool isCommonSurname(std::string_view lowerWord);
// Mr, Mrs, Ms, Miss, Mx, Dr, Rev, Sir, Prof...
[[nodiscard]] bool isNameTitle(std::string_view lowerWord);

} // namespace sharewise::profile::detail
