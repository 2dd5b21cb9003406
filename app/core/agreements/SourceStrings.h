#pragma once

#include <QtGlobal>

#include <span>

// The translatable texts of the legal catalogue and the agreement templates, as
// written by resources/legal/gen_strings.py (CatalogueStrings.cpp, TemplateStrings.cpp)
// so that lupdate finds them. At run time each text is looked up with
// QCoreApplication::translate(context, source, comment).
namespace sharewise::agreements {

struct SourceString
{
    const char* source;
    const char* comment; // "<id>.<field>": which entry and field it is
};

inline constexpr char kCatalogueContext[] = "LegalCatalogue";
inline constexpr char kTemplatesContext[] = "AgreementTemplates";

[[nodiscard]] std::span<const SourceString> catalogueSourceStrings();
[[nodiscard]] std::span<const SourceString> templateSourceStrings();

} // namespace sharewise::agreements
