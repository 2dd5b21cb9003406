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
        <source>The audit trail is intact: all %n entries check.</source>
        <translation>
            <numerusform>The audit trail is intact: the %n entry checks.</numerusform>
            <numerusform>The audit trail is intact: all %n entries check.</numerusform>
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
    <name>sharewise::ui::MainWindow</name>
    <message numerus="yes">
        <source>The history was copied to %1 and checked (%n audit entries).</source>
        <translation>
            <numerusform>The history was copied to %1 and checked (%n audit entry).</numerusform>
            <numerusform>The history was copied to %1 and checked (%n audit entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history will be replaced by the backup %1 (%n audit entries, checked). The current history is kept beside it, renamed.</source>
        <translation>
            <numerusform>The history will be replaced by the backup %1 (%n audit entry, checked). The current history is kept beside it, renamed.</numerusform>
            <numerusform>The history will be replaced by the backup %1 (%n audit entries, checked). The current history is kept beside it, renamed.</numerusform>
        </translation>
    </message>
</context>
</TS>
