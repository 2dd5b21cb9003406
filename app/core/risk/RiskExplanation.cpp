#include "risk/RiskExplanation.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>
#include <tuple>

namespace sharewise::risk {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RiskCheck)
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

// Fewer records below the threshold, then fewer unique, then a larger k.
auto rank(const RiskResult& r)
{
    return std::make_tuple(r.recordsBelowThreshold, r.uniqueRecords, -r.k);
}

} // namespace

QString joinNames(const QStringList& names)
{
    if (names.isEmpty())
        return {};
    QString out = names.first();
    for (qsizetype i = 1; i < names.size(); ++i) {
        out =
            i + 1 == names.size()
                ? Tr::tr("%1 and %2", "the last two items of a list: sex and age")
                      .arg(out, names[i])
                : Tr::tr("%1, %2", "items of a list before the last: sex, age").arg(out, names[i]);
    }
    return out;
}

QString explain(const RiskResult& r, const QStringList& quasiNames,
                const std::optional<QString>& sensitiveName)
{
    if (quasiNames.isEmpty())
        return Tr::tr("No columns are marked as quasi-identifiers, so the chance of singling "
                      "someone out was not checked.");
    if (r.records == 0)
        return Tr::tr("There are no records to check.");

    const QString names = joinNames(quasiNames);
    QStringList sentences;
    const qint64 smallNotUnique = r.recordsBelowThreshold - r.uniqueRecords;
    if (r.uniqueRecords > 0) {
        sentences << Tr::tr("%Ln person(s) could be singled out by %1.", nullptr,
                            int(qMin<qint64>(r.uniqueRecords, INT_MAX)))
                         .arg(names);
        if (smallNotUnique > 0)
            sentences << Tr::tr("Another %Ln person(s) share(s) these details with fewer than %1 "
                                "other people.",
                                nullptr, int(qMin<qint64>(smallNotUnique, INT_MAX)))
                             .arg(number(r.threshold - 1));
    } else if (smallNotUnique > 0) {
        sentences << Tr::tr("No one can be singled out by %1 alone, but %Ln person(s) share(s) "
                            "them with fewer than %2 other people.",
                            nullptr, int(qMin<qint64>(smallNotUnique, INT_MAX)))
                         .arg(names, number(r.threshold - 1));
    } else {
        sentences << Tr::tr("Every person shares their %1 with at least %Ln other person(s).",
                            nullptr, int(qMin<qint64>(r.k - 1, INT_MAX)))
                         .arg(names);
    }

    if (sensitiveName && r.l) {
        if (r.lSaturated) {
            sentences << Tr::tr("Every group of people with the same %1 has at least %Ln "
                                "different value(s) of %2.",
                                nullptr, *r.l)
                             .arg(names, *sensitiveName);
        } else {
            sentences << Tr::tr("Among people with the same %1, the least varied group has %Ln "
                                "different value(s) of %2.",
                                nullptr, *r.l)
                             .arg(names, *sensitiveName);
        }
        if (r.homogeneousGroups > 0)
            sentences << Tr::tr("In %Ln group(s) of two or more people everyone has the same %1, "
                                "so it can be learned without singling anyone out.",
                                nullptr, int(qMin<qint64>(r.homogeneousGroups, INT_MAX)))
                             .arg(*sensitiveName);
    }
    return sentences.join(u' ');
}

QString explain(const RiskCheck& check)
{
    return explain(check.result(), check.quasiNames(), check.sensitiveName());
}

std::optional<Suggestion> suggest(const RiskCheck& check, const QList<Generalisation>& candidates)
{
    const RiskResult now = check.result();
    if (now.recordsBelowThreshold == 0 || check.quasiNames().isEmpty())
        return std::nullopt;
    std::optional<Suggestion> best;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Generalisation& g = candidates[i];
        if (g.column < 0 || g.column >= check.quasiNames().size())
            continue;
        const RiskResult r =
            g.coarser ? check.regrouped(g.column, g.coarser) : check.without(g.column);
        if (r.recordsBelowThreshold >= now.recordsBelowThreshold)
            continue;
        if (!best || rank(r) < rank(best->result))
            best = Suggestion{int(i), r, {}};
    }
    if (best) {
        best->sentence = Tr::tr("%1 leaves %Ln person(s) in groups of fewer than %2.", nullptr,
                                int(qMin<qint64>(best->result.recordsBelowThreshold, INT_MAX)))
                             .arg(capitalised(candidates[best->candidate].label),
                                  number(best->result.threshold));
    }
    return best;
}

} // namespace sharewise::risk
