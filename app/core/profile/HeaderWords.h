#pragma once

// Private to app/core/profile: a column header split into lower-case words, so that
// "Client_NHS_No", "clientNhsNo", "NHS number" and "Côd post" can be matched by phrase.

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace sharewise::profile::detail {

class HeaderWords
{
public:
    HeaderWords() = default;
    // Accents dropped (ô → o), camelCase and letter-digit boundaries split, anything
    // not a letter or digit a separator, lower case.
    explicit HeaderWords(QStringView header);

    [[nodiscard]] const QStringList& words() const { return m_words; }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }

    // True when any phrase (lower-case words separated by single spaces) matches: its
    // words appear in a row, or a run of header words written together equals it
    // ("dateofbirth", "nhsno"), or, for phrases of 6 letters or more, one header word
    // starts or ends with it written together ("clientsurname", "postcodes").
    [[nodiscard]] bool matches(std::initializer_list<const char*> phrases) const;
    [[nodiscard]] bool matches(const char* phrase) const;
    // The first phrase that matches, or nullptr.
    [[nodiscard]] const char* firstMatch(std::initializer_list<const char*> phrases) const;

    // Holds the word exactly.
    [[nodiscard]] bool hasWord(const char* word) const;

private:
    QStringList m_words;
};

// Does the header say the column holds dates ("Date", "DOB", "Start dt", "Dyddiad")?
bool headerSaysDate(const HeaderWords& header);
// Does it say the column is a yes/no flag ("Is active", "Has carer", "Flag", "(Y/N)")?
bool headerSaysBoolean(const HeaderWords& header, QStringView original);

} // namespace sharewise::profile::detail
