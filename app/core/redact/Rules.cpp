#include "redact/Rules.h"

#include "common/StrictJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace sharewise::redact {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

struct NamedAction
{
    Action action;
    const char16_t* name;
};
constexpr NamedAction kActions[] = {
    {Action::Keep, u"keep"},
    {Action::Drop, u"drop"},
    {Action::Mask, u"mask"},
    {Action::Generalise, u"generalise"},
    {Action::Pseudonymise, u"pseudonymise"},
    {Action::ShiftDate, u"shift_date"},
    {Action::SuppressRare, u"suppress_rare"},
    {Action::TopBottomCode, u"top_bottom_code"},
};

struct NamedGeneralisation
{
    Generalisation to;
    const char16_t* name;
};
constexpr NamedGeneralisation kGeneralisations[] = {
    {Generalisation::DateMonth, u"month"},
    {Generalisation::DateQuarter, u"quarter"},
    {Generalisation::DateYear, u"year"},
    {Generalisation::AgeBand, u"age_band"},
    {Generalisation::PostcodeSector, u"postcode_sector"},
    {Generalisation::PostcodeDistrict, u"postcode_district"},
    {Generalisation::PostcodeArea, u"postcode_area"},
    {Generalisation::NumberBand, u"number_band"},
    {Generalisation::NumberRound, u"round"},
    {Generalisation::TextEmpty, u"empty"},
};

// How coarse a generalisation is within its family: 1 fine .. 3 coarse.
int generalisationLevel(const ColumnRule& rule)
{
    switch (rule.to) {
    case Generalisation::DateMonth:
    case Generalisation::PostcodeSector:
        return 1;
    case Generalisation::DateQuarter:
    case Generalisation::PostcodeDistrict:
        return 2;
    case Generalisation::DateYear:
    case Generalisation::PostcodeArea:
    case Generalisation::TextEmpty:
        return 3;
    case Generalisation::AgeBand:
        return rule.bandWidth >= 10 ? 3 : 2;
    case Generalisation::NumberBand:
    case Generalisation::NumberRound:
        return 2;
    }
    return 1;
}

QString formatNumber(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString otherColumnsName(RedactionProfile::OtherColumns v)
{
    switch (v) {
    case RedactionProfile::OtherColumns::Refuse:
        return QStringLiteral("refuse");
    case RedactionProfile::OtherColumns::Drop:
        return QStringLiteral("drop");
    case RedactionProfile::OtherColumns::Keep:
        return QStringLiteral("keep");
    }
    return {};
}

QString raggedRowsName(RedactionProfile::RaggedRows v)
{
    switch (v) {
    case RedactionProfile::RaggedRows::Refuse:
        return QStringLiteral("refuse");
    case RedactionProfile::RaggedRows::Skip:
        return QStringLiteral("skip");
    case RedactionProfile::RaggedRows::Pad:
        return QStringLiteral("pad");
    }
    return {};
}

// Case, spaces and punctuation ignored: "Date of Birth" == "date_of_birth".
QString looseName(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

QString PseudonymKind::name() const
{
    return identifier ? profile::identifierKindName(*identifier) : QStringLiteral("text");
}

std::optional<PseudonymKind> PseudonymKind::fromName(QStringView name)
{
    if (name == u"text")
        return PseudonymKind{};
    if (auto kind = profile::identifierKindFromName(name))
        return PseudonymKind{*kind};
    return std::nullopt;
}

QString actionName(Action action)
{
    for (const auto& a : kActions) {
        if (a.action == action)
            return QString::fromUtf16(a.name);
    }
    return {};
}

std::optional<Action> actionFromName(QStringView name)
{
    for (const auto& a : kActions) {
        if (name == QStringView(a.name))
            return a.action;
    }
    return std::nullopt;
}

QString generalisationName(Generalisation to)
{
    for (const auto& g : kGeneralisations) {
        if (g.to == to)
            return QString::fromUtf16(g.name);
    }
    return {};
}

std::optional<Generalisation> generalisationFromName(QStringView name)
{
    for (const auto& g : kGeneralisations) {
        if (name == QStringView(g.name))
            return g.to;
    }
    return std::nullopt;
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::Keep:
        return Tr::tr("Keep as it is");
    case Action::Drop:
        return Tr::tr("Leave out");
    case Action::Mask:
        return Tr::tr("Mask");
    case Action::Generalise:
        return Tr::tr("Generalise");
    case Action::Pseudonymise:
        return Tr::tr("Pseudonymise");
    case Action::ShiftDate:
        return Tr::tr("Shift dates");
    case Action::SuppressRare:
        return Tr::tr("Hide rare values");
    case Action::TopBottomCode:
        return Tr::tr("Cap high and low values");
    }
    return {};
}

QString actionExplanation(Action action)
{
    switch (action) {
    case Action::Keep:
        return Tr::tr("The values are sent exactly as they are in the file.");
    case Action::Drop:
        return Tr::tr("The column is not sent at all. Use this for anything the recipient "
                      "does not need.");
    case Action::Mask:
        return Tr::tr("Most characters are replaced with a mask character, keeping a few at "
                      "the start or end, for example the last 3 digits of a phone number.");
    case Action::Generalise:
        return Tr::tr("Values are made less exact: a date becomes its month or year, a date "
                      "of birth an age band, a postcode its district.");
    case Action::Pseudonymise:
        return Tr::tr("Each value becomes a code made with this agreement's key. The same "
                      "person gets the same code in every share under the agreement, so "
                      "records can be linked without the identifier. Pseudonymised data is "
                      "still personal data.");
    case Action::ShiftDate:
        return Tr::tr("Every date of a person moves by the same secret number of days (up "
                      "to six months either way), so intervals between their dates stay "
                      "true but the dates themselves do not.");
    case Action::SuppressRare:
        return Tr::tr("Values that occur only a few times in the file are replaced with a "
                      "marker, because rare values can single people out.");
    case Action::TopBottomCode:
        return Tr::tr("Numbers above a top value or below a bottom value are replaced with "
                      "\"90+\" or \"<18\" style ranges, so extreme values cannot identify "
                      "anyone.");
    }
    return {};
}

QString generalisationLabel(Generalisation to)
{
    switch (to) {
    case Generalisation::DateMonth:
        return Tr::tr("Month (2024-04)");
    case Generalisation::DateQuarter:
        return Tr::tr("Quarter (2024-Q2)");
    case Generalisation::DateYear:
        return Tr::tr("Year (2024)");
    case Generalisation::AgeBand:
        return Tr::tr("Age band (35-39)");
    case Generalisation::PostcodeSector:
        return Tr::tr("Postcode sector (SW1A 1)");
    case Generalisation::PostcodeDistrict:
        return Tr::tr("Postcode district (SW1A)");
    case Generalisation::PostcodeArea:
        return Tr::tr("Postcode area (SW)");
    case Generalisation::NumberBand:
        return Tr::tr("Number band (30-39)");
    case Generalisation::NumberRound:
        return Tr::tr("Rounded number");
    case Generalisation::TextEmpty:
        return Tr::tr("Empty (free text removed)");
    }
    return {};
}

QString describeRule(const ColumnRule& rule)
{
    switch (rule.action) {
    case Action::Keep:
    case Action::Drop:
        return actionLabel(rule.action);
    case Action::Mask:
        if (rule.keepFirst > 0 && rule.keepLast > 0)
            return Tr::tr("Mask all but the first %1 and last %2 characters")
                .arg(rule.keepFirst)
                .arg(rule.keepLast);
        if (rule.keepFirst > 0)
            return Tr::tr("Mask all but the first %n character(s)", nullptr, rule.keepFirst);
        if (rule.keepLast > 0)
            return Tr::tr("Mask all but the last %n character(s)", nullptr, rule.keepLast);
        return Tr::tr("Mask every character");
    case Action::Generalise:
        if (rule.to == Generalisation::AgeBand)
            return Tr::tr("Age in %1-year bands on %2")
                .arg(rule.bandWidth)
                .arg(rule.referenceDate.toString(Qt::ISODate));
        if (rule.to == Generalisation::NumberBand)
            return Tr::tr("Bands of %1").arg(formatNumber(rule.numberStep));
        if (rule.to == Generalisation::NumberRound)
            return Tr::tr("Rounded to the nearest %1").arg(formatNumber(rule.numberStep));
        return Tr::tr("Generalise to %1").arg(generalisationLabel(rule.to));
    case Action::Pseudonymise:
        if (rule.kind.identifier)
            return Tr::tr("Pseudonymise as %1")
                .arg(profile::identifierKindLabel(*rule.kind.identifier));
        return Tr::tr("Pseudonymise");
    case Action::ShiftDate:
        return Tr::tr("Shift dates per person (by \"%1\")").arg(rule.personColumn);
    case Action::SuppressRare:
        return Tr::tr("Hide values seen fewer than %n time(s)", nullptr, rule.minCount);
    case Action::TopBottomCode:
        if (rule.bottom && rule.top)
            return Tr::tr("Cap below %1 and from %2")
                .arg(formatNumber(*rule.bottom), formatNumber(*rule.top));
        if (rule.top)
            return Tr::tr("Cap from %1 up").arg(formatNumber(*rule.top));
        if (rule.bottom)
            return Tr::tr("Cap below %1").arg(formatNumber(*rule.bottom));
        return actionLabel(rule.action);
    }
    return {};
}

int strength(const ColumnRule& rule)
{
    switch (rule.action) {
    case Action::Keep:
        return 0;
    case Action::Mask:
        return 10;
    case Action::TopBottomCode:
        return 20;
    case Action::SuppressRare:
        return 25;
    case Action::ShiftDate:
        return 30;
    case Action::Generalise:
        return 40 + 10 * generalisationLevel(rule);
    case Action::Pseudonymise:
        return 80;
    case Action::Drop:
        return 100;
    }
    return 0;
}

bool meetsMinimum(const ColumnRule& rule, const ColumnRule& minimum)
{
    return strength(rule) >= strength(minimum);
}

std::optional<ColumnRule> coarserRule(const ColumnRule& rule)
{
    if (rule.action != Action::Generalise)
        return std::nullopt;
    ColumnRule next = rule;
    switch (rule.to) {
    case Generalisation::DateMonth:
        next.to = Generalisation::DateQuarter;
        return next;
    case Generalisation::DateQuarter:
        next.to = Generalisation::DateYear;
        return next;
    case Generalisation::PostcodeSector:
        next.to = Generalisation::PostcodeDistrict;
        return next;
    case Generalisation::PostcodeDistrict:
        next.to = Generalisation::PostcodeArea;
        return next;
    case Generalisation::AgeBand:
        if (rule.bandWidth >= 20)
            return std::nullopt;
        next.bandWidth = rule.bandWidth < 10 ? 10 : 20;
        return next;
    case Generalisation::NumberBand:
    case Generalisation::NumberRound:
        if (rule.numberStep <= 0 || rule.numberStep >= 1e12)
            return std::nullopt;
        next.numberStep = rule.numberStep * 2;
        return next;
    case Generalisation::DateYear:
    case Generalisation::PostcodeArea:
    case Generalisation::TextEmpty:
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject ruleToJson(const ColumnRule& r)
{
    QJsonObject c;
    c[u"action"_s] = actionName(r.action);
    switch (r.action) {
    case Action::Mask:
        c[u"keep_first"_s] = r.keepFirst;
        c[u"keep_last"_s] = r.keepLast;
        c[u"mask_char"_s] = r.maskChar;
        break;
    case Action::Generalise:
        c[u"to"_s] = generalisationName(r.to);
        if (r.to == Generalisation::AgeBand) {
            c[u"reference_date"_s] = r.referenceDate.toString(Qt::ISODate);
            c[u"width"_s] = r.bandWidth;
            c[u"top"_s] = r.topAge;
        }
        if (r.to == Generalisation::NumberBand || r.to == Generalisation::NumberRound)
            c[u"step"_s] = r.numberStep;
        break;
    case Action::Pseudonymise:
        c[u"identifier"_s] = r.kind.name();
        break;
    case Action::ShiftDate:
        c[u"person"_s] = r.personColumn;
        c[u"identifier"_s] = r.kind.name();
        break;
    case Action::SuppressRare:
        c[u"min_count"_s] = r.minCount;
        c[u"marker"_s] = r.marker;
        break;
    case Action::TopBottomCode:
        if (r.bottom)
            c[u"bottom"_s] = *r.bottom;
        if (r.top)
            c[u"top"_s] = *r.top;
        break;
    case Action::Keep:
    case Action::Drop:
        break;
    }
    return c;
}

bool ruleFromJson(JsonFields& f, ColumnRule& r, QStringList& allowed)
{
    const QString actionText = f.string(u"action");
    const auto action = actionFromName(actionText);
    if (!action) {
        f.fail(u"action", Tr::tr("must be one of keep, drop, mask, generalise, "
                                 "pseudonymise, shift_date, suppress_rare, top_bottom_code"));
        return false;
    }
    r.action = *action;
    allowed << u"action"_s;
    switch (r.action) {
    case Action::Mask:
        r.keepFirst = int(f.integer(u"keep_first", 0));
        r.keepLast = int(f.integer(u"keep_last", 0));
        r.maskChar = f.string(u"mask_char", u"*"_s);
        allowed << u"keep_first"_s << u"keep_last"_s << u"mask_char"_s;
        break;
    case Action::Generalise: {
        const auto to = generalisationFromName(f.string(u"to"));
        if (!to) {
            f.fail(u"to", Tr::tr("must be one of month, quarter, year, age_band, "
                                 "postcode_sector, postcode_district, postcode_area, "
                                 "number_band, round, empty"));
            return false;
        }
        r.to = *to;
        allowed << u"to"_s;
        if (r.to == Generalisation::AgeBand) {
            r.referenceDate = QDate::fromString(f.string(u"reference_date"), Qt::ISODate);
            r.bandWidth = int(f.integer(u"width", 5));
            r.topAge = int(f.integer(u"top", 90));
            allowed << u"reference_date"_s << u"width"_s << u"top"_s;
        }
        if (r.to == Generalisation::NumberBand || r.to == Generalisation::NumberRound) {
            r.numberStep = f.number(u"step", 10);
            allowed << u"step"_s;
        }
        break;
    }
    case Action::Pseudonymise:
    case Action::ShiftDate: {
        const auto kind = PseudonymKind::fromName(f.string(u"identifier", u"text"_s));
        if (!kind) {
            f.fail(u"identifier", Tr::tr("must be an identifier kind such as nhs_number, "
                                         "ni_number, postcode, email, phone, or text"));
            return false;
        }
        r.kind = *kind;
        allowed << u"identifier"_s;
        if (r.action == Action::ShiftDate) {
            r.personColumn = f.string(u"person");
            allowed << u"person"_s;
        }
        break;
    }
    case Action::SuppressRare:
        r.minCount = int(f.integer(u"min_count", 10));
        r.marker = f.string(u"marker", u"*"_s);
        allowed << u"min_count"_s << u"marker"_s;
        break;
    case Action::TopBottomCode:
        if (f.has(u"bottom"))
            r.bottom = f.number(u"bottom", 0);
        if (f.has(u"top"))
            r.top = f.number(u"top", 0);
        allowed << u"bottom"_s << u"top"_s;
        break;
    case Action::Keep:
    case Action::Drop:
        break;
    }
    return f.ok();
}

// --- the profile ----------------------------------------------------------------------

const ColumnRule* RedactionProfile::rule(const QString& column) const
{
    for (const ColumnRule& r : rules) {
        if (r.column == column)
            return &r;
    }
    return nullptr;
}

ColumnRule* RedactionProfile::rule(const QString& column)
{
    for (ColumnRule& r : rules) {
        if (r.column == column)
            return &r;
    }
    return nullptr;
}

bool RedactionProfile::needsKey() const
{
    return std::any_of(rules.begin(), rules.end(),
                       [](const ColumnRule& r) { return r.needsKey(); });
}

QStringList RedactionProfile::quasiIdentifiers() const
{
    QStringList out;
    for (const ColumnRule& r : rules) {
        if (r.quasiIdentifier && r.outputs())
            out.append(r.column);
    }
    return out;
}

Status RedactionProfile::validate() const
{
    auto bad = [](const QString& column, const QString& message) {
        return makeError(ErrorKind::BadInput, message, Tr::tr("column \"%1\"").arg(column));
    };
    QSet<QString> seen;
    for (const ColumnRule& r : rules) {
        if (r.column.trimmed().isEmpty())
            return makeError(ErrorKind::BadInput,
                             Tr::tr("A rule has no column name. Name the column it is for."));
        if (seen.contains(r.column))
            return bad(r.column, Tr::tr("The profile has two rules for this column. Keep one."));
        seen.insert(r.column);
        switch (r.action) {
        case Action::Mask:
            if (r.keepFirst < 0 || r.keepLast < 0 || r.keepFirst > 1000 || r.keepLast > 1000)
                return bad(r.column, Tr::tr("The characters to keep must be between 0 and 1000."));
            if (r.maskChar.size() != 1 || QStringLiteral("=+-@\t\r").contains(r.maskChar))
                return bad(r.column, Tr::tr("The mask must be one character that cannot start a "
                                            "spreadsheet formula, such as *."));
            break;
        case Action::Generalise:
            if (r.to == Generalisation::AgeBand) {
                if (!r.referenceDate.isValid())
                    return bad(r.column, Tr::tr("Age bands need the date on which ages are "
                                                "counted (reference_date, as 2026-03-31)."));
                if (r.bandWidth < 1 || r.bandWidth > 50)
                    return bad(r.column, Tr::tr("An age band must cover 1 to 50 years."));
                if (r.topAge < 0 || r.topAge > 150)
                    return bad(r.column, Tr::tr("The top age band must start between 0 and 150."));
            }
            if ((r.to == Generalisation::NumberBand || r.to == Generalisation::NumberRound) &&
                !(r.numberStep > 0 && r.numberStep < 1e15))
                return bad(r.column, Tr::tr("The band width or rounding step must be a number "
                                            "above 0."));
            break;
        case Action::ShiftDate: {
            if (r.personColumn.isEmpty())
                return bad(r.column, Tr::tr("Shifting dates needs the column that says whose "
                                            "date it is (person)."));
            if (r.personColumn == r.column)
                return bad(r.column, Tr::tr("A date cannot be shifted by itself: name the "
                                            "column that identifies the person."));
            break;
        }
        case Action::SuppressRare:
            if (r.minCount < 2 || r.minCount > 1000000)
                return bad(r.column, Tr::tr("The minimum count must be between 2 and 1,000,000."));
            if (r.marker.startsWith(u'=') || r.marker.startsWith(u'+') ||
                r.marker.startsWith(u'-') || r.marker.startsWith(u'@'))
                return bad(r.column, Tr::tr("The marker cannot start with =, +, - or @."));
            break;
        case Action::TopBottomCode:
            if (!r.top && !r.bottom)
                return bad(r.column, Tr::tr("Give a top value, a bottom value or both."));
            if (r.top && r.bottom && *r.bottom >= *r.top)
                return bad(r.column, Tr::tr("The bottom value must be below the top value."));
            break;
        case Action::Keep:
        case Action::Drop:
        case Action::Pseudonymise:
            break;
        }
    }
    for (const ColumnRule& r : rules) {
        if (r.action == Action::ShiftDate && r.quasiIdentifier)
            continue;
        if (r.quasiIdentifier && !r.outputs())
            return bad(r.column, Tr::tr("A column that is left out cannot be a quasi-identifier."));
    }
    if (riskThreshold < 2 || riskThreshold > 1000)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The risk threshold must be between 2 and 1000."));
    if (!sensitiveColumn.isEmpty()) {
        const ColumnRule* s = rule(sensitiveColumn);
        if (s && !s->outputs())
            return bad(sensitiveColumn, Tr::tr("The sensitive column for the risk check is left "
                                               "out. Choose a column that is sent."));
    }
    return {};
}

QJsonObject RedactionProfile::toJson() const
{
    QJsonArray columns;
    for (const ColumnRule& r : rules) {
        QJsonObject c = ruleToJson(r);
        c[u"column"_s] = r.column;
        if (r.quasiIdentifier)
            c[u"quasi_identifier"_s] = true;
        columns.append(c);
    }
    QJsonObject o;
    o[u"format"_s] = u"sharewise-redaction-profile"_s;
    o[u"version"_s] = kVersion;
    o[u"name"_s] = name;
    if (!agreement.isEmpty())
        o[u"agreement"_s] = agreement;
    o[u"other_columns"_s] = otherColumnsName(otherColumns);
    o[u"ragged_rows"_s] = raggedRowsName(raggedRows);
    o[u"columns"_s] = columns;
    QJsonObject risk;
    risk[u"threshold"_s] = riskThreshold;
    if (!sensitiveColumn.isEmpty())
        risk[u"sensitive"_s] = sensitiveColumn;
    o[u"risk"_s] = risk;
    return o;
}

QByteArray RedactionProfile::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<RedactionProfile> RedactionProfile::fromBytes(QByteArrayView json, const QString& where)
{
    auto parsed = parseStrictJson(json, where);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a redaction profile: it must be a JSON object."),
                         where);
    const QJsonObject o = parsed->object();
    JsonFields top(o, where);
    RedactionProfile p;
    if (top.string(u"format") != u"sharewise-redaction-profile")
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Sharewise redaction profile (its \"format\" is "
                                "not \"sharewise-redaction-profile\")."),
                         where);
    const qint64 version = top.integer(u"version", 0);
    if (version > kVersion)
        return makeError(ErrorKind::Policy,
                         Tr::tr("This profile was saved by a newer Sharewise (profile version "
                                "%1). Update Sharewise to use it.")
                             .arg(version),
                         where);
    if (version < 1)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The profile's \"version\" must be a whole number from 1."), where);
    p.name = top.string(u"name");
    p.agreement = top.string(u"agreement");
    const QString other = top.string(u"other_columns", u"refuse"_s);
    if (other == u"refuse")
        p.otherColumns = OtherColumns::Refuse;
    else if (other == u"drop")
        p.otherColumns = OtherColumns::Drop;
    else if (other == u"keep")
        p.otherColumns = OtherColumns::Keep;
    else
        top.fail(u"other_columns", Tr::tr("must be \"refuse\", \"drop\" or \"keep\""));
    const QString ragged = top.string(u"ragged_rows", u"refuse"_s);
    if (ragged == u"refuse")
        p.raggedRows = RaggedRows::Refuse;
    else if (ragged == u"skip")
        p.raggedRows = RaggedRows::Skip;
    else if (ragged == u"pad")
        p.raggedRows = RaggedRows::Pad;
    else
        top.fail(u"ragged_rows", Tr::tr("must be \"refuse\", \"skip\" or \"pad\""));
    const QJsonObject risk = top.object(u"risk");
    {
        JsonFields r(risk, where, u"risk"_s);
        p.riskThreshold = int(r.integer(u"threshold", 5));
        p.sensitiveColumn = r.string(u"sensitive");
        r.allowOnly({u"threshold"_s, u"sensitive"_s});
        if (!r.ok())
            return r.error();
    }
    const QJsonArray columns = top.array(u"columns");
    top.allowOnly({u"format"_s, u"version"_s, u"name"_s, u"agreement"_s, u"other_columns"_s,
                   u"ragged_rows"_s, u"columns"_s, u"risk"_s});
    if (!top.ok())
        return top.error();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString path = u"columns[%1]"_s.arg(i);
        if (!columns[i].isObject())
            return makeError(
                ErrorKind::BadInput,
                Tr::tr("Each entry of \"columns\" must be an object (entry %1).").arg(i + 1),
                where);
        JsonFields f(columns[i].toObject(), where, path);
        ColumnRule r;
        r.column = f.string(u"column");
        QStringList allowed{u"column"_s, u"quasi_identifier"_s};
        if (!ruleFromJson(f, r, allowed))
            return f.error();
        r.quasiIdentifier = f.boolean(u"quasi_identifier", false);
        f.allowOnly(allowed);
        if (!f.ok())
            return f.error();
        p.rules.append(r);
    }
    if (Status s = p.validate(); !s) {
        Error e = s.error();
        e.where = e.where.isEmpty() ? where : where + u", "_s + e.where;
        return e;
    }
    return p;
}

Result<RedactionProfile> RedactionProfile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::BadInput,
            Tr::tr("The profile cannot be read (%1). Check the file name.").arg(file.errorString()),
            path);
    if (file.size() > 4 * 1024 * 1024)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This file is too large to be a redaction profile."), path);
    return fromBytes(file.readAll(), path);
}

Status RedactionProfile::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The profile cannot be saved (%1). Choose another folder.")
                             .arg(file.errorString()),
                         path);
    file.write(toBytes());
    if (!file.commit())
        return makeError(ErrorKind::Failure,
                         Tr::tr("The profile could not be written (%1). Check there is space "
                                "and try again.")
                             .arg(file.errorString()),
                         path);
    return {};
}

ProfileMatch matchColumns(const RedactionProfile& profile, const QStringList& fileColumns)
{
    ProfileMatch m;
    QStringList unmatchedFile;
    QSet<QString> exact(fileColumns.begin(), fileColumns.end());
    QSet<QString> named;
    for (const ColumnRule& r : profile.rules)
        named.insert(r.column);
    for (const QString& c : fileColumns) {
        if (!named.contains(c))
            unmatchedFile.append(c);
    }
    QStringList unmatchedProfile;
    for (const ColumnRule& r : profile.rules) {
        if (!exact.contains(r.column))
            unmatchedProfile.append(r.column);
    }
    // Same name but for case, spaces and punctuation: applied silently, and listed.
    for (auto it = unmatchedProfile.begin(); it != unmatchedProfile.end();) {
        const QString loose = looseName(*it);
        const auto found = std::find_if(unmatchedFile.begin(), unmatchedFile.end(),
                                        [&](const QString& c) { return looseName(c) == loose; });
        if (!loose.isEmpty() && found != unmatchedFile.end()) {
            m.respelled.append({*it, *found});
            unmatchedFile.erase(found);
            it = unmatchedProfile.erase(it);
        } else {
            ++it;
        }
    }
    // Close names (a letter or two apart): proposed, not applied.
    for (auto it = unmatchedProfile.begin(); it != unmatchedProfile.end();) {
        const QString loose = looseName(*it);
        const auto found =
            std::find_if(unmatchedFile.begin(), unmatchedFile.end(), [&](const QString& c) {
                const QString other = looseName(c);
                const int limit = loose.size() >= 8 ? 2 : 1;
                return loose.size() >= 4 && editDistance(loose, other) <= limit;
            });
        if (found != unmatchedFile.end()) {
            m.renamed.append({*it, *found});
            unmatchedFile.erase(found);
            it = unmatchedProfile.erase(it);
        } else {
            ++it;
        }
    }
    m.missing = unmatchedProfile;
    m.added = unmatchedFile;
    return m;
}

QStringList describeMatch(const ProfileMatch& match)
{
    QStringList out;
    for (const QString& c : match.missing)
        out << Tr::tr("The profile has a rule for \"%1\", but the file has no such column.").arg(c);
    for (const auto& [was, now] : match.renamed)
        out << Tr::tr("\"%1\" in the profile may be \"%2\" in the file: check and confirm the "
                      "rule.")
                   .arg(was, now);
    for (const QString& c : match.added)
        out << Tr::tr("The file has a column \"%1\" the profile does not mention: choose what "
                      "to do with it.")
                   .arg(c);
    for (const auto& [was, now] : match.respelled)
        out << Tr::tr("The profile's rule for \"%1\" is used for the file's column \"%2\".")
                   .arg(was, now);
    return out;
}

} // namespace sharewise::redact
