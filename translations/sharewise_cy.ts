<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an action and an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the audit log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow from the entry before it: an entry was removed, replaced or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of entry %1 were changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its contents no longer match its recorded hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty, but every history records its creation: its entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: sharewise-cli [--db FILE] [--lang en|cy] COMMAND [OPTIONS]

Commands:
  history [--json] [--limit N]  List the events recorded in the history.
  audit verify                  Check that the audit trail has not been altered.
  backup FILE [--force]         Write a consistent copy of the history to FILE.
  restore FILE                  Replace the history with a checked backup.
  version                       Print the program&apos;s version.

Options:
  --db FILE        The history database to use (or set SHAREWISE_DB).
  --lang en|cy     The language of messages (English or Welsh).
  -h, --help       Show this help.
  -v, --version    Print the program&apos;s version.

Exit codes: 0 success, 1 usage error, 2 bad input, 3 verification failed,
4 refused by policy, 5 the system failed (disk, database).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sharewise-cli --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en (English) or cy (Welsh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --db option needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no file or name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;sharewise-cli audit verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries before it check; do not rely on this history until your information-governance lead has looked at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last entry hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file: sharewise-cli backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1 (%n audit entries, checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the backup file: sharewise-cli restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No history database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database cannot be kept on a network drive: the database engine&apos;s write-ahead log is unsafe there and the history could be damaged. Choose a folder on this computer, or use a shared register server for the whole council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a history file. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for the history database. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history database (%1). Check that the file is readable and not in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Sharewise history database. Choose the history file, or a new file name to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the history database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database could not switch to its safe writing mode. Move it to a folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Sharewise history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a database, but not a Sharewise history. Choose the history file, or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history&apos;s version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This history was written by Sharewise %1 (database version %2). This copy of Sharewise is version %3 and understands database versions up to %4. Install Sharewise %1 or later to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the history database to version %1 (%2). Nothing was changed; tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the history database&apos;s version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is busy or cannot be written (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the history database (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryBackup</name>
    <message>
        <source>Could not put the file in place (%1). Check that the folder may be written and the file is not open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the history (%1). Check there is room on the disk and that the folder may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the copy of the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file does not exist. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file cannot be read. Check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Sharewise history backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged (its database pages do not check). Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is broken at entry %1: %2 It cannot be trusted; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the backup should be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the history it copies. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name, or allow it to be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is the history itself. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the history&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeCounts</name>
    <message>
        <source>Could not read the history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sharewise cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise could not start its encryption library. Tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AboutDialog</name>
    <message>
        <source>About Sharewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise helps public bodies share personal data safely and lawfully: under an agreement, with only the data that is needed, encrypted and signed, with a record of every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 and libsodium %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HistoryDialog</name>
    <message>
        <source>History created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History upgraded to a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: the audit trail is broken at entry %1. %2 Tell your information governance lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded in this history, newest first. Entries cannot be changed or removed; the check below shows whether anyone has tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HomePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise helps you share personal data safely and lawfully: under a data-sharing agreement, with only the data that is needed, encrypted for the people who should receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) due for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promised output(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sharewise could not open its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a file to send under a data-sharing agreement: choose it, check it, remove what is not needed, and encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review pending shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject shares that are waiting for an information governance review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the register of data-sharing agreements: who gets what, why, for how long, and what comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See everything that has been recorded, and check that the record has not been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a received bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a bundle someone sent you is genuine and complete, then get the data out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::MainWindow</name>
    <message>
        <source>Sharing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreements register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a received bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharewise-history-backup-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise history backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history was copied to %1 and checked (%n audit entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise history backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current history was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history will be replaced by the backup %1 (%n audit entries, checked). The current history is kept beside it, renamed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was restored from %1. The history it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you want to do on the home screen. Each step explains what it asks and why.

Your history of shares, approvals and agreements is kept on this computer in %1. Back it up from the File menu.

Ask your information governance lead if you are unsure whether you may share some data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this version of Sharewise yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a received bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the history from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sharewise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharewise::ui::SettingsDialog</name>
    <message>
        <source>Where should the history be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharewise history (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the history should be kept, or choose &quot;Use the default place&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the history file, starting from the drive or top folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history location is a folder: add a file name, such as history.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be kept on a network drive, where it could be damaged: choose a folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, Anytown Borough Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the history is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history records every agreement, share, approval and bundle. Keep it on this computer, not on a network drive, and back it up regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
