<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AgreementSummary</name>
    <message numerus="yes">
        <source>%1 will receive %n data item(s): %2.</source>
        <translation>
            <numerusform>%1 will receive %n data item: %2.</numerusform>
            <numerusform>%1 will receive %n data items: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In return the recipient will send back %n output(s): %1.</source>
        <translation>
            <numerusform>In return the recipient will send back %n output: %1.</numerusform>
            <numerusform>In return the recipient will send back %n outputs: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1 (%n audit entries, checked).</source>
        <translation>
            <numerusform>Backup written: %1 (%n audit entry, checked).</numerusform>
            <numerusform>Backup written: %1 (%n audit entries, checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the header (first at lines %1). Redacting or sharing this file will need a decision on them.</source>
        <translation>
            <numerusform>%n row does not have the same number of fields as the header (line %1). Redacting or sharing this file will need a decision on it.</numerusform>
            <numerusform>%n rows do not have the same number of fields as the header (first at lines %1). Redacting or sharing this file will need a decision on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the profile were left out: %1.</source>
        <translation>
            <numerusform>%n column not in the profile was left out: %1.</numerusform>
            <numerusform>%n columns not in the profile were left out: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the profile were kept as they are: %1.</source>
        <translation>
            <numerusform>%n column not in the profile was kept as it is: %1.</numerusform>
            <numerusform>%n columns not in the profile were kept as they are: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) could not be read for the rule and were left empty.</source>
        <translation>
            <numerusform>%1: %n value could not be read for the rule and was left empty.</numerusform>
            <numerusform>%1: %n values could not be read for the rule and were left empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n date(s) belong to nobody (the person column is empty) and were left empty.</source>
        <translation>
            <numerusform>%1: %n date belongs to nobody (the person column is empty) and was left empty.</numerusform>
            <numerusform>%1: %n dates belong to nobody (the person column is empty) and were left empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were left out.</source>
        <translation>
            <numerusform>%n row with the wrong number of fields was left out.</numerusform>
            <numerusform>%n rows with the wrong number of fields were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were padded or cut to the header.</source>
        <translation>
            <numerusform>%n row with the wrong number of fields was padded or cut to the header.</numerusform>
            <numerusform>%n rows with the wrong number of fields were padded or cut to the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s)</source>
        <translation>
            <numerusform>Wrote %1: %n row</numerusform>
            <numerusform>Wrote %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n column(s).</source>
        <translation>
            <numerusform>, %n column.</numerusform>
            <numerusform>, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop this share under agreement %1.</source>
        <translation>
            <numerusform>%n problem stops this share under agreement %1.</numerusform>
            <numerusform>%n problems stop this share under agreement %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop this share under agreement %1; nothing was recorded or sealed.</source>
        <translation>
            <numerusform>%n problem stops this share under agreement %1; nothing was recorded or sealed.</numerusform>
            <numerusform>%n problems stop this share under agreement %1; nothing was recorded or sealed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied into the shared register %1: %n audit entries, the same chain (last entry %2), checked.</source>
        <translation>
            <numerusform>Copied into the shared register %1: %n audit entry, the same chain (last entry %2), checked.</numerusform>
            <numerusform>Copied into the shared register %1: %n audit entries, the same chain (last entry %2), checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the shared register into %1: %n audit entries, the same chain (last entry %2), checked.</source>
        <translation>
            <numerusform>Copied the shared register into %1: %n audit entry, the same chain (last entry %2), checked.</numerusform>
            <numerusform>Copied the shared register into %1: %n audit entries, the same chain (last entry %2), checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetScan</name>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the header.</source>
        <translation>
            <numerusform>%n row does not have the same number of fields as the header.</numerusform>
            <numerusform>%n rows do not have the same number of fields as the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) above it left out</source>
        <translation>
            <numerusform>; %n row above it left out</numerusform>
            <numerusform>; %n rows above it left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifierDetector</name>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid NHS numbers (check digit correct)</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a valid NHS number (check digit correct)</numerusform>
            <numerusform>%1 of %2 sampled values are valid NHS numbers (check digit correct)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are in the range kept for test data (999 000 0000 to 999 999 9999)</source>
        <translation>
            <numerusform>%1 of them is in the range kept for test data (999 000 0000 to 999 999 9999)</numerusform>
            <numerusform>%1 of them are in the range kept for test data (999 000 0000 to 999 999 9999)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are National Insurance numbers</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a National Insurance number</numerusform>
            <numerusform>%1 of %2 sampled values are National Insurance numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are the placeholder QQ 12 34 56 C, not real numbers</source>
        <translation>
            <numerusform>%1 of them is the placeholder QQ 12 34 56 C, not a real number</numerusform>
            <numerusform>%1 of them are the placeholder QQ 12 34 56 C, not real numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are the first part of a postcode (district or sector)</source>
        <translation>
            <numerusform>%1 of %2 sampled value is the first part of a postcode (district or sector)</numerusform>
            <numerusform>%1 of %2 sampled values are the first part of a postcode (district or sector)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid UK postcodes</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a valid UK postcode</numerusform>
            <numerusform>%1 of %2 sampled values are valid UK postcodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are NHS pseudo-postcodes such as ZZ99 3VZ (no fixed abode) or ZZ99 3WZ (address not known)</source>
        <translation>
            <numerusform>%1 is an NHS pseudo-postcode such as ZZ99 3VZ (no fixed abode) or ZZ99 3WZ (address not known)</numerusform>
            <numerusform>%1 are NHS pseudo-postcodes such as ZZ99 3VZ (no fixed abode) or ZZ99 3WZ (address not known)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are email addresses</source>
        <translation>
            <numerusform>%1 of %2 sampled value is an email address</numerusform>
            <numerusform>%1 of %2 sampled values are email addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are UK phone numbers</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a UK phone number</numerusform>
            <numerusform>%1 of %2 sampled values are UK phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them have lost their leading 0, as a spreadsheet does to a number</source>
        <translation>
            <numerusform>%1 of them has lost its leading 0, as a spreadsheet does to a number</numerusform>
            <numerusform>%1 of them have lost their leading 0, as a spreadsheet does to a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are whole numbers of up to 12 digits, as UPRNs are</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a whole number of up to 12 digits, as UPRNs are</numerusform>
            <numerusform>%1 of %2 sampled values are whole numbers of up to 12 digits, as UPRNs are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid Unique Pupil Numbers (check letter correct)</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a valid Unique Pupil Number (check letter correct)</numerusform>
            <numerusform>%1 of %2 sampled values are valid Unique Pupil Numbers (check letter correct)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are dates, from %3 to %4</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a date, from %3 to %4</numerusform>
            <numerusform>%1 of %2 sampled values are dates, from %3 to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are in the future</source>
        <translation>
            <numerusform>%1 of them is in the future</numerusform>
            <numerusform>%1 of them are in the future</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are years of birth</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a year of birth</numerusform>
            <numerusform>%1 of %2 sampled values are years of birth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are dates spread over %3 years, none in the future, as dates of birth are; the header does not say what they are</source>
        <translation>
            <numerusform>%1 of %2 sampled value is a date spread over %3 years, none in the future, as dates of birth are; the header does not say what it is</numerusform>
            <numerusform>%1 of %2 sampled values are dates spread over %3 years, none in the future, as dates of birth are; the header does not say what they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values look like names; %3 contain a common forename or surname</source>
        <translation>
            <numerusform>%1 of %2 sampled value looks like a name; %3 contain a common forename or surname</numerusform>
            <numerusform>%1 of %2 sampled values look like names; %3 contain a common forename or surname</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values look like address lines (a house number or flat and a street)</source>
        <translation>
            <numerusform>%1 of %2 sampled value looks like an address line (a house number or flat and a street)</numerusform>
            <numerusform>%1 of %2 sampled values look like address lines (a house number or flat and a street)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are long free text (average %3 characters)</source>
        <translation>
            <numerusform>%1 of %2 sampled value is long free text (average %3 characters)</numerusform>
            <numerusform>%1 of %2 sampled values are long free text (average %3 characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a person with a title (Mr, Mrs, Ms...) in %1</source>
        <translation>
            <numerusform>a person with a title (Mr, Mrs, Ms...) in %1</numerusform>
            <numerusform>a person with a title (Mr, Mrs, Ms...) in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an email address in %1</source>
        <translation>
            <numerusform>an email address in %1</numerusform>
            <numerusform>an email address in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a phone number in %1</source>
        <translation>
            <numerusform>a phone number in %1</numerusform>
            <numerusform>a phone number in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a postcode in %1</source>
        <translation>
            <numerusform>a postcode in %1</numerusform>
            <numerusform>a postcode in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an NHS number in %1</source>
        <translation>
            <numerusform>an NHS number in %1</numerusform>
            <numerusform>an NHS number in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values (not counting &quot;not known&quot; and the like) record %3</source>
        <translation>
            <numerusform>%1 of %2 sampled value (not counting &quot;not known&quot; and the like) records %3</numerusform>
            <numerusform>%1 of %2 sampled values (not counting &quot;not known&quot; and the like) record %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 long text values mention health or disability</source>
        <translation>
            <numerusform>%1 of %2 long text value mentions health or disability</numerusform>
            <numerusform>%1 of %2 long text values mention health or disability</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values name offences or court outcomes</source>
        <translation>
            <numerusform>%1 of %2 sampled value names an offence or court outcome</numerusform>
            <numerusform>%1 of %2 sampled values name offences or court outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 long text values mention offences, arrests or convictions</source>
        <translation>
            <numerusform>%1 of %2 long text value mentions offences, arrests or convictions</numerusform>
            <numerusform>%1 of %2 long text values mention offences, arrests or convictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>but the column holds only %n different value(s), so it reads as a label</source>
        <translation>
            <numerusform>but the column holds only %n different value, so it reads as a label</numerusform>
            <numerusform>but the column holds only %n different values, so it reads as a label</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message numerus="yes">
        <source>The file has %n column(s) the profile does not mention: %1. Add a rule for each, or set the profile to drop other columns.</source>
        <translation>
            <numerusform>The file has %n column the profile does not mention: %1. Add a rule for it, or set the profile to drop other columns.</numerusform>
            <numerusform>The file has %n columns the profile does not mention: %1. Add a rule for each, or set the profile to drop other columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mask all but the first %n character(s)</source>
        <translation>
            <numerusform>Mask all but the first %n character</numerusform>
            <numerusform>Mask all but the first %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mask all but the last %n character(s)</source>
        <translation>
            <numerusform>Mask all but the last %n character</numerusform>
            <numerusform>Mask all but the last %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide values seen fewer than %n time(s)</source>
        <translation>
            <numerusform>Hide values seen fewer than %n time</numerusform>
            <numerusform>Hide values seen fewer than %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCheck</name>
    <message numerus="yes">
        <source>%Ln person(s) could be singled out by %1.</source>
        <translation>
            <numerusform>%Ln person could be singled out by %1.</numerusform>
            <numerusform>%Ln people could be singled out by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another %Ln person(s) share(s) these details with fewer than %1 other people.</source>
        <translation>
            <numerusform>Another %Ln person shares these details with fewer than %1 other people.</numerusform>
            <numerusform>Another %Ln people share these details with fewer than %1 other people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one can be singled out by %1 alone, but %Ln person(s) share(s) them with fewer than %2 other people.</source>
        <translation>
            <numerusform>No one can be singled out by %1 alone, but %Ln person shares them with fewer than %2 other people.</numerusform>
            <numerusform>No one can be singled out by %1 alone, but %Ln people share them with fewer than %2 other people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every person shares their %1 with at least %Ln other person(s).</source>
        <translation>
            <numerusform>Every person shares their %1 with at least %Ln other person.</numerusform>
            <numerusform>Every person shares their %1 with at least %Ln other people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group of people with the same %1 has at least %Ln different value(s) of %2.</source>
        <translation>
            <numerusform>Every group of people with the same %1 has at least %Ln different value of %2.</numerusform>
            <numerusform>Every group of people with the same %1 has at least %Ln different values of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among people with the same %1, the least varied group has %Ln different value(s) of %2.</source>
        <translation>
            <numerusform>Among people with the same %1, the least varied group has %Ln different value of %2.</numerusform>
            <numerusform>Among people with the same %1, the least varied group has %Ln different values of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln group(s) of two or more people everyone has the same %1, so it can be learned without singling anyone out.</source>
        <translation>
            <numerusform>In %Ln group of two or more people everyone has the same %1, so it can be learned without singling anyone out.</numerusform>
            <numerusform>In %Ln groups of two or more people everyone has the same %1, so it can be learned without singling anyone out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves %Ln person(s) in groups of fewer than %2.</source>
        <translation>
            <numerusform>%1 leaves %Ln person in groups of fewer than %2.</numerusform>
            <numerusform>%1 leaves %Ln people in groups of fewer than %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDetail</name>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharePipeline</name>
    <message numerus="yes">
        <source>The smallest group has %Ln record(s).</source>
        <translation>
            <numerusform>The smallest group has %Ln record.</numerusform>
            <numerusform>The smallest group has %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) are unique.</source>
        <translation>
            <numerusform>%Ln record is unique.</numerusform>
            <numerusform>%Ln records are unique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) are in groups smaller than %1.</source>
        <translation>
            <numerusform>%Ln record is in a group smaller than %1.</numerusform>
            <numerusform>%Ln records are in groups smaller than %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementKeysDialog</name>
    <message numerus="yes">
        <source>%n (you among them)</source>
        <translation>
            <numerusform>%n (you)</numerusform>
            <numerusform>%n (you among them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::CreateKeyDialog</name>
    <message numerus="yes">
        <source>Enter a recovery passphrase of at least %n characters</source>
        <translation>
            <numerusform>Enter a recovery passphrase of at least %n character</numerusform>
            <numerusform>Enter a recovery passphrase of at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your information governance lead should type this passphrase and keep it apart from this computer, for example sealed in an envelope in a safe. With it, the key can be recovered if every holder loses theirs; without it, the recovery copy cannot be opened. Use at least %n characters: several words are easier to remember than a jumble.</source>
        <translation>
            <numerusform>Your information governance lead should type this passphrase and keep it apart from this computer, for example sealed in an envelope in a safe. With it, the key can be recovered if every holder loses theirs; without it, the recovery copy cannot be opened. Use at least %n character: several words are easier to remember than a jumble.</numerusform>
            <numerusform>Your information governance lead should type this passphrase and keep it apart from this computer, for example sealed in an envelope in a safe. With it, the key can be recovered if every holder loses theirs; without it, the recovery copy cannot be opened. Use at least %n characters: several words are easier to remember than a jumble.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::DatasetPage</name>
    <message numerus="yes">
        <source>%n row(s) above the column names (titles or notes) are left out.</source>
        <translation>
            <numerusform>%n row above the column names (a title or note) is left out.</numerusform>
            <numerusform>%n rows above the column names (titles or notes) are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n empty row skipped.</numerusform>
            <numerusform>%n empty rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty column(s) at the right-hand side left out.</source>
        <translation>
            <numerusform>%n empty column at the right-hand side left out.</numerusform>
            <numerusform>%n empty columns at the right-hand side left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hold personal data; they are marked ⚠ in the preview. See the Columns tab for what was found and why.</source>
        <translation>
            <numerusform>%n column holds personal data; it is marked ⚠ in the preview. See the Columns tab for what was found and why.</numerusform>
            <numerusform>%n columns hold personal data; they are marked ⚠ in the preview. See the Columns tab for what was found and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the column names (%1). Sharewise will not redact or share this file until you decide what to do with them, because a shifted row can put a name into a column you mean to keep.</source>
        <translation>
            <numerusform>%n row does not have the same number of fields as the column names (%1). Sharewise will not redact or share this file until you decide what to do with it, because a shifted row can put a name into a column you mean to keep.</numerusform>
            <numerusform>%n rows do not have the same number of fields as the column names (%1). Sharewise will not redact or share this file until you decide what to do with them, because a shifted row can put a name into a column you mean to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) of data&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n row of data&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n rows of data&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n column(s).</source>
        <translation>
            <numerusform>in %n column.</numerusform>
            <numerusform>in %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::DonePage</name>
    <message numerus="yes">
        <source>Bundle: %1
Data: %2
%n row(s), %3</source>
        <translation>
            <numerusform>Bundle: %1
Data: %2
%n row, %3</numerusform>
            <numerusform>Bundle: %1
Data: %2
%n rows, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HomePage</name>
    <message numerus="yes">
        <source>%n share(s) waiting for review</source>
        <translation>
            <numerusform>%n share waiting for review</numerusform>
            <numerusform>%n shares waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) due for review</source>
        <translation>
            <numerusform>%n agreement due for review</numerusform>
            <numerusform>%n agreements due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promised output(s) overdue</source>
        <translation>
            <numerusform>%n promised output overdue</numerusform>
            <numerusform>%n promised outputs overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promised output(s) due in the next 30 days</source>
        <translation>
            <numerusform>%n promised output due in the next 30 days</numerusform>
            <numerusform>%n promised outputs due in the next 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::IdentityDialog</name>
    <message numerus="yes">
        <source>Enter a passphrase of at least %n characters</source>
        <translation>
            <numerusform>Enter a passphrase of at least %n character</numerusform>
            <numerusform>Enter a passphrase of at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart and never send them together. If you forget the passphrase, the file cannot be opened.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart and never send them together. If you forget the passphrase, the file cannot be opened.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart and never send them together. If you forget the passphrase, the file cannot be opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your identity will be kept in a file that only your passphrase opens, and Sharewise will ask for the passphrase when it needs your identity. Choose one of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart. If you forget the passphrase, you will need a new identity.</source>
        <translation>
            <numerusform>Your identity will be kept in a file that only your passphrase opens, and Sharewise will ask for the passphrase when it needs your identity. Choose one of at least %n character: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart. If you forget the passphrase, you will need a new identity.</numerusform>
            <numerusform>Your identity will be kept in a file that only your passphrase opens, and Sharewise will ask for the passphrase when it needs your identity. Choose one of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart. If you forget the passphrase, you will need a new identity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::MainWindow</name>
    <message numerus="yes">
        <source>The history was copied to %1 and checked (%n audit entries).</source>
        <translation>
            <numerusform>The history was copied to %1 and checked (%n audit entry).</numerusform>
            <numerusform>The history was copied to %1 and checked (%n audit entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history will be replaced by the backup %1 (%n audit entries, checked). Your current history is not deleted: it is kept in the same folder under a new name ending in &quot;before-restore&quot;.</source>
        <translation>
            <numerusform>The history will be replaced by the backup %1 (%n audit entry, checked). Your current history is not deleted: it is kept in the same folder under a new name ending in &quot;before-restore&quot;.</numerusform>
            <numerusform>The history will be replaced by the backup %1 (%n audit entries, checked). Your current history is not deleted: it is kept in the same folder under a new name ending in &quot;before-restore&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::OpenBundleDialog</name>
    <message numerus="yes">
        <source>%1 rows of data</source>
        <translation>
            <numerusform>%1 row of data</numerusform>
            <numerusform>%1 rows of data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::OutputsDialog</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon: in %n day(s)</source>
        <translation>
            <numerusform>Due soon: in %n day</numerusform>
            <numerusform>Due soon: in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ProfileModel</name>
    <message numerus="yes">
        <source>Dates are written in %n different ways (%1).</source>
        <translation>
            <numerusform>Dates are written in %n way (%1).</numerusform>
            <numerusform>Dates are written in %n different ways (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::PurposePage</name>
    <message numerus="yes">
        <source>%n problem(s) must be put right before this share can go ahead.</source>
        <translation>
            <numerusform>%n problem must be put right before this share can go ahead.</numerusform>
            <numerusform>%n problems must be put right before this share can go ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop these %n column(s)</source>
        <translation>
            <numerusform>Drop this column</numerusform>
            <numerusform>Drop these %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the agreement&apos;s minimum for %n column(s)</source>
        <translation>
            <numerusform>Use the agreement&apos;s minimum for %n column</numerusform>
            <numerusform>Use the agreement&apos;s minimum for %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RedactPage</name>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were not counted.</source>
        <translation>
            <numerusform>%n row with the wrong number of fields was not counted.</numerusform>
            <numerusform>%n rows with the wrong number of fields were not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file: each column as it is in the file, and beside it, shaded, as it will be sent.</source>
        <translation>
            <numerusform>The first %n row of the file: each column as it is in the file, and beside it, shaded, as it will be sent.</numerusform>
            <numerusform>The first %n rows of the file: each column as it is in the file, and beside it, shaded, as it will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the wrong number of fields. Send &amp;them:</source>
        <translation>
            <numerusform>%n row has the wrong number of fields. Send i&amp;t:</numerusform>
            <numerusform>%n rows have the wrong number of fields. Send &amp;them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ReviewPage</name>
    <message numerus="yes">
        <source>%Ln record(s) could be singled out: no other record has the same values.</source>
        <translation>
            <numerusform>%Ln record could be singled out: no other record has the same values.</numerusform>
            <numerusform>%Ln records could be singled out: no other record has the same values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could be singled out: no other record has the same %1.</source>
        <translation>
            <numerusform>%Ln record could be singled out: no other record has the same %1.</numerusform>
            <numerusform>%Ln records could be singled out: no other record has the same %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ReviewQueueDialog</name>
    <message numerus="yes">
        <source>The first %n row(s) as they will be sent.</source>
        <translation>
            <numerusform>The first %n row as it will be sent.</numerusform>
            <numerusform>The first %n rows as they will be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::SharesPanel</name>
    <message numerus="yes">
        <source>%n share(s) shown</source>
        <translation>
            <numerusform>%n share shown</numerusform>
            <numerusform>%n shares shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %n share(s) was saved to %1.</source>
        <translation>
            <numerusform>The list of %n share was saved to %1.</numerusform>
            <numerusform>The list of %n shares was saved to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
