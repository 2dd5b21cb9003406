#include "profile/HeaderWords.h"

namespace sharewise::profile::detail {

HeaderWords::HeaderWords(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            m_words.append(current.toLower());
            current.clear();
        }
    };
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar last = current.back();
            const bool nextLower = i + 1 < decomposed.size() && decomposed.at(i + 1).isLower();
            if ((last.isLower() && c.isUpper())                 // clientNhs
                || (last.isUpper() && c.isUpper() && nextLower) // NHSNumber
                || (last.isDigit() != c.isDigit()))             // address1
                flush();
        }
        current.append(c);
    }
    flush();
}

bool HeaderWords::hasWord(const char* word) const
{
    const QLatin1StringView w(word);
    for (const QString& mine : m_words) {
        if (mine == w)
            return true;
    }
    return false;
}

bool HeaderWords::matches(const char* phrase) const
{
    const QString p = QString::fromLatin1(phrase);
    const QStringList parts = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString compact = parts.join(QString());
    if (parts.isEmpty())
        return false;
    const qsizetype n = m_words.size();
    for (qsizetype i = 0; i < n; ++i) {
        // the phrase's words in a row
        if (i + parts.size() <= n) {
            bool all = true;
            for (qsizetype k = 0; k < parts.size() && all; ++k)
                all = m_words.at(i + k) == parts.at(k);
            if (all)
                return true;
        }
        // header words written together ("dateofbirth", "Do" "B")
        QString joined;
        for (qsizetype j = i; j < n && joined.size() < compact.size(); ++j) {
            joined += m_words.at(j);
            if (joined == compact)
                return true;
        }
        if (compact.size() >= 6 &&
            (m_words.at(i).startsWith(compact) || m_words.at(i).endsWith(compact)))
            return true;
    }
    return false;
}

bool HeaderWords::matches(std::initializer_list<const char*> phrases) const
{
    return firstMatch(phrases) != nullptr;
}

const char* HeaderWords::firstMatch(std::initializer_list<const char*> phrases) const
{
    for (const char* phrase : phrases) {
        if (matches(phrase))
            return phrase;
    }
    return nullptr;
}

bool headerSaysDate(const HeaderWords& header)
{
    for (const QString& w : header.words()) {
        if (w == u"date" || w == u"dates" || w == u"dt" || w == u"dob" || w == u"dod" ||
            w == u"dyddiad" || w == u"birthday" || w == u"born" || w == u"geni" ||
            w.endsWith(u"date") || w.startsWith(u"date"))
            return true;
    }
    return header.matches({"d o b", "date of birth", "when"});
}

bool headerSaysBoolean(const HeaderWords& header, QStringView original)
{
    const QString o = original.trimmed().toString().toLower();
    if (o.endsWith(u'?') || o.contains(u"y/n") || o.contains(u"yes/no"))
        return true;
    if (header.isEmpty())
        return false;
    static const char* const kFirst[] = {"is", "has", "was", "are", "does", "did", "can", "flag"};
    for (const char* w : kFirst) {
        if (header.words().constFirst() == QLatin1StringView(w))
            return true;
    }
    return header.matches({"flag", "flags", "indicator", "ind", "boolean", "bool", "yn", "tick box",
                           "y n", "yes no"});
}

} // namespace sharewise::profile::detail
