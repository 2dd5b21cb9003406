<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</TS>
