#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The legal catalogue (resources/legal/catalogue.json): lawful bases, Article 9
// conditions, DPA 2018 Schedule 1 paragraphs, criminal offence conditions and common
// statutory powers, each with a short plain-English explanation and when it typically
// applies. The texts are translated (context "LegalCatalogue"; Welsh in translations/).
namespace sharewise::agreements {

enum class LegalKind : quint8
{
    LawfulBasis,     // UK GDPR Article 6(1)
    Article9,        // Article 9(2) conditions
    Schedule1,       // DPA 2018 Schedule 1 paragraphs
    CriminalOffence, // Article 10: official authority or a Schedule 1 Part 3 condition
    StatutoryPower,  // Acts and sections councils rely on
};

struct LegalEntry
{
    QString id; // stable: "art6_1_e", "art9_2_g", "sch1_6", "dea2017_s35", ...
    LegalKind kind = LegalKind::LawfulBasis;
    QString citation;    // "UK GDPR Article 6(1)(e)" (not translated)
    QString title;       // "Public task" (translated)
    QString explanation; // one or two plain sentences (translated)
    QString typicalUse;  // when it typically applies (translated)
    // Article 9 conditions (b, g, h, i, j) that need a Schedule 1 paragraph too; the
    // Schedule 1 paragraphs that may go with them (their ids).
    bool needsSchedule1 = false;
    QStringList schedule1Options;
    // False for the bases a public authority cannot rely on for its own tasks
    // (legitimate interests, recognised legitimate interest).
    bool forPublicAuthorities = true;
};

class LegalCatalogue
{
public:
    // The catalogue compiled into the program (loaded once; thread-safe).
    static const LegalCatalogue& instance();

    [[nodiscard]] QList<LegalEntry> allEntries() const; // in the catalogue's order
    [[nodiscard]] QList<LegalEntry> entries(LegalKind kind) const;
    [[nodiscard]] const LegalEntry* find(const QString& id) const;
    // "UK GDPR Article 6(1)(e) – Public task", or the id itself when unknown.
    [[nodiscard]] QString describe(const QString& id) const;

private:
    QList<LegalEntry> m_entries;
};

} // namespace sharewise::agreements
