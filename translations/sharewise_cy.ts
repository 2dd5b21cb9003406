<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an action and an object.</source>
        <translation>Rhaid i gofnod archwilio gynnwys gweithred a gwrthrych.</translation>
    </message>
    <message>
        <source>Could not read the audit log (%1).</source>
        <translation>Nid oedd modd darllen y log archwilio (%1).</translation>
    </message>
    <message>
        <source>Could not write to the audit log (%1).</source>
        <translation>Nid oedd modd ysgrifennu i&apos;r log archwilio (%1).</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation>Mae cofnod %1 ar goll: mae&apos;r log yn mynd o gofnod %2 i gofnod %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow from the entry before it: an entry was removed, replaced or reordered.</source>
        <translation>Nid yw cofnod %1 yn dilyn o&apos;r cofnod o&apos;i flaen: cafodd cofnod ei ddileu, ei ddisodli neu ei symud i drefn wahanol.</translation>
    </message>
    <message>
        <source>The details of entry %1 were changed after it was written.</source>
        <translation>Cafodd manylion cofnod %1 eu newid ar ôl iddo gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its contents no longer match its recorded hash.</source>
        <translation>Cafodd cofnod %1 ei newid ar ôl iddo gael ei ysgrifennu: nid yw ei gynnwys yn cyfateb mwyach i&apos;r stwnsh (hash) a gofnodwyd ar ei gyfer.</translation>
    </message>
    <message>
        <source>The audit log is empty, but every history records its creation: its entries were removed.</source>
        <translation>Mae&apos;r log archwilio yn wag, ond mae pob hanes yn cofnodi pryd y cafodd ei greu: cafodd ei gofnodion eu dileu.</translation>
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
        <translation>Defnydd: sharewise-cli [--db FILE] [--lang en|cy] COMMAND [OPTIONS]

Gorchmynion:
  history [--json] [--limit N]  Rhestru&apos;r digwyddiadau a gofnodwyd yn yr hanes.
  audit verify                  Gwirio nad yw&apos;r trywydd archwilio wedi&apos;i newid.
  backup FILE [--force]         Ysgrifennu copi cyson o&apos;r hanes i FILE.
  restore FILE                  Rhoi copi wrth gefn a wiriwyd yn lle&apos;r hanes.
  version                       Dangos fersiwn y rhaglen.

Opsiynau:
  --db FILE        Cronfa ddata&apos;r hanes i&apos;w defnyddio
                   (neu gosodwch SHAREWISE_DB).
  --lang en|cy     Iaith y negeseuon (Saesneg neu Gymraeg).
  -h, --help       Dangos y cymorth hwn.
  -v, --version    Dangos fersiwn y rhaglen.

Codau gadael: 0 llwyddiant, 1 gwall defnydd, 2 mewnbwn gwael,
3 methodd y gwirio, 4 gwrthodwyd gan bolisi,
5 methodd y system (disg, cronfa ddata).
</translation>
    </message>
    <message>
        <source>Run &quot;sharewise-cli --help&quot; to see the commands.</source>
        <translation>Rhedwch &quot;sharewise-cli --help&quot; i weld y gorchmynion.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lleoliad: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en (English) or cy (Welsh).</source>
        <translation>Iaith anhysbys &quot;%1&quot;: defnyddiwch en (Saesneg) neu cy (Cymraeg).</translation>
    </message>
    <message>
        <source>The --db option needs a file name.</source>
        <translation>Mae angen enw ffeil ar yr opsiwn --db.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Rhowch enw gorchymyn.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes no file or name: %1</source>
        <translation>Nid yw &quot;history&quot; yn derbyn ffeil nac enw: %1</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>Mae angen rhif cyfan, 0 neu fwy, ar --limit.</translation>
    </message>
    <message>
        <source>No events are recorded yet.</source>
        <translation>Nid oes unrhyw ddigwyddiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Use &quot;sharewise-cli audit verify&quot;.</source>
        <translation>Defnyddiwch &quot;sharewise-cli audit verify&quot;.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1.</source>
        <translation>Mae&apos;r trywydd archwilio wedi torri wrth gofnod %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n o gofnodion.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n chofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last entry hash: %1</source>
        <translation>Stwnsh y cofnod olaf: %1</translation>
    </message>
    <message>
        <source>Name the backup file: sharewise-cli backup FILE</source>
        <translation>Rhowch enw&apos;r ffeil copi wrth gefn: sharewise-cli backup FILE</translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1 (%n audit entries, checked).</source>
        <translation>
            <numerusform>Ysgrifennwyd y copi wrth gefn: %1 (%n cofnod archwilio, wedi&apos;u gwirio).</numerusform>
            <numerusform>Ysgrifennwyd y copi wrth gefn: %1 (%n cofnod archwilio, wedi&apos;i wirio).</numerusform>
            <numerusform>Ysgrifennwyd y copi wrth gefn: %1 (%n o gofnodion archwilio, wedi&apos;u gwirio).</numerusform>
            <numerusform>Ysgrifennwyd y copi wrth gefn: %1 (%n chofnod archwilio, wedi&apos;u gwirio).</numerusform>
            <numerusform>Ysgrifennwyd y copi wrth gefn: %1 (%n cofnod archwilio, wedi&apos;u gwirio).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the backup file: sharewise-cli restore FILE</source>
        <translation>Rhowch enw&apos;r ffeil copi wrth gefn: sharewise-cli restore FILE</translation>
    </message>
    <message>
        <source>History restored from %1.</source>
        <translation>Adferwyd yr hanes o %1.</translation>
    </message>
    <message>
        <source>The history it replaced is kept as %1.</source>
        <translation>Mae&apos;r hanes a ddisodlwyd wedi&apos;i gadw fel %1.</translation>
    </message>
    <message>
        <source>The entries before it are intact. Do not rely on this history until your information governance lead has looked at it.</source>
        <translation>Mae&apos;r cofnodion cyn hwnnw yn gyfan. Peidiwch â dibynnu ar yr hanes hwn nes bod eich arweinydd llywodraethu gwybodaeth wedi edrych arno.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No history database was given.</source>
        <translation>Ni roddwyd cronfa ddata hanes.</translation>
    </message>
    <message>
        <source>The history database cannot be kept on a network drive: the database engine&apos;s write-ahead log is unsafe there and the history could be damaged. Choose a folder on this computer, or use a shared register server for the whole council.</source>
        <translation>Ni ellir cadw cronfa ddata&apos;r hanes ar yriant rhwydwaith: nid yw log ysgrifennu ymlaen llaw (write-ahead log) peiriant y gronfa ddata yn ddiogel yno, a gallai&apos;r hanes gael ei ddifrodi. Dewiswch ffolder ar y cyfrifiadur hwn, neu defnyddiwch weinydd cofrestr a rennir ar gyfer y cyngor cyfan.</translation>
    </message>
    <message>
        <source>This is a folder, not a history file. Choose a file name.</source>
        <translation>Ffolder yw hwn, nid ffeil hanes. Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <source>Could not create the folder for the history database. Check that you may write there, or choose another folder.</source>
        <translation>Nid oedd modd creu&apos;r ffolder ar gyfer cronfa ddata&apos;r hanes. Gwiriwch fod gennych hawl i ysgrifennu yno, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Could not open the history database (%1). Check that the file is readable and not in use by another program.</source>
        <translation>Nid oedd modd agor cronfa ddata&apos;r hanes (%1). Gwiriwch fod modd darllen y ffeil ac nad yw rhaglen arall yn ei defnyddio.</translation>
    </message>
    <message>
        <source>This file is not a Sharewise history database. Choose the history file, or a new file name to start a new history.</source>
        <translation>Nid yw&apos;r ffeil hon yn gronfa ddata hanes Sharewise. Dewiswch y ffeil hanes, neu enw ffeil newydd i ddechrau hanes newydd.</translation>
    </message>
    <message>
        <source>Could not prepare the history database (%1).</source>
        <translation>Nid oedd modd paratoi cronfa ddata&apos;r hanes (%1).</translation>
    </message>
    <message>
        <source>The history database could not switch to its safe writing mode. Move it to a folder on this computer.</source>
        <translation>Nid oedd modd i gronfa ddata&apos;r hanes newid i&apos;w modd ysgrifennu diogel. Symudwch hi i ffolder ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This file is not a Sharewise history database.</source>
        <translation>Nid yw&apos;r ffeil hon yn gronfa ddata hanes Sharewise.</translation>
    </message>
    <message>
        <source>Could not read the history database (%1).</source>
        <translation>Nid oedd modd darllen cronfa ddata&apos;r hanes (%1).</translation>
    </message>
    <message>
        <source>Could not read the history database.</source>
        <translation>Nid oedd modd darllen cronfa ddata&apos;r hanes.</translation>
    </message>
    <message>
        <source>This file is a database, but not a Sharewise history. Choose the history file, or a new file name.</source>
        <translation>Cronfa ddata yw&apos;r ffeil hon, ond nid hanes Sharewise. Dewiswch y ffeil hanes, neu enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Could not read the history&apos;s version (%1).</source>
        <translation>Nid oedd modd darllen fersiwn yr hanes (%1).</translation>
    </message>
    <message>
        <source>This history was written by Sharewise %1 (database version %2). This copy of Sharewise is version %3 and understands database versions up to %4. Install Sharewise %1 or later to open it; nothing was changed.</source>
        <translation>Ysgrifennwyd yr hanes hwn gan Sharewise %1 (fersiwn %2 o&apos;r gronfa ddata). Fersiwn %3 yw&apos;r copi hwn o Sharewise, ac mae&apos;n deall fersiynau o&apos;r gronfa ddata hyd at %4. Gosodwch Sharewise %1 neu fersiwn ddiweddarach i&apos;w agor; ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Could not upgrade the history database to version %1 (%2). Nothing was changed; tell your IT support.</source>
        <translation>Nid oedd modd uwchraddio cronfa ddata&apos;r hanes i fersiwn %1 (%2). Ni chafodd dim ei newid; rhowch wybod i&apos;ch tîm cymorth TG.</translation>
    </message>
    <message>
        <source>Could not record the history database&apos;s version (%1).</source>
        <translation>Nid oedd modd cofnodi fersiwn cronfa ddata&apos;r hanes (%1).</translation>
    </message>
    <message>
        <source>The history database is busy or cannot be written (%1). Try again in a moment.</source>
        <translation>Mae cronfa ddata&apos;r hanes yn brysur neu nid oes modd ysgrifennu iddi (%1). Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Methodd un o gamau&apos;r newid hwn, felly ni chafodd dim ohono ei gadw.</translation>
    </message>
    <message>
        <source>Could not save to the history database (%1). Nothing was saved.</source>
        <translation>Nid oedd modd cadw i gronfa ddata&apos;r hanes (%1). Ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of Sharewise (database version %1). This copy of Sharewise is version %2 and understands database versions up to %3. Install the newest Sharewise to open it; nothing was changed.</source>
        <translation>Ysgrifennwyd yr hanes hwn gan fersiwn mwy diweddar o Sharewise (fersiwn %1 o&apos;r gronfa ddata). Fersiwn %2 yw&apos;r copi hwn o Sharewise, ac mae&apos;n deall fersiynau o&apos;r gronfa ddata hyd at %3. Gosodwch y fersiwn ddiweddaraf o Sharewise i&apos;w agor; ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>HistoryBackup</name>
    <message>
        <source>Could not put the file in place (%1). Check that the folder may be written and the file is not open elsewhere.</source>
        <translation>Nid oedd modd rhoi&apos;r ffeil yn ei lle (%1). Gwiriwch fod modd ysgrifennu i&apos;r ffolder ac nad yw&apos;r ffeil ar agor yn rhywle arall.</translation>
    </message>
    <message>
        <source>Could not copy the history (%1). Check there is room on the disk and that the folder may be written.</source>
        <translation>Nid oedd modd copïo&apos;r hanes (%1). Gwiriwch fod lle ar y ddisg a bod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Could not finish the copy of the history.</source>
        <translation>Nid oedd modd gorffen copïo&apos;r hanes.</translation>
    </message>
    <message>
        <source>The backup file does not exist. Check the name and folder.</source>
        <translation>Nid yw&apos;r ffeil copi wrth gefn yn bodoli. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The backup file cannot be read. Check that you may open it.</source>
        <translation>Nid oes modd darllen y ffeil copi wrth gefn. Gwiriwch fod gennych hawl i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>Nid oes modd agor y ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>This file is not a Sharewise history backup.</source>
        <translation>Nid yw&apos;r ffeil hon yn gopi wrth gefn o hanes Sharewise.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is broken at entry %1: %2 It cannot be trusted; use another backup.</source>
        <translation>Mae trywydd archwilio&apos;r copi wrth gefn wedi torri wrth gofnod %1: %2 Ni ellir ymddiried ynddo; defnyddiwch gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>Say where the backup should be written.</source>
        <translation>Nodwch ble dylid ysgrifennu&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>A backup cannot replace the history it copies. Choose another file name.</source>
        <translation>Ni all copi wrth gefn gymryd lle&apos;r hanes y mae&apos;n ei gopïo. Dewiswch enw ffeil arall.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name, or allow it to be replaced.</source>
        <translation>Mae ffeil â&apos;r enw hwn yn bodoli eisoes. Dewiswch enw arall, neu gadewch iddi gael ei disodli.</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>Nid yw&apos;r ffolder ar gyfer y copi wrth gefn yn bodoli.</translation>
    </message>
    <message>
        <source>This backup is the history itself. Choose a backup file.</source>
        <translation>Yr hanes ei hun yw&apos;r copi wrth gefn hwn. Dewiswch ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>Could not create the history&apos;s folder.</source>
        <translation>Nid oedd modd creu ffolder yr hanes.</translation>
    </message>
    <message>
        <source>The backup file is damaged (its database pages fail their check). Use another backup.</source>
        <translation>Mae&apos;r ffeil copi wrth gefn wedi&apos;i difrodi (mae tudalennau ei chronfa ddata yn methu eu gwiriad). Defnyddiwch gopi wrth gefn arall.</translation>
    </message>
</context>
<context>
    <name>HomeCounts</name>
    <message>
        <source>Could not read the history (%1).</source>
        <translation>Nid oedd modd darllen yr hanes (%1).</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sharewise cannot start</source>
        <translation>Nid yw Sharewise yn gallu cychwyn</translation>
    </message>
    <message>
        <source>Sharewise could not start its encryption library. Tell your IT support.</source>
        <translation>Nid oedd Sharewise yn gallu cychwyn ei lyfrgell amgryptio. Rhowch wybod i&apos;ch tîm cymorth TG.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AboutDialog</name>
    <message>
        <source>About Sharewise</source>
        <translation>Ynghylch Sharewise</translation>
    </message>
    <message>
        <source>Sharewise</source>
        <translation>Sharewise</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Sharewise helps public bodies share personal data safely and lawfully: under an agreement, with only the data that is needed, encrypted and signed, with a record of every step.</source>
        <translation>Mae Sharewise yn helpu cyrff cyhoeddus i rannu data personol yn ddiogel ac yn gyfreithlon: o dan gytundeb, gyda&apos;r data sydd ei angen yn unig, wedi&apos;i amgryptio a&apos;i lofnodi, a chyda chofnod o bob cam.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and libsodium %2.</source>
        <translation>Wedi&apos;i adeiladu gyda Qt %1 a libsodium %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem wedi codi</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HistoryDialog</name>
    <message>
        <source>History created</source>
        <translation>Crëwyd yr hanes</translation>
    </message>
    <message>
        <source>History upgraded to a new version</source>
        <translation>Uwchraddiwyd yr hanes i fersiwn newydd</translation>
    </message>
    <message>
        <source>History backed up</source>
        <translation>Gwnaed copi wrth gefn o&apos;r hanes</translation>
    </message>
    <message>
        <source>History restored from a backup</source>
        <translation>Adferwyd yr hanes o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Problem: the audit trail is broken at entry %1. %2 Tell your information governance lead.</source>
        <translation>Problem: mae&apos;r trywydd archwilio wedi torri wrth gofnod %1. %2 Rhowch wybod i&apos;ch arweinydd llywodraethu gwybodaeth.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Everything recorded in this history, newest first. Entries cannot be changed or removed; the check below shows whether anyone has tried.</source>
        <translation>Popeth a gofnodwyd yn yr hanes hwn, gyda&apos;r diweddaraf yn gyntaf. Nid oes modd newid na dileu cofnodion; mae&apos;r gwiriad isod yn dangos a oes unrhyw un wedi ceisio gwneud hynny.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Recorded events</source>
        <translation>Digwyddiadau a gofnodwyd</translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation>&amp;Gwirio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Sharewise</source>
        <translation>Sharewise</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n o gofnodion.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n chofnod.</numerusform>
            <numerusform>Mae&apos;r trywydd archwilio yn gyfan: gwiriwyd %n cofnod.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HomePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Beth hoffech chi ei wneud?</translation>
    </message>
    <message>
        <source>Sharewise helps you share personal data safely and lawfully: under a data-sharing agreement, with only the data that is needed, encrypted for the people who should receive it.</source>
        <translation>Mae Sharewise yn eich helpu i rannu data personol yn ddiogel ac yn gyfreithlon: o dan gytundeb rhannu data, gyda&apos;r data sydd ei angen yn unig, wedi&apos;i amgryptio ar gyfer y bobl a ddylai ei gael.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) waiting for review</source>
        <translation>
            <numerusform>%n rhanniad yn aros am adolygiad</numerusform>
            <numerusform>%n rhanniad yn aros am adolygiad</numerusform>
            <numerusform>%n o ranniadau yn aros am adolygiad</numerusform>
            <numerusform>%n rhanniad yn aros am adolygiad</numerusform>
            <numerusform>%n rhanniad yn aros am adolygiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) due for review</source>
        <translation>
            <numerusform>%n cytundeb yn ddyledus i&apos;w hadolygu</numerusform>
            <numerusform>%n cytundeb yn ddyledus i&apos;w adolygu</numerusform>
            <numerusform>%n o gytundebau yn ddyledus i&apos;w hadolygu</numerusform>
            <numerusform>%n chytundeb yn ddyledus i&apos;w hadolygu</numerusform>
            <numerusform>%n cytundeb yn ddyledus i&apos;w hadolygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promised output(s) overdue</source>
        <translation>
            <numerusform>%n allbwn a addawyd yn hwyr</numerusform>
            <numerusform>%n allbwn a addawyd yn hwyr</numerusform>
            <numerusform>%n o allbynnau a addawyd yn hwyr</numerusform>
            <numerusform>%n allbwn a addawyd yn hwyr</numerusform>
            <numerusform>%n allbwn a addawyd yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharewise could not open its history</source>
        <translation>Nid oedd Sharewise yn gallu agor ei hanes</translation>
    </message>
    <message>
        <source>&amp;Share data</source>
        <translation>&amp;Rhannu data</translation>
    </message>
    <message>
        <source>Prepare a file to send under a data-sharing agreement: choose it, check it, remove what is not needed, and encrypt it.</source>
        <translation>Paratoi ffeil i&apos;w hanfon o dan gytundeb rhannu data: ei dewis, ei gwirio, cael gwared ar yr hyn nad oes ei angen, a&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>&amp;Review pending shares</source>
        <translation>&amp;Adolygu rhanniadau sy&apos;n aros</translation>
    </message>
    <message>
        <source>Approve or reject shares that are waiting for an information governance review.</source>
        <translation>Cymeradwyo neu wrthod rhanniadau sy&apos;n aros am adolygiad llywodraethu gwybodaeth.</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Cytundebau</translation>
    </message>
    <message>
        <source>See the register of data-sharing agreements: who gets what, why, for how long, and what comes back.</source>
        <translation>Gweld cofrestr y cytundebau rhannu data: pwy sy&apos;n cael beth, pam, am ba hyd, a beth a ddaw yn ôl.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>See everything that has been recorded, and check that the record has not been altered.</source>
        <translation>Gweld popeth sydd wedi&apos;i gofnodi, a gwirio nad yw&apos;r cofnod wedi cael ei newid.</translation>
    </message>
    <message>
        <source>&amp;Open a received bundle</source>
        <translation>Agor &amp;bwndel a dderbyniwyd</translation>
    </message>
    <message>
        <source>Check that a bundle someone sent you is genuine and complete, then get the data out.</source>
        <translation>Gwirio bod bwndel a anfonwyd atoch yn ddilys ac yn gyflawn, ac yna tynnu&apos;r data allan ohono.</translation>
    </message>
    <message>
        <source>Open se&amp;ttings</source>
        <translation>Agor y &amp;gosodiadau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::MainWindow</name>
    <message>
        <source>sharewise-history-backup-%1.sqlite</source>
        <translation>sharewise-copi-wrth-gefn-hanes-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation>Gwneud copi wrth gefn o&apos;r hanes</translation>
    </message>
    <message>
        <source>Sharewise history backups (*.sqlite)</source>
        <translation>Copïau wrth gefn o hanes Sharewise (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Ni wnaed y copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Gwnaed y copi wrth gefn</translation>
    </message>
    <message numerus="yes">
        <source>The history was copied to %1 and checked (%n audit entries).</source>
        <translation>
            <numerusform>Cafodd yr hanes ei gopïo i %1 a&apos;i wirio (%n cofnod archwilio).</numerusform>
            <numerusform>Cafodd yr hanes ei gopïo i %1 a&apos;i wirio (%n cofnod archwilio).</numerusform>
            <numerusform>Cafodd yr hanes ei gopïo i %1 a&apos;i wirio (%n o gofnodion archwilio).</numerusform>
            <numerusform>Cafodd yr hanes ei gopïo i %1 a&apos;i wirio (%n chofnod archwilio).</numerusform>
            <numerusform>Cafodd yr hanes ei gopïo i %1 a&apos;i wirio (%n cofnod archwilio).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation>Adfer yr hanes o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Sharewise history backups (*.sqlite);;All files (*)</source>
        <translation>Copïau wrth gefn o hanes Sharewise (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Nid oes modd adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <source>Your current history was not changed.</source>
        <translation>Ni chafodd eich hanes presennol ei newid.</translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation>Adfer yr hanes?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The history was not restored</source>
        <translation>Ni chafodd yr hanes ei adfer</translation>
    </message>
    <message>
        <source>History restored</source>
        <translation>Adferwyd yr hanes</translation>
    </message>
    <message>
        <source>The history was restored from %1. The history it replaced is kept as %2.</source>
        <translation>Adferwyd yr hanes o %1. Mae&apos;r hanes a ddisodlwyd wedi&apos;i gadw fel %2.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Choose what you want to do on the home screen. Each step explains what it asks and why.

Your history of shares, approvals and agreements is kept on this computer in %1. Back it up from the File menu.

Ask your information governance lead if you are unsure whether you may share some data.</source>
        <translation>Dewiswch beth rydych chi am ei wneud ar y sgrin gartref. Mae pob cam yn esbonio beth mae&apos;n ei ofyn a pham.

Mae hanes eich rhanniadau, eich cymeradwyaethau a&apos;ch cytundebau yn cael ei gadw ar y cyfrifiadur hwn yn %1. Gwnewch gopi wrth gefn ohono o&apos;r ddewislen Ffeil.

Gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth os nad ydych chi&apos;n siŵr a gewch chi rannu data penodol.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Nid yw ar gael eto</translation>
    </message>
    <message>
        <source>Organisation: not set</source>
        <translation>Sefydliad: heb ei osod</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Sefydliad: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Hanes: %1</translation>
    </message>
    <message>
        <source>History: not open</source>
        <translation>Hanes: heb ei agor</translation>
    </message>
    <message>
        <source>Sharewise</source>
        <translation>Sharewise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Open a received bundle…</source>
        <translation>Agor &amp;bwndel a dderbyniwyd…</translation>
    </message>
    <message>
        <source>&amp;Back up the history…</source>
        <translation>Gwneud &amp;copi wrth gefn o&apos;r hanes…</translation>
    </message>
    <message>
        <source>&amp;Restore the history from a backup…</source>
        <translation>&amp;Adfer yr hanes o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Sharewise</source>
        <translation>&amp;Ynghylch Sharewise</translation>
    </message>
    <message>
        <source>Sharing data is not available in this version of Sharewise yet.</source>
        <translation>Nid yw rhannu data ar gael yn y fersiwn hon o Sharewise eto.</translation>
    </message>
    <message>
        <source>Reviewing shares is not available in this version of Sharewise yet.</source>
        <translation>Nid yw adolygu rhanniadau ar gael yn y fersiwn hon o Sharewise eto.</translation>
    </message>
    <message>
        <source>The agreements register is not available in this version of Sharewise yet.</source>
        <translation>Nid yw&apos;r gofrestr cytundebau ar gael yn y fersiwn hon o Sharewise eto.</translation>
    </message>
    <message numerus="yes">
        <source>The history will be replaced by the backup %1 (%n audit entries, checked). Your current history is not deleted: it is kept in the same folder under a new name ending in &quot;before-restore&quot;.</source>
        <translation>
            <numerusform>Bydd y copi wrth gefn %1 (%n cofnod archwilio, wedi&apos;u gwirio) yn cymryd lle&apos;r hanes. Ni fydd eich hanes presennol yn cael ei ddileu: caiff ei gadw yn yr un ffolder dan enw newydd sy&apos;n gorffen â &quot;before-restore&quot;.</numerusform>
            <numerusform>Bydd y copi wrth gefn %1 (%n cofnod archwilio, wedi&apos;i wirio) yn cymryd lle&apos;r hanes. Ni fydd eich hanes presennol yn cael ei ddileu: caiff ei gadw yn yr un ffolder dan enw newydd sy&apos;n gorffen â &quot;before-restore&quot;.</numerusform>
            <numerusform>Bydd y copi wrth gefn %1 (%n o gofnodion archwilio, wedi&apos;u gwirio) yn cymryd lle&apos;r hanes. Ni fydd eich hanes presennol yn cael ei ddileu: caiff ei gadw yn yr un ffolder dan enw newydd sy&apos;n gorffen â &quot;before-restore&quot;.</numerusform>
            <numerusform>Bydd y copi wrth gefn %1 (%n chofnod archwilio, wedi&apos;u gwirio) yn cymryd lle&apos;r hanes. Ni fydd eich hanes presennol yn cael ei ddileu: caiff ei gadw yn yr un ffolder dan enw newydd sy&apos;n gorffen â &quot;before-restore&quot;.</numerusform>
            <numerusform>Bydd y copi wrth gefn %1 (%n cofnod archwilio, wedi&apos;u gwirio) yn cymryd lle&apos;r hanes. Ni fydd eich hanes presennol yn cael ei ddileu: caiff ei gadw yn yr un ffolder dan enw newydd sy&apos;n gorffen â &quot;before-restore&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening a received bundle is not available in this version of Sharewise yet.</source>
        <translation>Nid yw agor bwndel a dderbyniwyd ar gael yn y fersiwn hon o Sharewise eto.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::SettingsDialog</name>
    <message>
        <source>Where should the history be kept?</source>
        <translation>Ble dylid cadw&apos;r hanes?</translation>
    </message>
    <message>
        <source>Sharewise history (*.sqlite);;All files (*)</source>
        <translation>Hanes Sharewise (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Enter where the history should be kept, or choose &quot;Use the default place&quot;</source>
        <translation>Rhowch ble dylid cadw&apos;r hanes, neu dewiswch &quot;Defnyddio&apos;r lle diofyn&quot;</translation>
    </message>
    <message>
        <source>Enter the full path of the history file, starting from the drive or top folder</source>
        <translation>Rhowch lwybr llawn y ffeil hanes, gan ddechrau o&apos;r gyriant neu&apos;r ffolder uchaf</translation>
    </message>
    <message>
        <source>The history location is a folder: add a file name, such as history.sqlite</source>
        <translation>Ffolder yw lleoliad yr hanes: ychwanegwch enw ffeil, fel history.sqlite</translation>
    </message>
    <message>
        <source>The history cannot be kept on a network drive, where it could be damaged: choose a folder on this computer</source>
        <translation>Ni ellir cadw&apos;r hanes ar yriant rhwydwaith, lle gallai gael ei ddifrodi: dewiswch ffolder ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Your organisation and language</source>
        <translation>Eich sefydliad a&apos;ch iaith</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Enw&apos;r sefydliad:</translation>
    </message>
    <message>
        <source>For example, Anytown Borough Council</source>
        <translation>Er enghraifft, Cyngor Bwrdeistref Unrhywdref</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>&amp;Where the history is kept:</source>
        <translation>&amp;Ble mae&apos;r hanes yn cael ei gadw:</translation>
    </message>
    <message>
        <source>Where the history is kept</source>
        <translation>Ble mae&apos;r hanes yn cael ei gadw</translation>
    </message>
    <message>
        <source>The history records every agreement, share, approval and bundle. Keep it on this computer, not on a network drive, and back it up regularly.</source>
        <translation>Mae&apos;r hanes yn cofnodi pob cytundeb, rhanniad, cymeradwyaeth a bwndel. Cadwch ef ar y cyfrifiadur hwn, nid ar yriant rhwydwaith, a gwnewch gopi wrth gefn ohono&apos;n rheolaidd.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Use the &amp;default place</source>
        <translation>Defnyddio&apos;r lle di&amp;ofyn</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud copi wrth gefn &amp;nawr…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
