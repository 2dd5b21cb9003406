<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AgreementKeys</name>
    <message>
        <source>Could not read or change the agreement keys in the history (%1).</source>
        <translation>Nid oedd modd darllen na newid allweddi&apos;r cytundebau yn yr hanes (%1).</translation>
    </message>
    <message>
        <source>Name the agreement by its reference.</source>
        <translation>Nodwch y cytundeb drwy ei gyfeirnod.</translation>
    </message>
    <message>
        <source>An agreement reference is one line of at most %1 characters.</source>
        <translation>Un llinell o ddim mwy na %1 o nodau yw cyfeirnod cytundeb.</translation>
    </message>
    <message>
        <source>Agreement %1 has no pseudonymisation key yet. Create it first.</source>
        <translation>Nid oes gan gytundeb %1 allwedd ffugenwi eto. Crëwch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>The key stored for agreement %1 is not the agreement&apos;s key: the history was altered. Ask your administrator to check it, and do not use the key.</source>
        <translation>Nid yr allwedd a gadwyd ar gyfer cytundeb %1 yw allwedd y cytundeb: cafodd yr hanes ei newid. Gofynnwch i&apos;ch gweinyddwr ei wirio, a pheidiwch â defnyddio&apos;r allwedd.</translation>
    </message>
    <message>
        <source>The recovery passphrase is not right for this key, or the recovery copy was altered. Check the passphrase (capital letters count) and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd adfer yn gywir ar gyfer yr allwedd hon, neu cafodd y copi adfer ei newid. Gwiriwch y cyfrinymadrodd (mae priflythrennau&apos;n cyfrif) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This is not a recovery copy of an agreement key, or it is damaged. Use another copy of it.</source>
        <translation>Nid yw hwn yn gopi adfer o allwedd cytundeb, neu mae wedi&apos;i ddifrodi. Defnyddiwch gopi arall ohono.</translation>
    </message>
    <message>
        <source>There was not enough memory to check the passphrase. Close other programs and try again.</source>
        <translation>Nid oedd digon o gof i wirio&apos;r cyfrinymadrodd. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no key to protect.</source>
        <translation>Nid oes allwedd i&apos;w diogelu.</translation>
    </message>
    <message>
        <source>Choose a recovery passphrase to protect the key.</source>
        <translation>Dewiswch gyfrinymadrodd adfer i ddiogelu&apos;r allwedd.</translation>
    </message>
    <message>
        <source>The protection settings asked for are outside the range Sharewise allows. This is a fault in Sharewise: please report it.</source>
        <translation>Mae&apos;r gosodiadau diogelu y gofynnwyd amdanynt y tu allan i&apos;r ystod y mae Sharewise yn ei chaniatáu. Nam yn Sharewise yw hwn: rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>This recovery copy was made by a newer version of Sharewise. Install the newest Sharewise to use it.</source>
        <translation>Cafodd y copi adfer hwn ei wneud gan fersiwn fwy diweddar o Sharewise. Gosodwch y fersiwn ddiweddaraf o Sharewise i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>The recovery copy&apos;s protection settings are outside the range Sharewise allows, so it was not opened. It is damaged or was not made by Sharewise.</source>
        <translation>Mae gosodiadau diogelu&apos;r copi adfer y tu allan i&apos;r ystod y mae Sharewise yn ei chaniatáu, felly ni chafodd ei agor. Mae wedi&apos;i ddifrodi, neu ni chafodd ei wneud gan Sharewise.</translation>
    </message>
    <message>
        <source>Type the recovery passphrase.</source>
        <translation>Teipiwch y cyfrinymadrodd adfer.</translation>
    </message>
    <message>
        <source>The key card stored for %1 no longer checks: the history was altered. Ask your administrator to look at it.</source>
        <translation>Nid oes modd dilysu&apos;r cerdyn allwedd a gadwyd ar gyfer %1 mwyach: cafodd yr hanes ei newid. Gofynnwch i&apos;ch gweinyddwr edrych arno.</translation>
    </message>
    <message>
        <source>Agreement %1 already has a pseudonymisation key (key %2). A second key would break the link between its shares; grant the existing key instead.</source>
        <translation>Mae gan gytundeb %1 allwedd ffugenwi eisoes (allwedd %2). Byddai ail allwedd yn torri&apos;r cysylltiad rhwng ei ranniadau; rhowch yr allwedd sy&apos;n bodoli eisoes yn lle hynny.</translation>
    </message>
    <message>
        <source>This key card does not check: do not use it.</source>
        <translation>Nid oedd modd dilysu&apos;r cerdyn allwedd hwn: peidiwch â&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <source>To pass on the key of agreement %1 you must hold it yourself, or give its recovery passphrase.</source>
        <translation>I roi allwedd cytundeb %1 i rywun arall, rhaid i chi ei dal eich hun, neu roi ei chyfrinymadrodd adfer.</translation>
    </message>
    <message>
        <source>You have not been given the key of agreement %1 (or it was taken back). Ask someone who holds it to grant it to you (fingerprint %2).</source>
        <translation>Nid ydych wedi cael allwedd cytundeb %1 (neu cafodd ei thynnu&apos;n ôl). Gofynnwch i rywun sy&apos;n ei dal ei rhoi i chi (ôl bys %2).</translation>
    </message>
    <message>
        <source>Say why the key is taken back.</source>
        <translation>Nodwch pam mae&apos;r allwedd yn cael ei thynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>No one with the fingerprint %1 holds the key of agreement %2.</source>
        <translation>Nid oes neb â&apos;r ôl bys %1 yn dal allwedd cytundeb %2.</translation>
    </message>
    <message>
        <source>Name the person who is leaving by their key&apos;s fingerprint.</source>
        <translation>Nodwch y person sy&apos;n gadael drwy ôl bys eu hallwedd.</translation>
    </message>
    <message>
        <source>The person leaving and their successor are the same key.</source>
        <translation>Yr un allwedd sydd gan y person sy&apos;n gadael a&apos;r olynydd.</translation>
    </message>
    <message>
        <source>The person with the fingerprint %1 holds no agreement keys: there is nothing to hand over.</source>
        <translation>Nid yw&apos;r person â&apos;r ôl bys %1 yn dal unrhyw allweddi cytundeb: nid oes dim i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>Nothing was handed over: the key of agreement %1 could not be unlocked. %2</source>
        <translation>Ni chafodd dim ei drosglwyddo: nid oedd modd datgloi allwedd cytundeb %1. %2</translation>
    </message>
    <message>
        <source>Handed over to %1 (%2).</source>
        <translation>Trosglwyddwyd i %1 (%2).</translation>
    </message>
    <message>
        <source>This recovery copy holds a different key from the one recorded for agreement %1 (key %2). Nothing was changed.</source>
        <translation>Mae&apos;r copi adfer hwn yn cynnwys allwedd wahanol i&apos;r un a gofnodwyd ar gyfer cytundeb %1 (allwedd %2). Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>AgreementPdf</name>
    <message>
        <source>Not stated.</source>
        <translation>Heb ei nodi.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>(proposed, not yet confirmed)</source>
        <translation>(arfaethedig, heb ei gadarnhau eto)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Gyda: %1</translation>
    </message>
    <message>
        <source>Why it applies:</source>
        <translation>Pam mae&apos;n berthnasol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Data-sharing agreement</source>
        <translation>Cytundeb rhannu data</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Stwnsh (hash) y cynnwys</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Made from template</source>
        <translation>Wedi&apos;i wneud o dempled</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partïon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Expected benefits</source>
        <translation>Manteision disgwyliedig</translation>
    </message>
    <message>
        <source>What the data will not be used for</source>
        <translation>At beth na fydd y data&apos;n cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Sail gyfreithiol</translation>
    </message>
    <message>
        <source>Lawful basis (UK GDPR Article 6)</source>
        <translation>Sail gyfreithlon (Erthygl 6 GDPR y DU)</translation>
    </message>
    <message>
        <source>Special category conditions (Article 9)</source>
        <translation>Amodau data categori arbennig (Erthygl 9)</translation>
    </message>
    <message>
        <source>Criminal offence conditions (Article 10)</source>
        <translation>Amodau data troseddau (Erthygl 10)</translation>
    </message>
    <message>
        <source>Statutory powers relied on</source>
        <translation>Pwerau statudol y dibynnir arnynt</translation>
    </message>
    <message>
        <source>Data items allowed</source>
        <translation>Eitemau data a ganiateir</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>Eitem ddata</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Least redaction it must get</source>
        <translation>Y golygu lleiaf sydd ei angen arni</translation>
    </message>
    <message>
        <source>How the data is handled</source>
        <translation>Sut mae&apos;r data&apos;n cael ei drin</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Retention and deletion</source>
        <translation>Cadw a dileu</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Transfer method</source>
        <translation>Dull trosglwyddo</translation>
    </message>
    <message>
        <source>Individuals&apos; rights and complaints</source>
        <translation>Hawliau unigolion a chwynion</translation>
    </message>
    <message>
        <source>IG review before each share</source>
        <translation>Adolygiad llywodraethu gwybodaeth cyn pob rhanniad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oes</translation>
    </message>
    <message>
        <source>No, shares may be sealed at once</source>
        <translation>Nac oes, gellir selio rhanniadau ar unwaith</translation>
    </message>
    <message>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Asesiad o&apos;r effaith ar ddiogelu data (AEDD)</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>Cyfeirnod yr AEDD</translation>
    </message>
    <message>
        <source>Screening triggers</source>
        <translation>Sbardunau sgrinio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>What the recipient will return</source>
        <translation>Beth fydd y derbynnydd yn ei anfon yn ôl</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Allbwn</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>Data under this agreement may be sent only to these recipients&apos; keys.</source>
        <translation>Dim ond i allweddi&apos;r derbynwyr hyn y gellir anfon data o dan y cytundeb hwn.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ôl bys yr allwedd</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Signed for the parties by the people below, agreeing to share and handle the data as this agreement sets out.</source>
        <translation>Wedi&apos;i lofnodi ar ran y partïon gan y bobl isod, sy&apos;n cytuno i rannu a thrin y data fel y mae&apos;r cytundeb hwn yn ei nodi.</translation>
    </message>
    <message>
        <source>The PDF cannot be made: the printing part of Sharewise did not start. Try again from the Sharewise window.</source>
        <translation>Ni ellir gwneud y PDF: ni ddechreuodd y rhan o Sharewise sy&apos;n argraffu. Rhowch gynnig arall arni o ffenestr Sharewise.</translation>
    </message>
    <message>
        <source>The PDF cannot be written (%1). Choose another folder.</source>
        <translation>Ni ellir ysgrifennu&apos;r PDF (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out. Check that fonts are installed and try again.</source>
        <translation>Nid oedd modd gosod y PDF. Gwiriwch fod ffontiau wedi&apos;u gosod a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The PDF could not be written (%1). Check there is space and try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF (%1). Gwiriwch fod lle ar gael a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date an output is due back</comment>
        <translation>Erbyn</translation>
    </message>
</context>
<context>
    <name>AgreementRegister</name>
    <message>
        <source>Could not read or change the agreements register (%1).</source>
        <translation>Nid oedd modd darllen na newid cofrestr y cytundebau (%1).</translation>
    </message>
    <message>
        <source>There is no agreement &quot;%1&quot; in the register. Check the reference (sharewise-cli agreements list shows them).</source>
        <translation>Nid oes cytundeb &quot;%1&quot; yn y gofrestr. Gwiriwch y cyfeirnod (mae sharewise-cli agreements list yn eu dangos).</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; has no version %2: it has versions 1 to %3.</source>
        <translation>Nid oes gan gytundeb &quot;%1&quot; fersiwn %2: mae ganddo fersiynau 1 i %3.</translation>
    </message>
    <message>
        <source>agreement %1, version %2</source>
        <translation>cytundeb %1, fersiwn %2</translation>
    </message>
    <message>
        <source>The stored content of this version no longer matches its hash: the register was altered outside Sharewise. Ask your administrator to check the history (sharewise-cli audit verify).</source>
        <translation>Nid yw cynnwys cadw&apos;r fersiwn hon yn cyfateb i&apos;w stwnsh mwyach: newidiwyd y gofrestr y tu allan i Sharewise. Gofynnwch i&apos;ch gweinyddwr wirio&apos;r hanes (sharewise-cli audit verify).</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>cytundeb %1</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; has ended, and ending is final: make a new agreement instead.</source>
        <translation>Mae cytundeb &quot;%1&quot; wedi&apos;i derfynu, ac mae terfynu&apos;n derfynol: gwnewch gytundeb newydd yn lle hynny.</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; cannot go back to draft: suspend it to stop sharing while it is changed.</source>
        <translation>Ni all cytundeb &quot;%1&quot; fynd yn ôl i fod yn ddrafft: ataliwch ef i roi&apos;r gorau i rannu tra bydd yn cael ei newid.</translation>
    </message>
    <message>
        <source>Only an active agreement can be suspended; &quot;%1&quot; is not active.</source>
        <translation>Dim ond cytundeb gweithredol y gellir ei atal; nid yw &quot;%1&quot; yn weithredol.</translation>
    </message>
    <message>
        <source>The register already has an agreement &quot;%1&quot;: choose another reference, or edit that agreement.</source>
        <translation>Mae gan y gofrestr gytundeb &quot;%1&quot; yn barod: dewiswch gyfeirnod arall, neu newidiwch y cytundeb hwnnw.</translation>
    </message>
    <message>
        <source>Someone saved version %1 of agreement &quot;%2&quot; while you were editing version %3: open it again and make your change to the latest version.</source>
        <translation>Cadwodd rhywun fersiwn %1 o gytundeb &quot;%2&quot; tra oeddech chi&apos;n newid fersiwn %3: agorwch ef eto a gwnewch eich newid i&apos;r fersiwn ddiweddaraf.</translation>
    </message>
    <message>
        <source>Nothing has changed in agreement &quot;%1&quot;: there is no new version to record.</source>
        <translation>Does dim byd wedi newid yng nghytundeb &quot;%1&quot;: nid oes fersiwn newydd i&apos;w chofnodi.</translation>
    </message>
    <message>
        <source>Agreement &quot;%1&quot; is already %2.</source>
        <translation>Statws cytundeb &quot;%1&quot; eisoes yw &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say why agreement &quot;%1&quot; is being suspended or ended: the reason is kept with the version.</source>
        <translation>Dywedwch pam mae cytundeb &quot;%1&quot; yn cael ei atal neu ei derfynu: mae&apos;r rheswm yn cael ei gadw gyda&apos;r fersiwn.</translation>
    </message>
    <message>
        <source>This is not a Sharewise agreement: it must be a JSON object.</source>
        <translation>Nid cytundeb Sharewise yw hwn: rhaid iddo fod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>rhaid iddo fod yn 64 o ddigidau hecsadegol llythrennau bach</translation>
    </message>
    <message>
        <source>The agreement&apos;s content does not match the content hash it was exported with: it was changed after export. Import the original, or remove the &quot;register&quot; block to import the changed content as a new version.</source>
        <translation>Nid yw cynnwys y cytundeb yn cyfateb i&apos;r stwnsh cynnwys a allforiwyd gydag ef: cafodd ei newid ar ôl ei allforio. Mewnforiwch y gwreiddiol, neu tynnwch y bloc &quot;register&quot; i fewnforio&apos;r cynnwys a newidiwyd fel fersiwn newydd.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Wedi&apos;i fewnforio o %1</translation>
    </message>
</context>
<context>
    <name>AgreementSummary</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the items of a list: &quot;%1&quot; is &quot;A, B&quot;, &quot;%2&quot; is &quot;C&quot;.</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>The data is shared once.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu unwaith.</translation>
    </message>
    <message>
        <source>The data is shared every week.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu bob wythnos.</translation>
    </message>
    <message>
        <source>The data is shared every month.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu bob mis.</translation>
    </message>
    <message>
        <source>The data is shared every quarter.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu bob chwarter.</translation>
    </message>
    <message>
        <source>The data is shared once a year.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu unwaith y flwyddyn.</translation>
    </message>
    <message>
        <source>The data is shared when the recipient asks for it.</source>
        <translation>Mae&apos;r data&apos;n cael ei rannu pan fydd y derbynnydd yn gofyn amdano.</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <extracomment>A legal condition and the Schedule 1 paragraph that goes with it.</extracomment>
        <translation>%1, gyda %2</translation>
    </message>
    <message>
        <source>A recipient not yet recorded</source>
        <translation>Derbynnydd heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>%1 will receive data items not yet recorded.</source>
        <translation>Bydd %1 yn cael eitemau data sydd heb eu cofnodi eto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will receive %n data item(s): %2.</source>
        <translation>
            <numerusform>Bydd %1 yn cael %n eitem ddata: %2.</numerusform>
            <numerusform>Bydd %1 yn cael %n eitem ddata: %2.</numerusform>
            <numerusform>Bydd %1 yn cael %n o eitemau data: %2.</numerusform>
            <numerusform>Bydd %1 yn cael %n eitem ddata: %2.</numerusform>
            <numerusform>Bydd %1 yn cael %n eitem ddata: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the lawful basis is not yet recorded</source>
        <translation>nid yw&apos;r sail gyfreithlon wedi&apos;i chofnodi eto</translation>
    </message>
    <message>
        <source>the lawful basis is %1</source>
        <translation>y sail gyfreithlon yw %1</translation>
    </message>
    <message>
        <source>for special category data, %1</source>
        <translation>ar gyfer data categori arbennig, %1</translation>
    </message>
    <message>
        <source>for criminal offence data, %1</source>
        <translation>ar gyfer data troseddau, %1</translation>
    </message>
    <message>
        <source>the power relied on is %1</source>
        <translation>y pŵer y dibynnir arno yw %1</translation>
    </message>
    <message>
        <source>Under the law, %1.</source>
        <extracomment>%1 is a list of clauses such as &quot;the lawful basis is ...; the power relied on is ...&quot;.</extracomment>
        <translation>O dan y gyfraith, %1.</translation>
    </message>
    <message>
        <source>Some of this is still a proposal the information governance lead has not confirmed.</source>
        <translation>Mae rhywfaint o hyn yn dal yn gynnig nad yw&apos;r arweinydd llywodraethu gwybodaeth wedi&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>an output without a title</source>
        <translation>allbwn heb deitl</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (erbyn %2)</translation>
    </message>
    <message>
        <source>%1 (no due date yet)</source>
        <translation>%1 (dim dyddiad erbyn eto)</translation>
    </message>
    <message>
        <source>Nothing to be returned to the council is recorded yet.</source>
        <translation>Nid oes dim i&apos;w anfon yn ôl i&apos;r cyngor wedi&apos;i gofnodi eto.</translation>
    </message>
    <message numerus="yes">
        <source>In return the recipient will send back %n output(s): %1.</source>
        <translation>
            <numerusform>Yn gyfnewid, bydd y derbynnydd yn anfon %n allbwn yn ôl: %1.</numerusform>
            <numerusform>Yn gyfnewid, bydd y derbynnydd yn anfon %n allbwn yn ôl: %1.</numerusform>
            <numerusform>Yn gyfnewid, bydd y derbynnydd yn anfon %n o allbynnau yn ôl: %1.</numerusform>
            <numerusform>Yn gyfnewid, bydd y derbynnydd yn anfon %n allbwn yn ôl: %1.</numerusform>
            <numerusform>Yn gyfnewid, bydd y derbynnydd yn anfon %n allbwn yn ôl: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purpose is not yet recorded.</source>
        <translation>Nid yw&apos;r diben wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Pam: %1.</translation>
    </message>
    <message>
        <source>The agreement runs from %1 to %2.</source>
        <translation>Mae&apos;r cytundeb yn rhedeg o %1 i %2.</translation>
    </message>
    <message>
        <source>The agreement runs from %1 with no end date.</source>
        <translation>Mae&apos;r cytundeb yn rhedeg o %1 heb ddyddiad gorffen.</translation>
    </message>
    <message>
        <source>How long the recipient keeps the data is not yet recorded.</source>
        <translation>Nid yw&apos;r cyfnod y bydd y derbynnydd yn cadw&apos;r data wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>How long it is kept: %1.</source>
        <translation>Am ba hyd y caiff ei gadw: %1.</translation>
    </message>
    <message>
        <source>What the data will not be used for is not yet recorded.</source>
        <translation>Nid yw&apos;r hyn na fydd y data&apos;n cael ei ddefnyddio ar ei gyfer wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>It will not be used for: %1.</source>
        <translation>Ni fydd yn cael ei ddefnyddio ar gyfer: %1.</translation>
    </message>
</context>
<context>
    <name>AgreementTemplates</name>
    <message>
        <source>The quarterly case-level homelessness return (H-CLIC) the council sends to the housing department.</source>
        <translation>Y ffurflen ddigartrefedd chwarterol ar lefel achosion (H-CLIC) y mae&apos;r cyngor yn ei hanfon i&apos;r adran dai.</translation>
    </message>
    <message>
        <source>Identifying details of supported families sent for matching in the Supporting Families national impact study.</source>
        <translation>Manylion adnabod teuluoedd a gefnogir a anfonir i&apos;w paru yn astudiaeth effaith genedlaethol Supporting Families.</translation>
    </message>
    <message>
        <source>The annual children looked after return (SSDA903) to the Department for Education.</source>
        <translation>Y ffurflen flynyddol ar blant sy&apos;n derbyn gofal (SSDA903) i&apos;r Adran Addysg.</translation>
    </message>
    <message>
        <source>Payroll, housing, council tax and blue badge extracts for the National Fraud Initiative&apos;s data matching.</source>
        <translation>Darnau o ddata cyflogres, tai, y dreth gyngor a bathodynnau glas ar gyfer paru data&apos;r Fenter Twyll Genedlaethol.</translation>
    </message>
    <message>
        <source>There is no agreement template called &quot;%1&quot;: choose one of the templates offered.</source>
        <translation>Nid oes templed cytundeb o&apos;r enw &quot;%1&quot;: dewiswch un o&apos;r templedi a gynigir.</translation>
    </message>
    <message>
        <source>Children looked after return (SSDA903)</source>
        <comment>children_looked_after.title</comment>
        <translation>Ffurflen plant sy&apos;n derbyn gofal (SSDA903)</translation>
    </message>
    <message>
        <source>To send the Department for Education the annual return on children looked after by the council in England, which the council must provide under section 83 of the Children Act 1989, for national statistics and for planning and funding children&apos;s services.</source>
        <comment>children_looked_after.purpose</comment>
        <translation>Anfon i&apos;r Adran Addysg y ffurflen flynyddol ar blant sy&apos;n derbyn gofal gan y cyngor yn Lloegr, y mae&apos;n rhaid i&apos;r cyngor ei darparu o dan adran 83 o Ddeddf Plant 1989, ar gyfer ystadegau cenedlaethol ac ar gyfer cynllunio ac ariannu gwasanaethau plant.</translation>
    </message>
    <message>
        <source>National statistics on children in care and care leavers; comparisons with other councils; evidence used for funding and policy on children&apos;s social care.</source>
        <comment>children_looked_after.benefits</comment>
        <translation>Ystadegau cenedlaethol ar blant mewn gofal a phobl sy&apos;n gadael gofal; cymariaethau â chynghorau eraill; tystiolaeth a ddefnyddir ar gyfer cyllid a pholisi ar ofal cymdeithasol plant.</translation>
    </message>
    <message>
        <source>Decisions about any child, enforcement, immigration control, or any purpose other than statistics, research and policy on children&apos;s services.</source>
        <comment>children_looked_after.not_used_for</comment>
        <translation>Penderfyniadau am unrhyw blentyn, gorfodi, rheoli mewnfudo, nac unrhyw ddiben heblaw ystadegau, ymchwil a pholisi ar wasanaethau plant.</translation>
    </message>
    <message>
        <source>The department keeps the return for national statistics and research under its own retention policy and the National Pupil Database rules; the council keeps children&apos;s records under its statutory retention periods.</source>
        <comment>children_looked_after.retention</comment>
        <translation>Mae&apos;r adran yn cadw&apos;r ffurflen ar gyfer ystadegau cenedlaethol ac ymchwil o dan ei pholisi cadw ei hun a rheolau&apos;r Gronfa Ddata Genedlaethol am Ddisgyblion; mae&apos;r cyngor yn cadw cofnodion plant am ei gyfnodau cadw statudol.</translation>
    </message>
    <message>
        <source>Encrypted and signed before it leaves the council; the recipient keeps it on secure systems in the UK, open only to named staff who need it, and reports any breach to the council within 24 hours.</source>
        <comment>children_looked_after.security</comment>
        <translation>Wedi&apos;i amgryptio a&apos;i lofnodi cyn iddo adael y cyngor; mae&apos;r derbynnydd yn ei gadw ar systemau diogel yn y DU, ar agor i staff a enwir sydd ei angen yn unig, ac yn rhoi gwybod i&apos;r cyngor am unrhyw dor-diogelwch o fewn 24 awr.</translation>
    </message>
    <message>
        <source>The sealed bundle is opened by the council&apos;s data team and the return is loaded into the department&apos;s COLLECT system.</source>
        <comment>children_looked_after.transfer_method</comment>
        <translation>Tîm data&apos;r cyngor sy&apos;n agor y bwndel wedi&apos;i selio, ac mae&apos;r ffurflen yn cael ei llwytho i system COLLECT yr adran.</translation>
    </message>
    <message>
        <source>People ask the council&apos;s data protection officer about their data; the council passes on within 5 working days any request about the recipient&apos;s copy. Objections and complaints go first to the council, and anyone may complain to the Information Commissioner&apos;s Office. Children and carers are told about the return in the council&apos;s privacy notice for children&apos;s services.</source>
        <comment>children_looked_after.rights</comment>
        <translation>Mae pobl yn holi swyddog diogelu data&apos;r cyngor am eu data; mae&apos;r cyngor yn trosglwyddo o fewn 5 diwrnod gwaith unrhyw gais am gopi&apos;r derbynnydd. Mae gwrthwynebiadau a chwynion yn mynd at y cyngor yn gyntaf, a gall unrhyw un gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth. Mae plant a gofalwyr yn cael gwybod am y ffurflen yn hysbysiad preifatrwydd y cyngor ar gyfer gwasanaethau plant.</translation>
    </message>
    <message>
        <source>Section 83 of the Children Act 1989 requires the council to send this information: legal obligation.</source>
        <comment>children_looked_after.lawful_basis.reason</comment>
        <translation>Mae adran 83 o Ddeddf Plant 1989 yn ei gwneud yn ofynnol i&apos;r cyngor anfon yr wybodaeth hon: rhwymedigaeth gyfreithiol.</translation>
    </message>
    <message>
        <source>Ethnicity and health details are collected for the department&apos;s statutory functions.</source>
        <comment>children_looked_after.special_category_conditions[0].reason</comment>
        <translation>Mae manylion ethnigrwydd ac iechyd yn cael eu casglu ar gyfer swyddogaethau statudol yr adran.</translation>
    </message>
    <message>
        <source>The return records convictions of children during the year; paragraph 6 applies through paragraph 36.</source>
        <comment>children_looked_after.criminal_offence_conditions[0].reason</comment>
        <translation>Mae&apos;r ffurflen yn cofnodi euogfarnau plant yn ystod y flwyddyn; mae paragraff 6 yn berthnasol drwy baragraff 36.</translation>
    </message>
    <message>
        <source>The duty to send the Secretary of State information about children looked after.</source>
        <comment>children_looked_after.statutory_powers[0].reason</comment>
        <translation>Y ddyletswydd i anfon gwybodaeth i&apos;r Ysgrifennydd Gwladol am blant sy&apos;n derbyn gofal.</translation>
    </message>
    <message>
        <source>The council&apos;s duties to the children the return describes.</source>
        <comment>children_looked_after.statutory_powers[1].reason</comment>
        <translation>Dyletswyddau&apos;r cyngor i&apos;r plant y mae&apos;r ffurflen yn eu disgrifio.</translation>
    </message>
    <message>
        <source>The council&apos;s own identifier for the child, kept the same every year.</source>
        <comment>children_looked_after.data_items[0].description</comment>
        <translation>Dynodydd y cyngor ei hun ar gyfer y plentyn, sy&apos;n aros yr un fath bob blwyddyn.</translation>
    </message>
    <message>
        <source>Lets the department link with the National Pupil Database for education outcomes.</source>
        <comment>children_looked_after.data_items[1].description</comment>
        <translation>Yn gadael i&apos;r adran gysylltu â&apos;r Gronfa Ddata Genedlaethol am Ddisgyblion ar gyfer canlyniadau addysg.</translation>
    </message>
    <message>
        <source>Not part of the return.</source>
        <comment>children_looked_after.data_items[2].description</comment>
        <translation>Nid yw&apos;n rhan o&apos;r ffurflen.</translation>
    </message>
    <message>
        <source>Not part of the return.</source>
        <comment>children_looked_after.data_items[3].description</comment>
        <translation>Nid yw&apos;n rhan o&apos;r ffurflen.</translation>
    </message>
    <message>
        <source>Month and year are enough for ages.</source>
        <comment>children_looked_after.data_items[5].description</comment>
        <translation>Mae&apos;r mis a&apos;r flwyddyn yn ddigon ar gyfer oedrannau.</translation>
    </message>
    <message>
        <source>Special category data.</source>
        <comment>children_looked_after.data_items[6].description</comment>
        <translation>Data categori arbennig.</translation>
    </message>
    <message>
        <source>The child&apos;s home before care; the sector is enough.</source>
        <comment>children_looked_after.data_items[14].description</comment>
        <translation>Cartref y plentyn cyn gofal; mae&apos;r sector yn ddigon.</translation>
    </message>
    <message>
        <source>Where the child lives; the sector is enough and protects placements.</source>
        <comment>children_looked_after.data_items[15].description</comment>
        <translation>Lle mae&apos;r plentyn yn byw; mae&apos;r sector yn ddigon ac yn diogelu lleoliadau.</translation>
    </message>
    <message>
        <source>Health data.</source>
        <comment>children_looked_after.data_items[18].description</comment>
        <translation>Data iechyd.</translation>
    </message>
    <message>
        <source>Health data.</source>
        <comment>children_looked_after.data_items[19].description</comment>
        <translation>Data iechyd.</translation>
    </message>
    <message>
        <source>Criminal offence data.</source>
        <comment>children_looked_after.data_items[20].description</comment>
        <translation>Data troseddau.</translation>
    </message>
    <message>
        <source>Proposed from the template: sensitive data about children in care, including placement areas, sent every year and linked with education records.</source>
        <comment>children_looked_after.dpia.note</comment>
        <translation>Wedi&apos;i gynnig o&apos;r templed: data sensitif am blant mewn gofal, gan gynnwys ardaloedd lleoliadau, yn cael ei anfon bob blwyddyn a&apos;i gysylltu â chofnodion addysg.</translation>
    </message>
    <message>
        <source>Children looked after in England statistics</source>
        <comment>children_looked_after.outputs[0].title</comment>
        <translation>Ystadegau plant sy&apos;n derbyn gofal yn Lloegr</translation>
    </message>
    <message>
        <source>The annual national release with tables for each council.</source>
        <comment>children_looked_after.outputs[0].description</comment>
        <translation>Y cyhoeddiad cenedlaethol blynyddol gyda thablau ar gyfer pob cyngor.</translation>
    </message>
    <message>
        <source>Local authority comparisons</source>
        <comment>children_looked_after.outputs[1].title</comment>
        <translation>Cymariaethau rhwng awdurdodau lleol</translation>
    </message>
    <message>
        <source>The department&apos;s benchmarking figures for the council.</source>
        <comment>children_looked_after.outputs[1].description</comment>
        <translation>Ffigurau meincnodi&apos;r adran ar gyfer y cyngor.</translation>
    </message>
    <message>
        <source>Homelessness case-level return (H-CLIC) to the housing department</source>
        <comment>homelessness_hclic.title</comment>
        <translation>Ffurflen ddigartrefedd ar lefel achosion (H-CLIC) i&apos;r adran dai</translation>
    </message>
    <message>
        <source>To send the department the quarterly case-level information on homelessness applications the council handles under Part 7 of the Housing Act 1996, so that it can publish national statistics on homelessness, prevention and relief, and understand who becomes homeless and why.</source>
        <comment>homelessness_hclic.purpose</comment>
        <translation>Anfon i&apos;r adran yr wybodaeth chwarterol ar lefel achosion am y ceisiadau digartrefedd y mae&apos;r cyngor yn ymdrin â nhw o dan Ran 7 o Ddeddf Tai 1996, fel y gall gyhoeddi ystadegau cenedlaethol ar ddigartrefedd, atal a lliniaru, a deall pwy sy&apos;n mynd yn ddigartref a pham.</translation>
    </message>
    <message>
        <source>National and local statistics that show demand for homelessness services and what works in prevention; evidence for funding such as the Homelessness Prevention Grant; the council gets its own figures back to compare with similar areas.</source>
        <comment>homelessness_hclic.benefits</comment>
        <translation>Ystadegau cenedlaethol a lleol sy&apos;n dangos y galw am wasanaethau digartrefedd a&apos;r hyn sy&apos;n gweithio i&apos;w atal; tystiolaeth ar gyfer cyllid fel y Grant Atal Digartrefedd; mae&apos;r cyngor yn cael ei ffigurau ei hun yn ôl i&apos;w cymharu ag ardaloedd tebyg.</translation>
    </message>
    <message>
        <source>Decisions about any household or person, enforcement, immigration control, or any purpose other than statistics and research on homelessness.</source>
        <comment>homelessness_hclic.not_used_for</comment>
        <translation>Penderfyniadau am unrhyw aelwyd neu berson, gorfodi, rheoli mewnfudo, nac unrhyw ddiben heblaw ystadegau ac ymchwil ar ddigartrefedd.</translation>
    </message>
    <message>
        <source>The department keeps the case-level data only as long as it needs it for the statistics and their revision, reviews that every year, and deletes it securely; the council keeps its own records under its retention schedule.</source>
        <comment>homelessness_hclic.retention</comment>
        <translation>Mae&apos;r adran yn cadw&apos;r data ar lefel achosion dim ond cyhyd ag y mae ei angen ar gyfer yr ystadegau a&apos;u diwygio, yn adolygu hynny bob blwyddyn, ac yn ei ddileu&apos;n ddiogel; mae&apos;r cyngor yn cadw ei gofnodion ei hun yn unol â&apos;i amserlen gadw.</translation>
    </message>
    <message>
        <source>Encrypted and signed before it leaves the council; the recipient keeps it on secure systems in the UK, open only to named staff who need it, and reports any breach to the council within 24 hours.</source>
        <comment>homelessness_hclic.security</comment>
        <translation>Wedi&apos;i amgryptio a&apos;i lofnodi cyn iddo adael y cyngor; mae&apos;r derbynnydd yn ei gadw ar systemau diogel yn y DU, ar agor i staff a enwir sydd ei angen yn unig, ac yn rhoi gwybod i&apos;r cyngor am unrhyw dor-diogelwch o fewn 24 awr.</translation>
    </message>
    <message>
        <source>The sealed bundle is uploaded to the department&apos;s DELTA data collection portal by a named officer.</source>
        <comment>homelessness_hclic.transfer_method</comment>
        <translation>Mae swyddog a enwir yn llwytho&apos;r bwndel wedi&apos;i selio i borth casglu data DELTA yr adran.</translation>
    </message>
    <message>
        <source>People ask the council&apos;s data protection officer about their data; the council passes on within 5 working days any request about the recipient&apos;s copy. Objections and complaints go first to the council, and anyone may complain to the Information Commissioner&apos;s Office.</source>
        <comment>homelessness_hclic.rights</comment>
        <translation>Mae pobl yn holi swyddog diogelu data&apos;r cyngor am eu data; mae&apos;r cyngor yn trosglwyddo o fewn 5 diwrnod gwaith unrhyw gais am gopi&apos;r derbynnydd. Mae gwrthwynebiadau a chwynion yn mynd at y cyngor yn gyntaf, a gall unrhyw un gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth.</translation>
    </message>
    <message>
        <source>Both the council and the department act under their statutory functions on homelessness and official statistics: public task.</source>
        <comment>homelessness_hclic.lawful_basis.reason</comment>
        <translation>Mae&apos;r cyngor a&apos;r adran ill dau&apos;n gweithredu o dan eu swyddogaethau statudol ar ddigartrefedd ac ystadegau swyddogol: tasg gyhoeddus.</translation>
    </message>
    <message>
        <source>Support needs reveal health (for example mental ill health or physical disability) and ethnicity is collected; the return serves the department&apos;s statutory functions.</source>
        <comment>homelessness_hclic.special_category_conditions[0].reason</comment>
        <translation>Mae anghenion cymorth yn datgelu iechyd (er enghraifft salwch meddwl neu anabledd corfforol) ac mae ethnigrwydd yn cael ei gasglu; mae&apos;r ffurflen yn gwasanaethu swyddogaethau statudol yr adran.</translation>
    </message>
    <message>
        <source>The support needs include a history of offending; paragraph 6 applies through paragraph 36.</source>
        <comment>homelessness_hclic.criminal_offence_conditions[0].reason</comment>
        <translation>Mae&apos;r anghenion cymorth yn cynnwys hanes o droseddu; mae paragraff 6 yn berthnasol drwy baragraff 36.</translation>
    </message>
    <message>
        <source>The council&apos;s homelessness duties that produce these cases.</source>
        <comment>homelessness_hclic.statutory_powers[0].reason</comment>
        <translation>Dyletswyddau digartrefedd y cyngor sy&apos;n arwain at yr achosion hyn.</translation>
    </message>
    <message>
        <source>The prevention and relief duties the return reports on.</source>
        <comment>homelessness_hclic.statutory_powers[1].reason</comment>
        <translation>Y dyletswyddau atal a lliniaru y mae&apos;r ffurflen yn adrodd arnynt.</translation>
    </message>
    <message>
        <source>The council&apos;s reference for the application.</source>
        <comment>homelessness_hclic.data_items[0].description</comment>
        <translation>Cyfeirnod y cyngor ar gyfer y cais.</translation>
    </message>
    <message>
        <source>Identifies each member of the household within the case.</source>
        <comment>homelessness_hclic.data_items[1].description</comment>
        <translation>Yn nodi pob aelod o&apos;r aelwyd o fewn yr achos.</translation>
    </message>
    <message>
        <source>Not needed for the statistics.</source>
        <comment>homelessness_hclic.data_items[2].description</comment>
        <translation>Nid oes ei angen ar gyfer yr ystadegau.</translation>
    </message>
    <message>
        <source>Not needed for the statistics.</source>
        <comment>homelessness_hclic.data_items[3].description</comment>
        <translation>Nid oes ei angen ar gyfer yr ystadegau.</translation>
    </message>
    <message>
        <source>Month and year are enough for ages.</source>
        <comment>homelessness_hclic.data_items[4].description</comment>
        <translation>Mae&apos;r mis a&apos;r flwyddyn yn ddigon ar gyfer oedrannau.</translation>
    </message>
    <message>
        <source>Not needed: the postcode sector gives the area.</source>
        <comment>homelessness_hclic.data_items[6].description</comment>
        <translation>Nid oes ei angen: mae&apos;r sector cod post yn rhoi&apos;r ardal.</translation>
    </message>
    <message>
        <source>Of the last settled home.</source>
        <comment>homelessness_hclic.data_items[7].description</comment>
        <translation>O&apos;r cartref sefydlog diwethaf.</translation>
    </message>
    <message>
        <source>Only as a keyed pseudonym, so that cases can be followed over time.</source>
        <comment>homelessness_hclic.data_items[8].description</comment>
        <translation>Dim ond fel ffugenw wedi&apos;i greu ag allwedd, fel y gellir dilyn achosion dros amser.</translation>
    </message>
    <message>
        <source>Special category data.</source>
        <comment>homelessness_hclic.data_items[9].description</comment>
        <translation>Data categori arbennig.</translation>
    </message>
    <message>
        <source>Health, disability, offending history and other needs; special category and criminal offence data.</source>
        <comment>homelessness_hclic.data_items[10].description</comment>
        <translation>Iechyd, anabledd, hanes troseddu ac anghenion eraill; data categori arbennig a data troseddau.</translation>
    </message>
    <message>
        <source>Prevention, relief or main duty.</source>
        <comment>homelessness_hclic.data_items[14].description</comment>
        <translation>Atal, lliniaru neu&apos;r brif ddyletswydd.</translation>
    </message>
    <message>
        <source>How the duty ended.</source>
        <comment>homelessness_hclic.data_items[15].description</comment>
        <translation>Sut daeth y ddyletswydd i ben.</translation>
    </message>
    <message>
        <source>Proposed from the template: case-level data on homeless households, including health and offending support needs, is sent for national statistics.</source>
        <comment>homelessness_hclic.dpia.note</comment>
        <translation>Wedi&apos;i gynnig o&apos;r templed: mae data ar lefel achosion am aelwydydd digartref, gan gynnwys anghenion cymorth iechyd a throseddu, yn cael ei anfon ar gyfer ystadegau cenedlaethol.</translation>
    </message>
    <message>
        <source>Quarterly statutory homelessness statistics</source>
        <comment>homelessness_hclic.outputs[0].title</comment>
        <translation>Ystadegau digartrefedd statudol chwarterol</translation>
    </message>
    <message>
        <source>National tables with the council&apos;s own figures, published by the department.</source>
        <comment>homelessness_hclic.outputs[0].description</comment>
        <translation>Tablau cenedlaethol gyda ffigurau&apos;r cyngor ei hun, wedi&apos;u cyhoeddi gan yr adran.</translation>
    </message>
    <message>
        <source>Data quality feedback</source>
        <comment>homelessness_hclic.outputs[1].title</comment>
        <translation>Adborth ar ansawdd data</translation>
    </message>
    <message>
        <source>The department&apos;s validation report on each submission.</source>
        <comment>homelessness_hclic.outputs[1].description</comment>
        <translation>Adroddiad dilysu&apos;r adran ar bob cyflwyniad.</translation>
    </message>
    <message>
        <source>National Fraud Initiative extract</source>
        <comment>national_fraud_initiative.title</comment>
        <translation>Darn o ddata ar gyfer y Fenter Twyll Genedlaethol</translation>
    </message>
    <message>
        <source>To provide the Cabinet Office with the council&apos;s payroll, housing, council tax and blue badge records for the National Fraud Initiative, which matches them with other public bodies&apos; records to find possible fraud and error for the council to check.</source>
        <comment>national_fraud_initiative.purpose</comment>
        <translation>Rhoi i Swyddfa&apos;r Cabinet gofnodion cyflogres, tai, y dreth gyngor a bathodynnau glas y cyngor ar gyfer y Fenter Twyll Genedlaethol, sy&apos;n eu paru â chofnodion cyrff cyhoeddus eraill i ddod o hyd i dwyll a chamgymeriadau posibl i&apos;r cyngor eu gwirio.</translation>
    </message>
    <message>
        <source>Fraud and overpayments found and recovered, such as tenancy fraud, wrongly claimed discounts and blue badges of people who have died; the council gets the matches to investigate.</source>
        <comment>national_fraud_initiative.benefits</comment>
        <translation>Dod o hyd i dwyll a gordaliadau a&apos;u hadennill, fel twyll tenantiaeth, gostyngiadau a hawliwyd ar gam a bathodynnau glas pobl sydd wedi marw; mae&apos;r cyngor yn cael y parau i ymchwilio iddynt.</translation>
    </message>
    <message>
        <source>Any purpose other than preventing and detecting fraud and error; a match is not proof of fraud, and no decision is made without the council&apos;s own checks.</source>
        <comment>national_fraud_initiative.not_used_for</comment>
        <translation>Unrhyw ddiben heblaw atal a chanfod twyll a chamgymeriadau; nid yw pâr yn brawf o dwyll, ac ni wneir unrhyw benderfyniad heb wiriadau&apos;r cyngor ei hun.</translation>
    </message>
    <message>
        <source>The Cabinet Office keeps the data only as long as the exercise needs it under its Code of Data Matching Practice, then deletes it; the council keeps matches and investigation records under its counter-fraud retention rules.</source>
        <comment>national_fraud_initiative.retention</comment>
        <translation>Mae Swyddfa&apos;r Cabinet yn cadw&apos;r data dim ond cyhyd ag y mae ei angen ar yr ymarfer o dan ei Chod Ymarfer Paru Data, ac yna&apos;n ei ddileu; mae&apos;r cyngor yn cadw parau a chofnodion ymchwilio yn unol â&apos;i reolau cadw ar gyfer gwrth-dwyll.</translation>
    </message>
    <message>
        <source>Encrypted and signed before it leaves the council; the recipient keeps it on secure systems in the UK, open only to named staff who need it, and reports any breach to the council within 24 hours.</source>
        <comment>national_fraud_initiative.security</comment>
        <translation>Wedi&apos;i amgryptio a&apos;i lofnodi cyn iddo adael y cyngor; mae&apos;r derbynnydd yn ei gadw ar systemau diogel yn y DU, ar agor i staff a enwir sydd ei angen yn unig, ac yn rhoi gwybod i&apos;r cyngor am unrhyw dor-diogelwch o fewn 24 awr.</translation>
    </message>
    <message>
        <source>The sealed bundle is opened by the council&apos;s NFI key contact and the extract uploaded to the NFI secure web application.</source>
        <comment>national_fraud_initiative.transfer_method</comment>
        <translation>Prif gyswllt NFI y cyngor sy&apos;n agor y bwndel wedi&apos;i selio, ac mae&apos;r darn o ddata&apos;n cael ei lwytho i raglen we ddiogel yr NFI.</translation>
    </message>
    <message>
        <source>People ask the council&apos;s data protection officer about their data; the council passes on within 5 working days any request about the recipient&apos;s copy. Objections and complaints go first to the council, and anyone may complain to the Information Commissioner&apos;s Office. The council&apos;s privacy notices say that data is provided to the National Fraud Initiative.</source>
        <comment>national_fraud_initiative.rights</comment>
        <translation>Mae pobl yn holi swyddog diogelu data&apos;r cyngor am eu data; mae&apos;r cyngor yn trosglwyddo o fewn 5 diwrnod gwaith unrhyw gais am gopi&apos;r derbynnydd. Mae gwrthwynebiadau a chwynion yn mynd at y cyngor yn gyntaf, a gall unrhyw un gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth. Mae hysbysiadau preifatrwydd y cyngor yn dweud bod data&apos;n cael ei roi i&apos;r Fenter Twyll Genedlaethol.</translation>
    </message>
    <message>
        <source>The Local Audit and Accountability Act 2014 requires the council to provide data for data matching: legal obligation.</source>
        <comment>national_fraud_initiative.lawful_basis.reason</comment>
        <translation>Mae Deddf Archwilio ac Atebolrwydd Lleol 2014 yn ei gwneud yn ofynnol i&apos;r cyngor ddarparu data ar gyfer paru data: rhwymedigaeth gyfreithiol.</translation>
    </message>
    <message>
        <source>Blue badge records reveal disability; the sharing is to prevent fraud.</source>
        <comment>national_fraud_initiative.special_category_conditions[0].reason</comment>
        <translation>Mae cofnodion bathodynnau glas yn datgelu anabledd; mae&apos;r rhannu er mwyn atal twyll.</translation>
    </message>
    <message>
        <source>The Cabinet Office&apos;s data matching powers, which require the council to provide the data.</source>
        <comment>national_fraud_initiative.statutory_powers[0].reason</comment>
        <translation>Pwerau paru data Swyddfa&apos;r Cabinet, sy&apos;n ei gwneud yn ofynnol i&apos;r cyngor ddarparu&apos;r data.</translation>
    </message>
    <message>
        <source>Which extract the row comes from: payroll, housing, council tax or blue badges.</source>
        <comment>national_fraud_initiative.data_items[0].description</comment>
        <translation>O ba ddarn o ddata y daw&apos;r rhes: cyflogres, tai, y dreth gyngor neu fathodynnau glas.</translation>
    </message>
    <message>
        <source>Needed in full for matching.</source>
        <comment>national_fraud_initiative.data_items[1].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed in full for matching.</source>
        <comment>national_fraud_initiative.data_items[2].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed in full for matching.</source>
        <comment>national_fraud_initiative.data_items[3].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed in full for matching.</source>
        <comment>national_fraud_initiative.data_items[4].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed for matching.</source>
        <comment>national_fraud_initiative.data_items[5].description</comment>
        <translation>Ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed for matching.</source>
        <comment>national_fraud_initiative.data_items[6].description</comment>
        <translation>Ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Payroll only.</source>
        <comment>national_fraud_initiative.data_items[7].description</comment>
        <translation>Cyflogres yn unig.</translation>
    </message>
    <message>
        <source>Payroll only.</source>
        <comment>national_fraud_initiative.data_items[8].description</comment>
        <translation>Cyflogres yn unig.</translation>
    </message>
    <message>
        <source>Payroll only.</source>
        <comment>national_fraud_initiative.data_items[9].description</comment>
        <translation>Cyflogres yn unig.</translation>
    </message>
    <message>
        <source>Housing only.</source>
        <comment>national_fraud_initiative.data_items[10].description</comment>
        <translation>Tai yn unig.</translation>
    </message>
    <message>
        <source>Council tax only.</source>
        <comment>national_fraud_initiative.data_items[11].description</comment>
        <translation>Y dreth gyngor yn unig.</translation>
    </message>
    <message>
        <source>Blue badges only.</source>
        <comment>national_fraud_initiative.data_items[12].description</comment>
        <translation>Bathodynnau glas yn unig.</translation>
    </message>
    <message>
        <source>Why the badge was given; not needed for matching.</source>
        <comment>national_fraud_initiative.data_items[13].description</comment>
        <translation>Pam y rhoddwyd y bathodyn; nid oes ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Not needed for matching.</source>
        <comment>national_fraud_initiative.data_items[14].description</comment>
        <translation>Nid oes ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Not needed for matching.</source>
        <comment>national_fraud_initiative.data_items[15].description</comment>
        <translation>Nid oes ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Proposed from the template: several of the council&apos;s datasets are matched nationally with other public bodies&apos; records.</source>
        <comment>national_fraud_initiative.dpia.note</comment>
        <translation>Wedi&apos;i gynnig o&apos;r templed: mae nifer o setiau data&apos;r cyngor yn cael eu paru&apos;n genedlaethol â chofnodion cyrff cyhoeddus eraill.</translation>
    </message>
    <message>
        <source>Data matches for the council to investigate</source>
        <comment>national_fraud_initiative.outputs[0].title</comment>
        <translation>Parau data i&apos;r cyngor ymchwilio iddynt</translation>
    </message>
    <message>
        <source>Released through the NFI web application after each exercise.</source>
        <comment>national_fraud_initiative.outputs[0].description</comment>
        <translation>Yn cael eu rhyddhau drwy raglen we&apos;r NFI ar ôl pob ymarfer.</translation>
    </message>
    <message>
        <source>National Fraud Initiative report</source>
        <comment>national_fraud_initiative.outputs[1].title</comment>
        <translation>Adroddiad y Fenter Twyll Genedlaethol</translation>
    </message>
    <message>
        <source>The published national outcomes of the exercise.</source>
        <comment>national_fraud_initiative.outputs[1].description</comment>
        <translation>Canlyniadau cenedlaethol yr ymarfer, wedi&apos;u cyhoeddi.</translation>
    </message>
    <message>
        <source>Supporting Families national impact study</source>
        <comment>supporting_families.title</comment>
        <translation>Astudiaeth effaith genedlaethol Supporting Families</translation>
    </message>
    <message>
        <source>To send the programme&apos;s lead department identifying details of the families the council has supported, so that they can be matched with national records (benefits, employment, offending, education and children&apos;s social care) to measure what difference the programme made compared with similar families.</source>
        <comment>supporting_families.purpose</comment>
        <translation>Anfon i adran arweiniol y rhaglen fanylion adnabod y teuluoedd y mae&apos;r cyngor wedi&apos;u cefnogi, fel y gellir eu paru â chofnodion cenedlaethol (budd-daliadau, cyflogaeth, troseddu, addysg a gofal cymdeithasol plant) i fesur pa wahaniaeth a wnaeth y rhaglen o&apos;i chymharu â theuluoedd tebyg.</translation>
    </message>
    <message>
        <source>Evidence of whether family support works, which protects funding for the programme; the council receives outcome measures for its own families that it could not produce itself.</source>
        <comment>supporting_families.benefits</comment>
        <translation>Tystiolaeth o a yw cymorth i deuluoedd yn gweithio, sy&apos;n diogelu cyllid y rhaglen; mae&apos;r cyngor yn cael mesurau canlyniadau ar gyfer ei deuluoedd ei hun na allai eu cynhyrchu ei hun.</translation>
    </message>
    <message>
        <source>Decisions about any family or person, enforcement, benefit or immigration checks, or contacting families.</source>
        <comment>supporting_families.not_used_for</comment>
        <translation>Penderfyniadau am unrhyw deulu neu berson, gorfodi, gwiriadau budd-daliadau neu fewnfudo, na chysylltu â theuluoedd.</translation>
    </message>
    <message>
        <source>The department keeps identifying details only until matching is done, then works on pseudonymised records kept for the life of the evaluation and no longer than five years after it ends.</source>
        <comment>supporting_families.retention</comment>
        <translation>Mae&apos;r adran yn cadw manylion adnabod dim ond nes bod y paru wedi&apos;i wneud, ac yna&apos;n gweithio ar gofnodion wedi&apos;u ffugenwi a gedwir am oes y gwerthusiad a dim mwy na phum mlynedd ar ôl iddo ddod i ben.</translation>
    </message>
    <message>
        <source>Encrypted and signed before it leaves the council; the recipient keeps it on secure systems in the UK, open only to named staff who need it, and reports any breach to the council within 24 hours.</source>
        <comment>supporting_families.security</comment>
        <translation>Wedi&apos;i amgryptio a&apos;i lofnodi cyn iddo adael y cyngor; mae&apos;r derbynnydd yn ei gadw ar systemau diogel yn y DU, ar agor i staff a enwir sydd ei angen yn unig, ac yn rhoi gwybod i&apos;r cyngor am unrhyw dor-diogelwch o fewn 24 awr.</translation>
    </message>
    <message>
        <source>The sealed bundle is uploaded to the department&apos;s secure data collection service in the collection window it announces.</source>
        <comment>supporting_families.transfer_method</comment>
        <translation>Mae&apos;r bwndel wedi&apos;i selio&apos;n cael ei lwytho i wasanaeth casglu data diogel yr adran yn y cyfnod casglu y mae&apos;n ei gyhoeddi.</translation>
    </message>
    <message>
        <source>People ask the council&apos;s data protection officer about their data; the council passes on within 5 working days any request about the recipient&apos;s copy. Objections and complaints go first to the council, and anyone may complain to the Information Commissioner&apos;s Office. Families are told about the study in the programme&apos;s privacy notice.</source>
        <comment>supporting_families.rights</comment>
        <translation>Mae pobl yn holi swyddog diogelu data&apos;r cyngor am eu data; mae&apos;r cyngor yn trosglwyddo o fewn 5 diwrnod gwaith unrhyw gais am gopi&apos;r derbynnydd. Mae gwrthwynebiadau a chwynion yn mynd at y cyngor yn gyntaf, a gall unrhyw un gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth. Mae teuluoedd yn cael gwybod am yr astudiaeth yn hysbysiad preifatrwydd y rhaglen.</translation>
    </message>
    <message>
        <source>The council&apos;s family support and the department&apos;s evaluation of a national programme are public tasks.</source>
        <comment>supporting_families.lawful_basis.reason</comment>
        <translation>Mae cymorth y cyngor i deuluoedd a gwerthusiad yr adran o raglen genedlaethol yn dasgau cyhoeddus.</translation>
    </message>
    <message>
        <source>Matching is for research and statistics only, with names and identifiers removed once linked.</source>
        <comment>supporting_families.special_category_conditions[0].reason</comment>
        <translation>Mae&apos;r paru ar gyfer ymchwil ac ystadegau yn unig, a chaiff enwau a dynodyddion eu tynnu ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>The eligibility criteria reveal health and other sensitive details used for the programme&apos;s statutory purposes.</source>
        <comment>supporting_families.special_category_conditions[1].reason</comment>
        <translation>Mae&apos;r meini prawf cymhwysedd yn datgelu iechyd a manylion sensitif eraill a ddefnyddir at ddibenion statudol y rhaglen.</translation>
    </message>
    <message>
        <source>The eligibility criteria can show involvement in crime; the research condition covers it.</source>
        <comment>supporting_families.criminal_offence_conditions[0].reason</comment>
        <translation>Gall y meini prawf cymhwysedd ddangos cysylltiad â throsedd; mae&apos;r amod ymchwil yn ei gwmpasu.</translation>
    </message>
    <message>
        <source>The public service delivery objective for people and households facing multiple disadvantages was made for this programme; check your council is named in the regulations.</source>
        <comment>supporting_families.statutory_powers[0].reason</comment>
        <translation>Gwnaed yr amcan cyflenwi gwasanaethau cyhoeddus ar gyfer pobl ac aelwydydd sy&apos;n wynebu anfanteision lluosog ar gyfer y rhaglen hon; gwiriwch fod eich cyngor wedi&apos;i enwi yn y rheoliadau.</translation>
    </message>
    <message>
        <source>The council&apos;s general power, where no specific Act covers a part of the sharing.</source>
        <comment>supporting_families.statutory_powers[1].reason</comment>
        <translation>Pŵer cyffredinol y cyngor, lle nad oes Deddf benodol yn cwmpasu rhan o&apos;r rhannu.</translation>
    </message>
    <message>
        <source>The council&apos;s reference for the family.</source>
        <comment>supporting_families.data_items[0].description</comment>
        <translation>Cyfeirnod y cyngor ar gyfer y teulu.</translation>
    </message>
    <message>
        <source>Needed in full for matching; deleted by the department once linked.</source>
        <comment>supporting_families.data_items[2].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru; mae&apos;r adran yn ei ddileu ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>Needed in full for matching; deleted by the department once linked.</source>
        <comment>supporting_families.data_items[3].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru; mae&apos;r adran yn ei ddileu ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>Needed in full for matching.</source>
        <comment>supporting_families.data_items[4].description</comment>
        <translation>Ei angen yn llawn ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed for matching.</source>
        <comment>supporting_families.data_items[6].description</comment>
        <translation>Ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed for matching.</source>
        <comment>supporting_families.data_items[7].description</comment>
        <translation>Ei angen ar gyfer paru.</translation>
    </message>
    <message>
        <source>Needed for matching with benefit and employment records.</source>
        <comment>supporting_families.data_items[8].description</comment>
        <translation>Ei angen ar gyfer paru â chofnodion budd-daliadau a chyflogaeth.</translation>
    </message>
    <message>
        <source>The programme&apos;s criteria the family met; may reveal health and crime.</source>
        <comment>supporting_families.data_items[10].description</comment>
        <translation>Meini prawf y rhaglen a fodlonwyd gan y teulu; gall ddatgelu iechyd a throseddu.</translation>
    </message>
    <message>
        <source>Proposed from the template: identifiable family data is linked nationally with several departments&apos; records.</source>
        <comment>supporting_families.dpia.note</comment>
        <translation>Wedi&apos;i gynnig o&apos;r templed: mae data teuluoedd y gellir eu hadnabod yn cael ei gysylltu&apos;n genedlaethol â chofnodion sawl adran.</translation>
    </message>
    <message>
        <source>National impact study findings</source>
        <comment>supporting_families.outputs[0].title</comment>
        <translation>Canfyddiadau&apos;r astudiaeth effaith genedlaethol</translation>
    </message>
    <message>
        <source>The published evaluation of the programme.</source>
        <comment>supporting_families.outputs[0].description</comment>
        <translation>Gwerthusiad cyhoeddedig y rhaglen.</translation>
    </message>
    <message>
        <source>Outcomes for the council&apos;s families</source>
        <comment>supporting_families.outputs[1].title</comment>
        <translation>Canlyniadau ar gyfer teuluoedd y cyngor</translation>
    </message>
    <message>
        <source>Matched outcome measures for the council&apos;s own families, in aggregate.</source>
        <comment>supporting_families.outputs[1].description</comment>
        <translation>Mesurau canlyniadau wedi&apos;u paru ar gyfer teuluoedd y cyngor ei hun, yn gyfanredol.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>&quot;%1&quot; %2. Correct it and try again.</source>
        <translation>&quot;%1&quot;: %2. Cywirwch hyn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>must be an object in braces { }</source>
        <translation>rhaid iddo fod yn wrthrych rhwng cromfachau cyrliog { }</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>rhaid iddo fod yn destun rhwng dyfynodau</translation>
    </message>
    <message>
        <source>must be a date written as yyyy-mm-dd, such as 2026-04-01, or null</source>
        <translation>rhaid iddo fod yn ddyddiad ar ffurf bbbb-mm-dd, fel 2026-04-01, neu null</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>rhaid iddo fod yn un o %1</translation>
    </message>
    <message>
        <source>The agreement has no reference: give it a short unique reference, such as DSA-2026-004.</source>
        <translation>Nid oes gan y cytundeb gyfeirnod: rhowch gyfeirnod byr unigryw iddo, fel DSA-2026-004.</translation>
    </message>
    <message>
        <source>The reference must be one line of at most 64 characters: shorten it.</source>
        <translation>Rhaid i&apos;r cyfeirnod fod yn un llinell o 64 nod ar y mwyaf: byrhewch ef.</translation>
    </message>
    <message>
        <source>The reference starts or ends with spaces: remove them.</source>
        <translation>Mae&apos;r cyfeirnod yn dechrau neu&apos;n gorffen â bylchau: tynnwch nhw.</translation>
    </message>
    <message>
        <source>The agreement has no title: give it one that says what is shared and with whom.</source>
        <translation>Nid oes gan y cytundeb deitl: rhowch un iddo sy&apos;n dweud beth sy&apos;n cael ei rannu a gyda phwy.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2): correct one of them.</source>
        <translation>Mae&apos;r dyddiad gorffen (%1) cyn y dyddiad dechrau (%2): cywirwch un ohonynt.</translation>
    </message>
    <message>
        <source>The review date (%1) is before the start date (%2): correct one of them.</source>
        <translation>Mae&apos;r dyddiad adolygu (%1) cyn y dyddiad dechrau (%2): cywirwch un ohonynt.</translation>
    </message>
    <message>
        <source>Party %1 has no organisation: name it or remove the party.</source>
        <translation>Nid oes sefydliad gan barti %1: enwch ef neu tynnwch y parti.</translation>
    </message>
    <message>
        <source>Data item %1 has no name: name the column it allows.</source>
        <translation>Nid oes enw gan eitem ddata %1: enwch y golofn y mae&apos;n ei chaniatáu.</translation>
    </message>
    <message>
        <source>Data item &quot;%1&quot; has an empty alias: remove it.</source>
        <translation>Mae gan eitem ddata &quot;%1&quot; enw arall gwag: tynnwch ef.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both data items &quot;%2&quot; and &quot;%3&quot;: a column must match one item only, so rename one or remove the alias.</source>
        <translation>Mae &quot;%1&quot; yn enwi eitemau data &quot;%2&quot; a &quot;%3&quot; ill dwy: rhaid i golofn gyfateb i un eitem yn unig, felly ailenwch un neu tynnwch yr enw arall.</translation>
    </message>
    <message>
        <source>Recipient %1 has no organisation: name it or remove the recipient.</source>
        <translation>Nid oes sefydliad gan dderbynnydd %1: enwch ef neu tynnwch y derbynnydd.</translation>
    </message>
    <message>
        <source>The key fingerprint of recipient %1 (%2) is not a Sharewise fingerprint: choose the key from the recipients directory.</source>
        <translation>Nid yw ôl bys allwedd derbynnydd %1 (%2) yn ôl bys Sharewise: dewiswch yr allwedd o&apos;r cyfeiriadur derbynwyr.</translation>
    </message>
    <message>
        <source>The key %1 is listed twice among the recipients: remove one.</source>
        <translation>Mae allwedd %1 wedi&apos;i rhestru ddwywaith ymhlith y derbynwyr: tynnwch un.</translation>
    </message>
    <message>
        <source>Sign-off %1 has no name: name the person or remove the sign-off.</source>
        <translation>Nid oes enw gan lofnod %1: enwch y person neu tynnwch y llofnod.</translation>
    </message>
    <message>
        <source>Expected output %1 has no title: say what will come back.</source>
        <translation>Nid oes teitl gan allbwn disgwyliedig %1: dywedwch beth fydd yn dod yn ôl.</translation>
    </message>
    <message>
        <source>Entry %1 of the %2 names no condition: choose one or remove it.</source>
        <translation>Nid yw cofnod %1 o&apos;r %2 yn enwi amod: dewiswch un neu tynnwch ef.</translation>
    </message>
    <message>
        <source>special category conditions</source>
        <translation>amodau data categori arbennig</translation>
    </message>
    <message>
        <source>criminal offence conditions</source>
        <translation>amodau data troseddau</translation>
    </message>
    <message>
        <source>statutory powers</source>
        <translation>pwerau statudol</translation>
    </message>
    <message>
        <source>The purpose is empty: say in plain English what the data will be used for.</source>
        <translation>Mae&apos;r diben yn wag: dywedwch mewn iaith glir at beth y bydd y data&apos;n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>No lawful basis (Article 6) is chosen: choose the one that applies.</source>
        <translation>Nid oes sail gyfreithlon (Erthygl 6) wedi&apos;i dewis: dewiswch yr un sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>The lawful basis has no reason: say why it applies to this sharing.</source>
        <translation>Nid oes rheswm gan y sail gyfreithlon: dywedwch pam mae&apos;n berthnasol i&apos;r rhannu hwn.</translation>
    </message>
    <message>
        <source>No party is a controller: name the organisation that decides why and how the data is used.</source>
        <translation>Nid oes yr un parti yn rheolydd: enwch y sefydliad sy&apos;n penderfynu pam a sut mae&apos;r data&apos;n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>No recipient is named: add the organisations (and their keys) the data may go to.</source>
        <translation>Nid oes derbynnydd wedi&apos;i enwi: ychwanegwch y sefydliadau (a&apos;u hallweddi) y caiff y data fynd iddynt.</translation>
    </message>
    <message>
        <source>There is no start date: give the date the sharing may start.</source>
        <translation>Nid oes dyddiad dechrau: rhowch y dyddiad y gall y rhannu ddechrau.</translation>
    </message>
    <message>
        <source>Retention is empty: say how long the recipient keeps the data and how it is deleted.</source>
        <translation>Mae&apos;r cyfnod cadw yn wag: dywedwch am ba hyd y mae&apos;r derbynnydd yn cadw&apos;r data a sut mae&apos;n cael ei ddileu.</translation>
    </message>
    <message>
        <source>The %1 is a proposal not yet confirmed: the IG lead must check and confirm it.</source>
        <translation>Cynnig heb ei gadarnhau eto yw&apos;r canlynol: %1. Rhaid i&apos;r arweinydd llywodraethu gwybodaeth ei wirio a&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation>sail gyfreithlon</translation>
    </message>
    <message>
        <source>list of data items</source>
        <translation>rhestr eitemau data</translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation>sgrinio AEDD</translation>
    </message>
    <message>
        <source>The special category condition %1 needs a DPA 2018 Schedule 1 paragraph: choose the paragraph that applies.</source>
        <translation>Mae amod data categori arbennig %1 angen paragraff o Atodlen 1 i DDD 2018: dewiswch y paragraff sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>The criminal offence condition %1 needs a DPA 2018 Schedule 1 paragraph: choose the paragraph that applies.</source>
        <translation>Mae amod data troseddau %1 angen paragraff o Atodlen 1 i DDD 2018: dewiswch y paragraff sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>Nobody has signed the agreement off: record a senior sign-off (SIRO, DPO or Caldicott Guardian) with its date.</source>
        <translation>Nid oes neb wedi llofnodi&apos;r cytundeb: cofnodwch lofnod uwch swyddog (SIRO, DPO neu Warcheidwad Caldicott) gyda&apos;i ddyddiad.</translation>
    </message>
    <message>
        <source>The DPIA screening says a DPIA is required and none is recorded: complete the DPIA and record its reference.</source>
        <translation>Mae&apos;r sgrinio AEDD yn dweud bod angen AEDD ac nid oes un wedi&apos;i gofnodi: cwblhewch yr AEDD a chofnodwch ei gyfeirnod.</translation>
    </message>
    <message>
        <source>The DPIA is marked completed without its reference: record the DPIA&apos;s reference.</source>
        <translation>Mae&apos;r AEDD wedi&apos;i farcio&apos;n gyflawn heb ei gyfeirnod: cofnodwch gyfeirnod yr AEDD.</translation>
    </message>
    <message>
        <source>This is not a Sharewise agreement: it must be a JSON object.</source>
        <translation>Nid cytundeb Sharewise yw hwn: rhaid iddo fod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>This is not a Sharewise agreement (it has no &quot;sharewise_agreement&quot; version).</source>
        <translation>Nid cytundeb Sharewise yw hwn (nid oes ganddo fersiwn &quot;sharewise_agreement&quot;).</translation>
    </message>
    <message>
        <source>This agreement was saved by a newer Sharewise (agreement format %1; this version reads %2). Update Sharewise to use it.</source>
        <translation>Cafodd y cytundeb hwn ei gadw gan Sharewise mwy newydd (fformat cytundeb %1; mae&apos;r fersiwn hon yn darllen %2). Diweddarwch Sharewise i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>&quot;sharewise_agreement&quot; must be a whole number from 1. Correct it and try again.</source>
        <translation>Rhaid i &quot;sharewise_agreement&quot; fod yn rhif cyfan o 1 i fyny. Cywirwch hyn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi&apos;i derfynu</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rheolydd</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Cyd-reolydd</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesydd</translation>
    </message>
    <message>
        <source>Senior Information Risk Owner (SIRO)</source>
        <translation>Uwch Berchennog Risg Gwybodaeth (SIRO)</translation>
    </message>
    <message>
        <source>Data Protection Officer (DPO)</source>
        <translation>Swyddog Diogelu Data (DPO)</translation>
    </message>
    <message>
        <source>Caldicott Guardian</source>
        <translation>Gwarcheidwad Caldicott</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Heb ei sgrinio</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Unwaith</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bob mis</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Bob chwarter</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Bob blwyddyn</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Ar gais</translation>
    </message>
    <message>
        <source>Agreement %1 does not list this column among the data it allows, so it is left out.</source>
        <translation>Nid yw cytundeb %1 yn rhestru&apos;r golofn hon ymhlith y data y mae&apos;n ei ganiatáu, felly mae wedi&apos;i gadael allan.</translation>
    </message>
    <message>
        <source>Agreement %1 allows this column only as &quot;%2&quot;, which needs the agreement&apos;s key; without the key it is left out.</source>
        <translation>Mae cytundeb %1 yn caniatáu&apos;r golofn hon dim ond fel &quot;%2&quot;, sydd angen allwedd y cytundeb; heb yr allwedd mae wedi&apos;i gadael allan.</translation>
    </message>
    <message>
        <source>Agreement %1 allows this column only as &quot;%2&quot; at the least.</source>
        <translation>Mae cytundeb %1 yn caniatáu&apos;r golofn hon dim ond fel &quot;%2&quot; o leiaf.</translation>
    </message>
    <message>
        <source>Recipient %1 (%2) has a key but is marked as receiving by passphrase: keep one or the other.</source>
        <translation>Mae gan dderbynnydd %1 (%2) allwedd ond mae wedi&apos;i nodi fel un sy&apos;n derbyn drwy gyfrinymadrodd: cadwch un neu&apos;r llall.</translation>
    </message>
    <message>
        <source>Recipient %1 has no key: choose their key from the recipients directory, or say they receive by passphrase.</source>
        <translation>Nid oes gan dderbynnydd %1 allwedd: dewiswch ei allwedd o&apos;r cyfeiriadur derbynwyr, neu nodwch ei fod yn derbyn drwy gyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Only a share waiting for review can be approved or sent back (this one is &quot;%1&quot;).</source>
        <translation>Dim ond rhanniad sy&apos;n aros am adolygiad y gellir ei gymeradwyo neu ei anfon yn ôl (statws y rhanniad hwn yw &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>You prepared this share, so you cannot review it: another IG lead must approve or send it back (four eyes).</source>
        <translation>Chi a baratôdd y rhanniad hwn, felly ni allwch ei adolygu: rhaid i arweinydd llywodraethu gwybodaeth arall ei gymeradwyo neu ei anfon yn ôl (egwyddor pedwar llygad).</translation>
    </message>
    <message>
        <source>Say why the share is sent back, so that the preparer knows what to change.</source>
        <translation>Nodwch pam mae&apos;r rhanniad yn cael ei anfon yn ôl, fel bod y person a&apos;i paratôdd yn gwybod beth i&apos;w newid.</translation>
    </message>
    <message>
        <source>The review decision&apos;s signature does not check: it was changed after it was signed, or is not the reviewer&apos;s. Ask the reviewer to decide again.</source>
        <translation>Nid oedd modd dilysu llofnod y penderfyniad adolygu: cafodd ei newid ar ôl ei lofnodi, neu nid llofnod yr adolygydd ydyw. Gofynnwch i&apos;r adolygydd benderfynu eto.</translation>
    </message>
    <message>
        <source>The review decision is damaged or from a newer version of Sharewise.</source>
        <translation>Mae&apos;r penderfyniad adolygu wedi&apos;i ddifrodi, neu mae&apos;n dod o fersiwn ddiweddarach o Sharewise.</translation>
    </message>
    <message>
        <source>The review decision is about another share.</source>
        <translation>Mae&apos;r penderfyniad adolygu yn ymwneud â rhanniad arall.</translation>
    </message>
    <message>
        <source>The review decision does not match its signed statement.</source>
        <translation>Nid yw&apos;r penderfyniad adolygu yn cyfateb i&apos;w ddatganiad wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>The preparer of a share cannot review it (four eyes).</source>
        <translation>Ni all y person a baratôdd ranniad ei adolygu (egwyddor pedwar llygad).</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>penderfyniad adolygu</translation>
    </message>
    <message>
        <source>the share (it was never submitted)</source>
        <translation>y rhanniad (ni chafodd erioed ei gyflwyno)</translation>
    </message>
    <message>
        <source>The review decision was made on a different version of this share: %1 changed since. Submit it for review again.</source>
        <translation>Gwnaed y penderfyniad adolygu ar fersiwn wahanol o&apos;r rhanniad hwn; mae hyn wedi newid ers hynny: %1. Cyflwynwch ef i&apos;w adolygu eto.</translation>
    </message>
    <message>
        <source>The approval in this bundle does not check: its signature is not the reviewer&apos;s, or it was changed.</source>
        <translation>Nid oedd modd dilysu&apos;r gymeradwyaeth yn y bwndel hwn: nid llofnod yr adolygydd sydd arni, neu cafodd ei newid.</translation>
    </message>
    <message>
        <source>The bundle carries a review decision that is not an approval.</source>
        <translation>Mae&apos;r bwndel yn cynnwys penderfyniad adolygu nad yw&apos;n gymeradwyaeth.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>cymeradwyaeth</translation>
    </message>
    <message>
        <source>The data in this bundle is not the data that was approved.</source>
        <translation>Nid y data yn y bwndel hwn yw&apos;r data a gymeradwywyd.</translation>
    </message>
    <message>
        <source>The sender approved this share themself: an approval must come from someone else.</source>
        <translation>Cymeradwyodd yr anfonwr y rhanniad hwn ei hun: rhaid i gymeradwyaeth ddod gan rywun arall.</translation>
    </message>
    <message>
        <source>No approval: the sender&apos;s agreement did not need a review</source>
        <translation>Dim cymeradwyaeth: nid oedd angen adolygiad ar gytundeb yr anfonwr</translation>
    </message>
    <message>
        <source>Approved, verified: the reviewer&apos;s key is one you have checked</source>
        <translation>Wedi&apos;i gymeradwyo a&apos;i ddilysu: mae allwedd yr adolygydd yn un rydych chi wedi&apos;i gwirio</translation>
    </message>
    <message>
        <source>Approval claimed, not verified: the reviewer&apos;s key is not one you know</source>
        <translation>Honnir cymeradwyaeth, heb ei dilysu: nid yw allwedd yr adolygydd yn un rydych chi&apos;n ei hadnabod</translation>
    </message>
    <message>
        <source>Approval does not check</source>
        <translation>Nid oes modd dilysu&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <source>This bundle was sealed by someone other than the person whose share was approved, so the approval does not cover it.</source>
        <translation>Cafodd y bwndel hwn ei selio gan rywun heblaw&apos;r person y cymeradwywyd ei ranniad, felly nid yw&apos;r gymeradwyaeth yn berthnasol iddo.</translation>
    </message>
</context>
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
    <message>
        <source>Could not sign the audit log (%1).</source>
        <translation>Nid oedd modd llofnodi&apos;r log archwilio (%1).</translation>
    </message>
    <message>
        <source>A signed record of the audit log (up to entry %1) does not check: it was altered, or signed by a key that is not one of this history&apos;s identities.</source>
        <translation>Nid oedd modd dilysu datganiad wedi&apos;i lofnodi o&apos;r log archwilio (hyd at gofnod %1): cafodd ei newid, neu cafodd ei lofnodi gan allwedd nad yw&apos;n perthyn i un o hunaniaethau&apos;r hanes hwn.</translation>
    </message>
    <message>
        <source>Entries were cut off the end of the audit log: a signed record shows it had %1 entries, but only %2 remain.</source>
        <translation>Cafodd cofnodion eu torri oddi ar ddiwedd y log archwilio: mae datganiad wedi&apos;i lofnodi yn dangos bod %1 o gofnodion ynddo, ond dim ond %2 sydd ar ôl.</translation>
    </message>
    <message>
        <source>The audit log was rebuilt: entry %1 is not the entry that was signed when it was written.</source>
        <translation>Cafodd y log archwilio ei ailadeiladu: nid yw cofnod %1 yr un fath â&apos;r cofnod a lofnodwyd pan gafodd ei ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>BundleLedger</name>
    <message>
        <source>Could not record the bundle in the history (%1).</source>
        <translation>Nid oedd modd cofnodi&apos;r bwndel yn yr hanes (%1).</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not check: it was altered.</source>
        <translation>Nid oedd modd dilysu llofnod y dderbynneb: cafodd ei newid.</translation>
    </message>
    <message>
        <source>This receipt is for a bundle this history has no record of sending. Import it into the history the bundle was sealed from.</source>
        <translation>Mae&apos;r dderbynneb hon ar gyfer bwndel nad oes cofnod yn yr hanes hwn o&apos;i anfon. Mewnforiwch hi i&apos;r hanes y cafodd y bwndel ei selio ohono.</translation>
    </message>
    <message>
        <source>The receipt does not match the bundle that was sent: what was opened is not what was sealed.</source>
        <translation>Nid yw&apos;r dderbynneb yn cyfateb i&apos;r bwndel a anfonwyd: nid yr hyn a agorwyd yw&apos;r hyn a seliwyd.</translation>
    </message>
    <message>
        <source>The receipt is signed by someone the bundle was not sent to (%1).</source>
        <translation>Mae&apos;r dderbynneb wedi&apos;i llofnodi gan rywun na chafodd y bwndel ei anfon ato (%1).</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The bundle file does not exist.</source>
        <translation>Nid yw ffeil y bwndel yn bodoli.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read (%1).</source>
        <translation>Nid oes modd darllen ffeil y bwndel (%1).</translation>
    </message>
    <message>
        <source>The bundle was cut short or has bytes added at its end. Ask the sender to send it again.</source>
        <translation>Cafodd y bwndel ei dorri&apos;n fyr, neu mae beitiau wedi&apos;u hychwanegu at ei ddiwedd. Gofynnwch i&apos;r anfonwr ei anfon eto.</translation>
    </message>
    <message>
        <source>This is not a Sharewise bundle, or its beginning was damaged.</source>
        <translation>Nid yw hwn yn fwndel Sharewise, neu cafodd ei ddechrau ei ddifrodi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header has an impossible size: the bundle was damaged.</source>
        <translation>Mae maint pennawd y bwndel yn amhosibl: cafodd y bwndel ei ddifrodi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s list of recipients is damaged.</source>
        <translation>Mae rhestr derbynwyr y bwndel wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>This bundle is encrypted for named people: open it with your identity.</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i amgryptio ar gyfer pobl a enwir: agorwch ef gyda&apos;ch hunaniaeth.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you: it cannot be opened with your identity (%1).</source>
        <translation>Nid yw&apos;r bwndel hwn wedi&apos;i gyfeirio atoch chi: nid oes modd ei agor gyda&apos;ch hunaniaeth (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase section is damaged.</source>
        <translation>Mae adran cyfrinymadrodd y bwndel wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase: give the passphrase the sender sent you separately.</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i ddiogelu gan gyfrinymadrodd: rhowch y cyfrinymadrodd a anfonodd yr anfonwr atoch ar wahân.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase. Close other programs and try again.</source>
        <translation>Nid oes digon o gof i wirio&apos;r cyfrinymadrodd. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this bundle, or the bundle was damaged. Check the passphrase with the sender.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn gywir ar gyfer y bwndel hwn, neu cafodd y bwndel ei ddifrodi. Gwiriwch y cyfrinymadrodd gyda&apos;r anfonwr.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged.</source>
        <translation>Mae pennawd y bwndel wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header was altered after it was sealed.</source>
        <translation>Cafodd pennawd y bwndel ei newid ar ôl i&apos;r bwndel gael ei selio.</translation>
    </message>
    <message>
        <source>Could not create the output file (%1).</source>
        <translation>Nid oedd modd creu&apos;r ffeil allbwn (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents were altered, reordered or cut short (part %1 does not check). Ask the sender to send it again.</source>
        <translation>Cafodd cynnwys y bwndel ei newid, ei aildrefnu neu ei dorri&apos;n fyr (nid yw rhan %1 yn pasio&apos;r gwiriad). Gofynnwch i&apos;r anfonwr ei anfon eto.</translation>
    </message>
    <message>
        <source>Opening was cancelled; nothing was written.</source>
        <translation>Canslwyd agor y bwndel; ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The bundle&apos;s description has an impossible size: the bundle was damaged.</source>
        <translation>Mae maint disgrifiad y bwndel yn amhosibl: cafodd y bwndel ei ddifrodi.</translation>
    </message>
    <message>
        <source>Could not write the data (%1). Check there is room on the disk.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r data (%1). Gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>The bundle&apos;s recorded length does not match its data: it was altered.</source>
        <translation>Nid yw&apos;r hyd a gofnodwyd ar gyfer y bwndel yn cyfateb i&apos;w ddata: cafodd ei newid.</translation>
    </message>
    <message>
        <source>The bundle&apos;s data does not match its recorded hash: it was altered.</source>
        <translation>Nid yw data&apos;r bwndel yn cyfateb i&apos;r stwnsh (hash) a gofnodwyd ar ei gyfer: cafodd ei newid.</translation>
    </message>
    <message>
        <source>The bundle&apos;s description is not in the required form: it was altered or made by a faulty program.</source>
        <translation>Nid yw disgrifiad y bwndel yn y ffurf ofynnol: cafodd ei newid, neu cafodd ei wneud gan raglen ddiffygiol.</translation>
    </message>
    <message>
        <source>The sender&apos;s key in the bundle does not check: the bundle cannot be trusted.</source>
        <translation>Nid oedd modd dilysu allwedd yr anfonwr yn y bwndel: ni ellir ymddiried yn y bwndel.</translation>
    </message>
    <message>
        <source>The sender&apos;s signature does not check: the bundle was altered, re-addressed, or not made by the sender it names.</source>
        <translation>Nid oedd modd dilysu llofnod yr anfonwr: cafodd y bwndel ei newid neu ei ailgyfeirio, neu nid yr anfonwr a enwir ynddo a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>You are not among the recipients the sender signed for: the bundle was re-addressed.</source>
        <translation>Nid ydych chi ymhlith y derbynwyr a lofnododd yr anfonwr ar eu cyfer: cafodd y bwndel ei ailgyfeirio.</translation>
    </message>
    <message>
        <source>The bundle is intact, but its sender is not in your recipients directory. Check the sender&apos;s fingerprint with them by phone: %1</source>
        <translation>Mae&apos;r bwndel yn gyfan, ond nid yw ei anfonwr yn eich cyfeiriadur derbynwyr. Ffoniwch yr anfonwr i wirio&apos;r ôl bys hwn: %1</translation>
    </message>
    <message>
        <source>Could not finish writing the data (%1).</source>
        <translation>Nid oedd modd gorffen ysgrifennu&apos;r data (%1).</translation>
    </message>
    <message>
        <source>This bundle uses format %1.%2, which this version of Sharewise does not read (it reads %3.%4). If the sender uses a newer version of Sharewise, install that version; otherwise the bundle was damaged.</source>
        <translation>Mae&apos;r bwndel hwn yn defnyddio fformat %1.%2, nad yw&apos;r fersiwn hon o Sharewise yn ei ddarllen (mae&apos;n darllen %3.%4). Os yw&apos;r anfonwr yn defnyddio fersiwn fwy diweddar o Sharewise, gosodwch y fersiwn honno; fel arall, cafodd y bwndel ei ddifrodi.</translation>
    </message>
    <message>
        <source>The bundle asks for passphrase settings outside the safe range, so it was not opened: it was damaged, or made to tie up this computer&apos;s memory for a long time.</source>
        <translation>Mae&apos;r bwndel yn gofyn am osodiadau cyfrinymadrodd y tu allan i&apos;r ystod ddiogel, felly ni chafodd ei agor: cafodd ei ddifrodi, neu cafodd ei wneud i feddiannu cof y cyfrifiadur hwn am amser hir.</translation>
    </message>
    <message>
        <source>The bundle&apos;s description does not match its header: it was altered or made by a faulty program.</source>
        <translation>Nid yw disgrifiad y bwndel yn cyfateb i&apos;w bennawd: cafodd ei newid, neu cafodd ei wneud gan raglen ddiffygiol.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>A bundle must be signed: no identity was given.</source>
        <translation>Rhaid llofnodi bwndel: ni roddwyd hunaniaeth.</translation>
    </message>
    <message>
        <source>A bundle can be sent to at most %1 people.</source>
        <translation>Gellir anfon bwndel at %1 o bobl ar y mwyaf.</translation>
    </message>
    <message>
        <source>The key of %1 does not check and cannot be used.</source>
        <translation>Nid oedd modd dilysu allwedd %1, ac ni ellir ei defnyddio.</translation>
    </message>
    <message>
        <source>%1 is named twice as a recipient. Name each person once.</source>
        <translation>Mae enw %1 yn ymddangos ddwywaith ymhlith y derbynwyr. Enwch bob person unwaith yn unig.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>The data to seal cannot be read.</source>
        <translation>Nid oes modd darllen y data i&apos;w selio.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the bundle with a passphrase. Close other programs and try again.</source>
        <translation>Nid oes digon o gof i ddiogelu&apos;r bwndel gyda chyfrinymadrodd. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The bundle&apos;s description is too large.</source>
        <translation>Mae disgrifiad y bwndel yn rhy fawr.</translation>
    </message>
    <message>
        <source>Could not create the bundle file (%1). Check that the folder exists and may be written.</source>
        <translation>Nid oedd modd creu ffeil y bwndel (%1). Gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>Could not write the bundle (%1). Check there is room on the disk.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r bwndel (%1). Gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>Sealing was cancelled; no bundle was written.</source>
        <translation>Canslwyd y selio; ni chafodd unrhyw fwndel ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The data could not be read (%1).</source>
        <translation>Nid oedd modd darllen y data (%1).</translation>
    </message>
    <message>
        <source>Could not finish writing the bundle (%1).</source>
        <translation>Nid oedd modd gorffen ysgrifennu&apos;r bwndel (%1).</translation>
    </message>
    <message>
        <source>Choose who can open the bundle: either the recipients&apos; keys or a passphrase, but not both.</source>
        <translation>Dewiswch pwy all agor y bwndel: naill ai allweddi&apos;r derbynwyr neu gyfrinymadrodd, ond nid y ddau.</translation>
    </message>
    <message>
        <source>The passphrase protection settings are outside the range Sharewise accepts when opening a bundle.</source>
        <translation>Mae gosodiadau diogelu&apos;r cyfrinymadrodd y tu allan i&apos;r ystod y mae Sharewise yn ei derbyn wrth agor bwndel.</translation>
    </message>
    <message>
        <source>The data differs from what it was meant to be (its hash is not the expected one); no bundle was written.</source>
        <translation>Mae&apos;r data yn wahanol i&apos;r hyn y dylai fod (nid ei stwnsh yw&apos;r un disgwyliedig); ni ysgrifennwyd bwndel.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
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
    <message>
        <source>Use: sharewise-cli seal FILE -o OUT.swb --to KEY (or --passphrase-file FILE)</source>
        <translation>Defnyddiwch: sharewise-cli seal FILE -o OUT.swb --to KEY (neu --passphrase-file FILE)</translation>
    </message>
    <message>
        <source>Say who may open the bundle: one or more --to KEY, or --passphrase-file FILE, not both.</source>
        <translation>Nodwch pwy gaiff agor y bwndel: un neu fwy o --to KEY, neu --passphrase-file FILE, nid y ddau.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Nid oes modd darllen y ffeil (%1).</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>Nid yw&apos;r ffeil yn bodoli. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name, or add --force to replace it.</source>
        <translation>Mae ffeil â&apos;r enw hwn yn bodoli eisoes. Dewiswch enw arall, neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked: it cannot be used for new bundles.</source>
        <translation>Cafodd allwedd %1 ei dirymu: ni ellir ei defnyddio ar gyfer bwndeli newydd.</translation>
    </message>
    <message>
        <source>Warning: the key %1 has not been checked with its holder.</source>
        <translation>Rhybudd: nid yw&apos;r allwedd %1 wedi&apos;i gwirio gyda&apos;i deiliad.</translation>
    </message>
    <message>
        <source>Bundle written: %1</source>
        <translation>Ysgrifennwyd y bwndel: %1</translation>
    </message>
    <message>
        <source>Rows: %1; bundle id: %2</source>
        <translation>Rhesi: %1; dynodydd y bwndel: %2</translation>
    </message>
    <message>
        <source>Use: sharewise-cli open BUNDLE -o FOLDER</source>
        <translation>Defnyddiwch: sharewise-cli open BUNDLE -o FOLDER</translation>
    </message>
    <message>
        <source>Use: sharewise-cli verify BUNDLE</source>
        <translation>Defnyddiwch: sharewise-cli verify BUNDLE</translation>
    </message>
    <message>
        <source>Say where the data should go: -o FOLDER</source>
        <translation>Nodwch ble dylai&apos;r data fynd: -o FOLDER</translation>
    </message>
    <message>
        <source>&quot;verify&quot; writes nothing: use &quot;open&quot; to get the data out.</source>
        <translation>Nid yw &quot;verify&quot; yn ysgrifennu dim: defnyddiwch &quot;open&quot; i dynnu&apos;r data allan.</translation>
    </message>
    <message>
        <source>The bundle file does not exist.</source>
        <translation>Nid yw ffeil y bwndel yn bodoli.</translation>
    </message>
    <message>
        <source>The output folder cannot be created.</source>
        <translation>Nid oes modd creu&apos;r ffolder allbwn.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another folder, or add --force to replace it.</source>
        <translation>Mae ffeil â&apos;r enw hwn yn bodoli eisoes. Dewiswch ffolder arall, neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>The bundle is NOT genuine or NOT intact, or you cannot open it.</source>
        <translation>NID yw&apos;r bwndel yn ddilys, neu NID yw&apos;n gyfan, neu nid oes modd i chi ei agor.</translation>
    </message>
    <message>
        <source>(not in your directory; fingerprint %1)</source>
        <translation>(nid yw yn eich cyfeiriadur; ôl bys %1)</translation>
    </message>
    <message>
        <source>Could not write the description file.</source>
        <translation>Nid oedd modd ysgrifennu ffeil y disgrifiad.</translation>
    </message>
    <message>
        <source>A receipt needs your identity.</source>
        <translation>Mae angen eich hunaniaeth i greu derbynneb.</translation>
    </message>
    <message>
        <source>Could not write the receipt.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r dderbynneb.</translation>
    </message>
    <message>
        <source>The bundle is genuine and intact.</source>
        <translation>Mae&apos;r bwndel yn ddilys ac yn gyfan.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Oddi wrth: %1</translation>
    </message>
    <message>
        <source>Rows: %1; data: %2 bytes</source>
        <translation>Rhesi: %1; data: %2 beit</translation>
    </message>
    <message>
        <source>Data written to %1</source>
        <translation>Ysgrifennwyd y data i %1</translation>
    </message>
    <message>
        <source>Description written to %1</source>
        <translation>Ysgrifennwyd y disgrifiad i %1</translation>
    </message>
    <message>
        <source>Receipt written to %1: send it back to the sender.</source>
        <translation>Ysgrifennwyd y dderbynneb i %1: anfonwch hi yn ôl at yr anfonwr.</translation>
    </message>
    <message>
        <source>The passphrase file cannot be read (%1).</source>
        <translation>Nid oes modd darllen y ffeil cyfrinymadrodd (%1).</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Mae&apos;r ffeil cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is no terminal to ask for it: give it with a passphrase file.</source>
        <translation>Mae angen cyfrinymadrodd, ac nid oes terfynell i ofyn amdano: rhowch ef mewn ffeil cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>You have no identity yet: create one with &quot;sharewise-cli keygen&quot;, or name an identity file with --identity-file.</source>
        <translation>Nid oes gennych hunaniaeth eto: crëwch un gyda &quot;sharewise-cli keygen&quot;, neu enwch ffeil hunaniaeth gyda --identity-file.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Cyfrinymadrodd ar gyfer %1: </translation>
    </message>
    <message>
        <source>&quot;keygen&quot; takes no file: use --identity-file FILE.</source>
        <translation>Nid yw &quot;keygen&quot; yn derbyn ffeil: defnyddiwch --identity-file FILE.</translation>
    </message>
    <message>
        <source>You already have an identity (fingerprint %1). To replace it, run keygen again with --replace; the old one is kept so that bundles sent to it still open.</source>
        <translation>Mae gennych hunaniaeth eisoes (ôl bys %1). I gael un newydd yn ei lle, rhedwch keygen eto gyda --replace; caiff yr hen un ei chadw fel bod bwndeli a anfonwyd ati yn dal i agor.</translation>
    </message>
    <message>
        <source>Choose a passphrase for your identity file: </source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer eich ffeil hunaniaeth: </translation>
    </message>
    <message>
        <source>Your identity is ready. Fingerprint: %1</source>
        <translation>Mae eich hunaniaeth yn barod. Ôl bys: %1</translation>
    </message>
    <message>
        <source>Send the key card line above to your partners, and read them the fingerprint over the phone so they can check it.</source>
        <translation>Anfonwch y cerdyn allwedd uchod (y llinell gyfan) at eich partneriaid, a darllenwch yr ôl bys iddyn nhw dros y ffôn er mwyn iddyn nhw allu ei wirio.</translation>
    </message>
    <message>
        <source>Use &quot;recipients add&quot;, &quot;list&quot;, &quot;verify&quot; or &quot;revoke&quot;.</source>
        <translation>Defnyddiwch &quot;recipients add&quot;, &quot;list&quot;, &quot;verify&quot; neu &quot;revoke&quot;.</translation>
    </message>
    <message>
        <source>Give the key card (or a file holding it): recipients add CARD --organisation NAME --contact NAME</source>
        <translation>Rhowch y cerdyn allwedd (neu ffeil sy&apos;n ei gynnwys): recipients add CARD --organisation NAME --contact NAME</translation>
    </message>
    <message>
        <source>Name the key by its fingerprint.</source>
        <translation>Nodwch yr allwedd drwy ei hôl bys.</translation>
    </message>
    <message>
        <source>Say why the key is revoked: --reason TEXT</source>
        <translation>Nodwch pam mae&apos;r allwedd yn cael ei dirymu: --reason TEXT</translation>
    </message>
    <message>
        <source>Added %1. Fingerprint: %2</source>
        <translation>Ychwanegwyd %1. Ôl bys: %2</translation>
    </message>
    <message>
        <source>Check this fingerprint with %1 by phone, on a number you already know, then run: sharewise-cli recipients verify &quot;%2&quot;</source>
        <translation>Gwiriwch yr ôl bys hwn gyda %1 dros y ffôn, ar rif rydych chi&apos;n ei wybod eisoes, ac yna rhedwch: sharewise-cli recipients verify &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The recipients directory is empty.</source>
        <translation>Mae&apos;r cyfeiriadur derbynwyr yn wag.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>wedi&apos;i gwirio</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>HEB EI GWIRIO</translation>
    </message>
    <message>
        <source>Marked as checked.</source>
        <translation>Nodwyd bod yr allwedd wedi&apos;i gwirio.</translation>
    </message>
    <message>
        <source>Key revoked: it will not be offered for new bundles.</source>
        <translation>Dirymwyd yr allwedd: ni fydd yn cael ei chynnig ar gyfer bwndeli newydd.</translation>
    </message>
    <message>
        <source>Use &quot;sharewise-cli receipt import FILE&quot;.</source>
        <translation>Defnyddiwch &quot;sharewise-cli receipt import FILE&quot;.</translation>
    </message>
    <message>
        <source>The receipt file cannot be read (%1).</source>
        <translation>Nid oes modd darllen ffeil y dderbynneb (%1).</translation>
    </message>
    <message>
        <source>This receipt was already recorded.</source>
        <translation>Mae&apos;r dderbynneb hon wedi&apos;i chofnodi eisoes.</translation>
    </message>
    <message>
        <source>Send the passphrase by a different route from the bundle (for example, by phone).</source>
        <translation>Anfonwch y cyfrinymadrodd mewn ffordd wahanol i&apos;r bwndel (er enghraifft, dros y ffôn).</translation>
    </message>
    <message>
        <source>Receipt recorded: %1 opened the bundle %2 and found it intact.</source>
        <translation>Cofnodwyd y dderbynneb: agorodd %1 y bwndel %2 a&apos;i gael yn gyfan.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked: it cannot be given an agreement&apos;s key.</source>
        <translation>Cafodd allwedd %1 ei dirymu: ni ellir rhoi allwedd cytundeb iddi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 keys: name the person by their key&apos;s fingerprint.</source>
        <translation>Mae &quot;%1&quot; yn cyfateb i %2 o allweddi: nodwch y person drwy ôl bys eu hallwedd.</translation>
    </message>
    <message>
        <source>Use &quot;agreement-key create&quot;, &quot;grant&quot;, &quot;revoke&quot;, &quot;handover&quot;, &quot;list&quot;, &quot;export-recovery&quot; or &quot;import-recovery&quot;.</source>
        <translation>Defnyddiwch &quot;agreement-key create&quot;, &quot;grant&quot;, &quot;revoke&quot;, &quot;handover&quot;, &quot;list&quot;, &quot;export-recovery&quot; neu &quot;import-recovery&quot;.</translation>
    </message>
    <message>
        <source>Name the agreement by its reference: agreement-key %1 REFERENCE</source>
        <translation>Nodwch y cytundeb drwy ei gyfeirnod: agreement-key %1 REFERENCE</translation>
    </message>
    <message>
        <source>Say who is to hold the key: --to KEY</source>
        <translation>Nodwch pwy fydd yn dal yr allwedd: --to KEY</translation>
    </message>
    <message>
        <source>Say whose key is taken back, and why: --holder KEY --reason TEXT</source>
        <translation>Nodwch gan bwy y mae&apos;r allwedd yn cael ei thynnu&apos;n ôl, a pham: --holder KEY --reason TEXT</translation>
    </message>
    <message>
        <source>Say who is leaving and who takes over: agreement-key handover --from KEY --to KEY</source>
        <translation>Nodwch pwy sy&apos;n gadael a phwy yw&apos;r olynydd: agreement-key handover --from KEY --to KEY</translation>
    </message>
    <message>
        <source>Say where to write the recovery copy: -o FILE</source>
        <translation>Nodwch ble i ysgrifennu&apos;r copi adfer: -o FILE</translation>
    </message>
    <message>
        <source>Give the recovery copy: agreement-key import-recovery FILE</source>
        <translation>Rhowch y copi adfer: agreement-key import-recovery FILE</translation>
    </message>
    <message>
        <source>&quot;agreement-key list&quot; takes at most one agreement reference.</source>
        <translation>Nid yw &quot;agreement-key list&quot; yn derbyn mwy nag un cyfeirnod cytundeb.</translation>
    </message>
    <message>
        <source>%1  key %2  made %3 by %4</source>
        <translation>%1  allwedd %2  crëwyd %3 gan %4</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>taken back %1: %2</source>
        <translation>tynnwyd yn ôl %1: %2</translation>
    </message>
    <message>
        <source>No agreement has a pseudonymisation key yet.</source>
        <translation>Nid oes gan unrhyw gytundeb allwedd ffugenwi eto.</translation>
    </message>
    <message>
        <source>Agreement %1 has no pseudonymisation key yet.</source>
        <translation>Nid oes gan gytundeb %1 allwedd ffugenwi eto.</translation>
    </message>
    <message>
        <source>Key of agreement %1 taken back from %2.</source>
        <translation>Tynnwyd allwedd cytundeb %1 yn ôl oddi wrth %2.</translation>
    </message>
    <message>
        <source>The file already exists: choose another name, or add --force to replace it.</source>
        <translation>Mae&apos;r ffeil yn bodoli eisoes: dewiswch enw arall, neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>Could not write the recovery copy (%1).</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi adfer (%1).</translation>
    </message>
    <message>
        <source>Recovery copy written: %1</source>
        <translation>Ysgrifennwyd y copi adfer: %1</translation>
    </message>
    <message>
        <source>Keep it away from this computer, and its recovery passphrase apart from it: together they open the key.</source>
        <translation>Cadwch ef oddi ar y cyfrifiadur hwn, a chadwch ei gyfrinymadrodd adfer ar wahân iddo: gyda&apos;i gilydd, maen nhw&apos;n agor yr allwedd.</translation>
    </message>
    <message>
        <source>Before you rely on it: this key turns identifiers into pseudonyms for this agreement. Data pseudonymised with it is still personal data. Whoever holds the key can reverse pseudonyms (an NHS number by trying them all), so give it only to the people who need it. If every holder loses it and the recovery passphrase is lost too, new shares can never be linked to old ones.</source>
        <translation>Cyn i chi ddibynnu arni: mae&apos;r allwedd hon yn troi dynodyddion yn ffugenwau ar gyfer y cytundeb hwn. Mae data sydd wedi&apos;i ffugenwi â hi yn dal i fod yn ddata personol. Gall unrhyw un sy&apos;n dal yr allwedd wrthdroi ffugenwau (rhif GIG drwy roi cynnig ar bob un), felly rhowch hi i&apos;r bobl sydd ei hangen yn unig. Os bydd pob deiliad yn ei cholli a&apos;r cyfrinymadrodd adfer ar goll hefyd, ni fydd modd byth cysylltu rhanniadau newydd â hen rai.</translation>
    </message>
    <message>
        <source>Choose the recovery passphrase for this key. The information governance lead keeps it, apart from this computer: with it the key can be recovered if every holder loses theirs.</source>
        <translation>Dewiswch y cyfrinymadrodd adfer ar gyfer yr allwedd hon. Yr arweinydd llywodraethu gwybodaeth sy&apos;n ei gadw, ar wahân i&apos;r cyfrifiadur hwn: gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi.</translation>
    </message>
    <message>
        <source>Recovery passphrase: </source>
        <translation>Cyfrinymadrodd adfer: </translation>
    </message>
    <message>
        <source>The recovery copy cannot be read (%1).</source>
        <translation>Nid oes modd darllen y copi adfer (%1).</translation>
    </message>
    <message>
        <source>The key of agreement %1 is in this history (key %2). Nobody holds it here yet: give it with &quot;agreement-key grant %1 --to KEY --recovery-passphrase-file FILE&quot;.</source>
        <translation>Mae allwedd cytundeb %1 yn yr hanes hwn (allwedd %2). Nid oes neb yn ei dal yma eto: rhowch hi i rywun gyda &quot;agreement-key grant %1 --to KEY --recovery-passphrase-file FILE&quot;.</translation>
    </message>
    <message>
        <source>Key made for agreement %1 (key %2). Held by: %3 (%4).</source>
        <translation>Crëwyd allwedd ar gyfer cytundeb %1 (allwedd %2). Deiliad: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) holds the key of agreement %3.</source>
        <translation>Mae %1 (%2) yn dal allwedd cytundeb %3.</translation>
    </message>
    <message>
        <source>Handed over to %1 (%2): %3</source>
        <translation>Trosglwyddwyd i %1 (%2): %3</translation>
    </message>
    <message>
        <source>&quot;inspect&quot; needs exactly one file: sharewise-cli inspect FILE</source>
        <translation>Mae angen union un ffeil ar &quot;inspect&quot;: sharewise-cli inspect FILE</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use utf-8, utf-16le, utf-16be, windows-1252 or auto.</source>
        <translation>Amgodiad anhysbys &quot;%1&quot;. Defnyddiwch utf-8, utf-16le, utf-16be, windows-1252 neu auto.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;. Use , ; tab | or auto.</source>
        <translation>Gwahanydd anhysbys &quot;%1&quot;. Defnyddiwch , ; tab | neu auto.</translation>
    </message>
    <message>
        <source>--header-row needs a row number of 1 or more.</source>
        <translation>Mae angen rhif rhes, 1 neu fwy, ar --header-row.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the header (first at lines %1). Redacting or sharing this file will need a decision on them.</source>
        <translation>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd (mae&apos;r rhai cyntaf ar linellau %1). Bydd angen penderfyniad amdanyn nhw cyn golygu neu rannu&apos;r ffeil hon.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd (llinell %1). Bydd angen penderfyniad amdani cyn golygu neu rannu&apos;r ffeil hon.</numerusform>
            <numerusform>Nid oes gan %n o resi yr un nifer o feysydd â&apos;r pennawd (mae&apos;r rhai cyntaf ar linellau %1). Bydd angen penderfyniad amdanyn nhw cyn golygu neu rannu&apos;r ffeil hon.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd (mae&apos;r rhai cyntaf ar linellau %1). Bydd angen penderfyniad amdanyn nhw cyn golygu neu rannu&apos;r ffeil hon.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd (mae&apos;r rhai cyntaf ar linellau %1). Bydd angen penderfyniad amdanyn nhw cyn golygu neu rannu&apos;r ffeil hon.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;redact&quot; needs exactly one file: sharewise-cli redact FILE --profile PROFILE.json -o OUT.csv</source>
        <translation>Mae angen union un ffeil ar &quot;redact&quot;: sharewise-cli redact FILE --profile PROFILE.json -o OUT.csv</translation>
    </message>
    <message>
        <source>&quot;redact&quot; needs a profile and an output file: --profile PROFILE.json -o OUT.csv</source>
        <translation>Mae angen proffil a ffeil allbwn ar &quot;redact&quot;: --profile PROFILE.json -o OUT.csv</translation>
    </message>
    <message>
        <source>Use either --key-file (a recovery copy of the key) or --agreement with your identity, not both.</source>
        <translation>Defnyddiwch naill ai --key-file (copi adfer o&apos;r allwedd) neu --agreement gyda&apos;ch hunaniaeth, nid y ddau.</translation>
    </message>
    <message>
        <source>--ragged must be skip, pad or refuse.</source>
        <translation>Rhaid i --ragged fod yn skip, pad neu refuse.</translation>
    </message>
    <message>
        <source>--threshold must be a whole number from 2 to 1000.</source>
        <translation>Rhaid i --threshold fod yn rhif cyfan o 2 i 1000.</translation>
    </message>
    <message>
        <source>The risk check needs quasi-identifiers: name them with --quasi col,col or mark them in the profile.</source>
        <translation>Mae angen lled-ddynodyddion ar y gwiriad risg: enwch nhw gyda --quasi col,col neu marciwch nhw yn y proffil.</translation>
    </message>
    <message>
        <source>The key file cannot be read (%1).</source>
        <translation>Nid oes modd darllen ffeil yr allwedd (%1).</translation>
    </message>
    <message>
        <source>The key file is the key of agreement %1, but the profile belongs to agreement %2. Use that agreement&apos;s key.</source>
        <translation>Allwedd cytundeb %1 sydd yn ffeil yr allwedd, ond mae&apos;r proffil yn perthyn i gytundeb %2. Defnyddiwch allwedd y cytundeb hwnnw.</translation>
    </message>
    <message>
        <source>This profile pseudonymises or shifts dates, so it needs the agreement&apos;s key: name the agreement with --agreement REF, or give a recovery copy with --key-file FILE.</source>
        <translation>Mae&apos;r proffil hwn yn ffugenwi neu&apos;n symud dyddiadau, felly mae angen allwedd y cytundeb arno: enwch y cytundeb gyda --agreement REF, neu rhowch gopi adfer gyda --key-file FILE.</translation>
    </message>
    <message>
        <source>The profile belongs to agreement %1, not %2.</source>
        <translation>Mae&apos;r proffil yn perthyn i gytundeb %1, nid %2.</translation>
    </message>
    <message>
        <source>The profile&apos;s rule for &quot;%1&quot; was used for the column &quot;%2&quot;.</source>
        <translation>Defnyddiwyd rheol y proffil ar gyfer &quot;%1&quot; ar y golofn &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the profile were left out: %1.</source>
        <translation>
            <numerusform>Gadawyd %n colofn nad oedd yn y proffil allan: %1.</numerusform>
            <numerusform>Gadawyd %n colofn nad oedd yn y proffil allan: %1.</numerusform>
            <numerusform>Gadawyd %n o golofnau nad oedd yn y proffil allan: %1.</numerusform>
            <numerusform>Gadawyd %n cholofn nad oedd yn y proffil allan: %1.</numerusform>
            <numerusform>Gadawyd %n colofn nad oedd yn y proffil allan: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the profile were kept as they are: %1.</source>
        <translation>
            <numerusform>Cadwyd %n colofn nad oedd yn y proffil heb eu newid: %1.</numerusform>
            <numerusform>Cadwyd %n colofn nad oedd yn y proffil heb ei newid: %1.</numerusform>
            <numerusform>Cadwyd %n o golofnau nad oedd yn y proffil heb eu newid: %1.</numerusform>
            <numerusform>Cadwyd %n cholofn nad oedd yn y proffil heb eu newid: %1.</numerusform>
            <numerusform>Cadwyd %n colofn nad oedd yn y proffil heb eu newid: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) could not be read for the rule and were left empty.</source>
        <translation>
            <numerusform>%1: nid oedd modd darllen %n gwerth ar gyfer y rheol, felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid oedd modd darllen %n gwerth ar gyfer y rheol, felly cafodd ei adael yn wag.</numerusform>
            <numerusform>%1: nid oedd modd darllen %n o werthoedd ar gyfer y rheol, felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid oedd modd darllen %n gwerth ar gyfer y rheol, felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid oedd modd darllen %n gwerth ar gyfer y rheol, felly cawsant eu gadael yn wag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n date(s) belong to nobody (the person column is empty) and were left empty.</source>
        <translation>
            <numerusform>%1: nid yw %n dyddiad yn perthyn i neb (mae colofn y person yn wag), felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid yw %n dyddiad yn perthyn i neb (mae colofn y person yn wag), felly cafodd ei adael yn wag.</numerusform>
            <numerusform>%1: nid yw %n o ddyddiadau yn perthyn i neb (mae colofn y person yn wag), felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid yw %n dyddiad yn perthyn i neb (mae colofn y person yn wag), felly cawsant eu gadael yn wag.</numerusform>
            <numerusform>%1: nid yw %n dyddiad yn perthyn i neb (mae colofn y person yn wag), felly cawsant eu gadael yn wag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were left out.</source>
        <translation>
            <numerusform>Gadawyd %n rhes â&apos;r nifer anghywir o feysydd allan.</numerusform>
            <numerusform>Gadawyd %n rhes â&apos;r nifer anghywir o feysydd allan.</numerusform>
            <numerusform>Gadawyd %n o resi â&apos;r nifer anghywir o feysydd allan.</numerusform>
            <numerusform>Gadawyd %n rhes â&apos;r nifer anghywir o feysydd allan.</numerusform>
            <numerusform>Gadawyd %n rhes â&apos;r nifer anghywir o feysydd allan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were padded or cut to the header.</source>
        <translation>
            <numerusform>Cafodd %n rhes â&apos;r nifer anghywir o feysydd eu llenwi neu eu torri i gyd-fynd â&apos;r pennawd.</numerusform>
            <numerusform>Cafodd %n rhes â&apos;r nifer anghywir o feysydd ei llenwi neu ei thorri i gyd-fynd â&apos;r pennawd.</numerusform>
            <numerusform>Cafodd %n o resi â&apos;r nifer anghywir o feysydd eu llenwi neu eu torri i gyd-fynd â&apos;r pennawd.</numerusform>
            <numerusform>Cafodd %n rhes â&apos;r nifer anghywir o feysydd eu llenwi neu eu torri i gyd-fynd â&apos;r pennawd.</numerusform>
            <numerusform>Cafodd %n rhes â&apos;r nifer anghywir o feysydd eu llenwi neu eu torri i gyd-fynd â&apos;r pennawd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s)</source>
        <translation>
            <numerusform>Ysgrifennwyd %1: %n rhes</numerusform>
            <numerusform>Ysgrifennwyd %1: %n rhes</numerusform>
            <numerusform>Ysgrifennwyd %1: %n o resi</numerusform>
            <numerusform>Ysgrifennwyd %1: %n rhes</numerusform>
            <numerusform>Ysgrifennwyd %1: %n rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n column(s).</source>
        <translation>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
            <numerusform>, %n o golofnau.</numerusform>
            <numerusform>, %n cholofn.</numerusform>
            <numerusform>, %n colofn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smallest group: %1. Unique records: %2. Records in groups smaller than %3: %4.</source>
        <translation>Y grŵp lleiaf: %1. Cofnodion unigryw: %2. Cofnodion mewn grwpiau llai na %3: %4.</translation>
    </message>
    <message>
        <source>Name the agreement and the PDF to write: sharewise-cli agreements pdf REF -o FILE</source>
        <translation>Enwch y cytundeb a&apos;r PDF i&apos;w ysgrifennu: sharewise-cli agreements pdf REF -o FILE</translation>
    </message>
    <message>
        <source>--version must be a version number: 1, 2, ...</source>
        <translation>Rhaid i --version fod yn rhif fersiwn: 1, 2, ...</translation>
    </message>
    <message>
        <source>Make the PDF with the command &quot;sharewise-cli agreements pdf REF -o FILE&quot;.</source>
        <translation>Gwnewch y PDF gyda&apos;r gorchymyn &quot;sharewise-cli agreements pdf REF -o FILE&quot;.</translation>
    </message>
    <message>
        <source>Agreement %1, version %2, written to %3.</source>
        <translation>Cytundeb %1, fersiwn %2, wedi&apos;i ysgrifennu i %3.</translation>
    </message>
    <message>
        <source>Use &quot;agreements list&quot;, &quot;show&quot;, &quot;import&quot;, &quot;export&quot; or &quot;pdf&quot;.</source>
        <translation>Defnyddiwch &quot;agreements list&quot;, &quot;show&quot;, &quot;import&quot;, &quot;export&quot; neu &quot;pdf&quot;.</translation>
    </message>
    <message>
        <source>--status must be draft, active, expired, suspended or ended.</source>
        <translation>Rhaid i --status fod yn draft, active, expired, suspended neu ended.</translation>
    </message>
    <message>
        <source>&quot;agreements list&quot; takes no file or reference; filter with --status, --partner and --review-due.</source>
        <translation>Nid yw &quot;agreements list&quot; yn cymryd ffeil na chyfeirnod; hidlwch gyda --status, --partner a --review-due.</translation>
    </message>
    <message>
        <source>Name the agreement by its reference: agreements show REF</source>
        <translation>Enwch y cytundeb drwy ei gyfeirnod: agreements show REF</translation>
    </message>
    <message>
        <source>Give the agreement file: agreements import FILE</source>
        <translation>Rhowch ffeil y cytundeb: agreements import FILE</translation>
    </message>
    <message>
        <source>Name the agreement and the file to write: agreements export REF -o FILE</source>
        <translation>Enwch y cytundeb a&apos;r ffeil i&apos;w hysgrifennu: agreements export REF -o FILE</translation>
    </message>
    <message>
        <source>The agreement file cannot be read (%1). Check the file name.</source>
        <translation>Ni ellir darllen ffeil y cytundeb (%1). Gwiriwch enw&apos;r ffeil.</translation>
    </message>
    <message>
        <source>This file is too large to be an agreement.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn gytundeb.</translation>
    </message>
    <message>
        <source>No agreements match.</source>
        <translation>Nid oes cytundebau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>f%1</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>adolygu %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Version: %1 (content hash %2)</source>
        <translation>Fersiwn: %1 (stwnsh y cynnwys %2)</translation>
    </message>
    <message>
        <source>Dates: starts %1, ends %2, review due %3</source>
        <translation>Dyddiadau: yn dechrau %1, yn dod i ben %2, adolygiad yn ddyledus %3</translation>
    </message>
    <message>
        <source>Party: %1 (%2)</source>
        <translation>Parti: %1 (%2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Diben: %1</translation>
    </message>
    <message>
        <source>Lawful basis: %1</source>
        <translation>Sail gyfreithlon: %1</translation>
    </message>
    <message>
        <source>Special category condition: %1</source>
        <translation>Amod data categori arbennig: %1</translation>
    </message>
    <message>
        <source>Criminal offence condition: %1</source>
        <translation>Amod data troseddau: %1</translation>
    </message>
    <message>
        <source>Statutory power: %1</source>
        <translation>Pŵer statudol: %1</translation>
    </message>
    <message>
        <source>Data item: %1 (at least: %2)</source>
        <translation>Eitem ddata: %1 (o leiaf: %2)</translation>
    </message>
    <message>
        <source>Frequency: %1</source>
        <translation>Pa mor aml: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Cadw: %1</translation>
    </message>
    <message>
        <source>DPIA: %1</source>
        <translation>AEDD: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 (key %2)</source>
        <translation>Derbynnydd: %1 (allwedd %2)</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>heb ei dewis</translation>
    </message>
    <message>
        <source>Signed off: %1, %2, %3</source>
        <translation>Llofnodwyd: %1, %2, %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>Expected output: %1, due %2</source>
        <translation>Allbwn disgwyliedig: %1, erbyn %2</translation>
    </message>
    <message>
        <source>Each share needs IG review before sealing.</source>
        <translation>Mae angen adolygiad llywodraethu gwybodaeth ar bob rhanniad cyn ei selio.</translation>
    </message>
    <message>
        <source>Shares may be sealed without IG review.</source>
        <translation>Gellir selio rhanniadau heb adolygiad llywodraethu gwybodaeth.</translation>
    </message>
    <message>
        <source>Proposed, not yet confirmed: %1</source>
        <translation>Arfaethedig, heb ei gadarnhau eto: %1</translation>
    </message>
    <message>
        <source>Version %1: %2 by %3%4</source>
        <translation>Fersiwn %1: %2 gan %3%4</translation>
    </message>
    <message>
        <source>%1 is already in the register with this content (version %2): nothing changed.</source>
        <translation>Mae %1 eisoes yn y gofrestr gyda&apos;r cynnwys hwn (fersiwn %2): dim wedi newid.</translation>
    </message>
    <message>
        <source>Added %1 to the register as version 1.</source>
        <translation>Ychwanegwyd %1 at y gofrestr fel fersiwn 1.</translation>
    </message>
    <message>
        <source>Recorded %1 version %2.</source>
        <translation>Cofnodwyd %1 fersiwn %2.</translation>
    </message>
    <message>
        <source>The agreement could not be written (%1). Check the folder and that there is space.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r cytundeb (%1). Gwiriwch y ffolder a bod lle ar gael.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Ysgrifennwyd %1 i %2.</translation>
    </message>
    <message>
        <source>A share under an agreement goes only to the recipients it names: seal it to their keys with --to, not with a passphrase.</source>
        <translation>Dim ond i&apos;r derbynwyr y mae&apos;n eu henwi y mae rhanniad o dan gytundeb yn mynd: seliwch ef i&apos;w hallweddi gyda --to, nid gyda chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Shared under agreement %1, version %2: %3</source>
        <translation>Rhannwyd o dan gytundeb %1, fersiwn %2: %3</translation>
    </message>
    <message>
        <source>&quot;check&quot; needs exactly one file: sharewise-cli check --agreement REF --profile PROFILE.json FILE</source>
        <translation>Mae &quot;check&quot; angen un ffeil yn union: sharewise-cli check --agreement REF --profile PROFILE.json FILE</translation>
    </message>
    <message>
        <source>&quot;check&quot; needs an agreement and a redaction profile: --agreement REF --profile PROFILE.json</source>
        <translation>Mae &quot;check&quot; angen cytundeb a phroffil golygu: --agreement REF --profile PROFILE.json</translation>
    </message>
    <message>
        <source>The --agreement option needs the agreement&apos;s reference.</source>
        <translation>Mae&apos;r opsiwn --agreement angen cyfeirnod y cytundeb.</translation>
    </message>
    <message>
        <source>[%1] </source>
        <translation>[%1] </translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Y cam nesaf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop this share under agreement %1.</source>
        <translation>
            <numerusform>Mae %n problem yn atal y rhanniad hwn o dan gytundeb %1.</numerusform>
            <numerusform>Mae %n broblem yn atal y rhanniad hwn o dan gytundeb %1.</numerusform>
            <numerusform>Mae %n o broblemau yn atal y rhanniad hwn o dan gytundeb %1.</numerusform>
            <numerusform>Mae %n phroblem yn atal y rhanniad hwn o dan gytundeb %1.</numerusform>
            <numerusform>Mae %n problem yn atal y rhanniad hwn o dan gytundeb %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the share may go ahead under agreement %1.</source>
        <translation>Ni chafwyd hyd i broblemau: gall y rhanniad fynd yn ei flaen o dan gytundeb %1.</translation>
    </message>
    <message>
        <source>Nothing stops this share under agreement %1, but read the warnings.</source>
        <translation>Nid oes dim yn atal y rhanniad hwn o dan gytundeb %1, ond darllenwch y rhybuddion.</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>Do not rely on the approval: ask the sender.</source>
        <translation>Peidiwch â dibynnu ar y gymeradwyaeth: holwch yr anfonwr.</translation>
    </message>
    <message>
        <source>Either seal the share now with -o OUT.swb, or submit it for review with --submit (then seal it with &quot;share seal ID -o OUT.swb&quot; once approved).</source>
        <translation>Naill ai seliwch y rhanniad nawr gyda -o OUT.swb, neu cyflwynwch ef i&apos;w adolygu gyda --submit (yna seliwch ef gyda &quot;share seal ID -o OUT.swb&quot; unwaith y bydd wedi&apos;i gymeradwyo).</translation>
    </message>
    <message>
        <source>Agreement %1 needs an IG review before anything is sealed: submit the share with --submit, and seal it once it is approved.</source>
        <translation>Mae angen adolygiad llywodraethu gwybodaeth ar gytundeb %1 cyn selio dim: cyflwynwch y rhanniad gyda --submit, a&apos;i selio unwaith y bydd wedi&apos;i gymeradwyo.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop this share under agreement %1; nothing was recorded or sealed.</source>
        <translation>
            <numerusform>Mae %n problem yn atal y rhanniad hwn o dan gytundeb %1; ni chofnodwyd na seliwyd dim.</numerusform>
            <numerusform>Mae %n broblem yn atal y rhanniad hwn o dan gytundeb %1; ni chofnodwyd na seliwyd dim.</numerusform>
            <numerusform>Mae %n o broblemau yn atal y rhanniad hwn o dan gytundeb %1; ni chofnodwyd na seliwyd dim.</numerusform>
            <numerusform>Mae %n phroblem yn atal y rhanniad hwn o dan gytundeb %1; ni chofnodwyd na seliwyd dim.</numerusform>
            <numerusform>Mae %n problem yn atal y rhanniad hwn o dan gytundeb %1; ni chofnodwyd na seliwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share %1 submitted for review (id %2).</source>
        <translation>Cyflwynwyd rhanniad %1 i&apos;w adolygu (dynodydd %2).</translation>
    </message>
    <message>
        <source>An IG lead approves it with &quot;sharewise-cli review approve %1&quot;; then seal it with &quot;sharewise-cli share seal %1 -o OUT.swb&quot;.</source>
        <translation>Bydd arweinydd llywodraethu gwybodaeth yn ei gymeradwyo gyda &quot;sharewise-cli review approve %1&quot;; yna seliwch ef gyda &quot;sharewise-cli share seal %1 -o OUT.swb&quot;.</translation>
    </message>
    <message>
        <source>Sealing failed: %1</source>
        <translation>Methodd y selio: %1</translation>
    </message>
    <message>
        <source>Share %1 sealed: %2</source>
        <translation>Seliwyd rhanniad %1: %2</translation>
    </message>
    <message>
        <source>Next: send the bundle by the agreed route, then record it with &quot;sharewise-cli share sent %1 --route ROUTE&quot;.</source>
        <translation>Nesaf: anfonwch y bwndel drwy&apos;r dull trosglwyddo y cytunwyd arno, yna cofnodwch hynny gyda &quot;sharewise-cli share sent %1 --route ROUTE&quot;.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use draft, pending_review, approved, rejected, sealed, sent, received or cancelled.</source>
        <translation>Statws anhysbys &quot;%1&quot;: defnyddiwch draft, pending_review, approved, rejected, sealed, sent, received neu cancelled.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli share import-decision FILE</source>
        <translation>Defnyddiwch: sharewise-cli share import-decision FILE</translation>
    </message>
    <message>
        <source>Name the share: sharewise-cli share %1 ID</source>
        <translation>Enwch y rhanniad: sharewise-cli share %1 ID</translation>
    </message>
    <message>
        <source>Share %1 approved by %2.</source>
        <translation>Cymeradwywyd rhanniad %1 gan %2.</translation>
    </message>
    <message>
        <source>Share %1 sent back by %2: %3</source>
        <translation>Anfonwyd rhanniad %1 yn ôl gan %2: %3</translation>
    </message>
    <message>
        <source>Say how it was sent: --route &quot;DLUHC portal&quot;.</source>
        <translation>Nodwch sut cafodd ei anfon: --route &quot;porth DLUHC&quot;.</translation>
    </message>
    <message>
        <source>Share %1 marked as sent (%2).</source>
        <translation>Nodwyd bod rhanniad %1 wedi&apos;i anfon (%2).</translation>
    </message>
    <message>
        <source>Say why: --reason TEXT.</source>
        <translation>Nodwch pam: --reason TEXT.</translation>
    </message>
    <message>
        <source>Share %1 cancelled.</source>
        <translation>Canslwyd rhanniad %1.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli share export-request ID -o FILE</source>
        <translation>Defnyddiwch: sharewise-cli share export-request ID -o FILE</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil (%1).</translation>
    </message>
    <message>
        <source>Review request written: %1. Send it to the IG lead; import their decision with &quot;sharewise-cli share import-decision FILE&quot;.</source>
        <translation>Ysgrifennwyd y cais adolygu: %1. Anfonwch ef at yr arweinydd llywodraethu gwybodaeth; mewnforiwch ei benderfyniad gyda &quot;sharewise-cli share import-decision FILE&quot;.</translation>
    </message>
    <message>
        <source>No shares.</source>
        <translation>Dim rhanniadau.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rhes</translation>
    </message>
    <message>
        <source>Share %1 (%2): %3</source>
        <translation>Rhanniad %1 (%2): %3</translation>
    </message>
    <message>
        <source>Prepared by %1 from %2</source>
        <translation>Paratowyd gan %1 o %2</translation>
    </message>
    <message>
        <source>Approved by %1 (%2) on %3</source>
        <translation>Cymeradwywyd gan %1 (%2) ar %3</translation>
    </message>
    <message>
        <source>Sent back by %1 on %2: %3</source>
        <translation>Anfonwyd yn ôl gan %1 ar %2: %3</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Bwndel: %1</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Anfonwyd drwy: %1</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Trywydd archwilio:</translation>
    </message>
    <message>
        <source>Use: sharewise-cli review list | show ID | approve ID | reject ID --reason TEXT | import FILE | export-decision ID -o FILE</source>
        <translation>Defnyddiwch: sharewise-cli review list | show ID | approve ID | reject ID --reason TEXT | import FILE | export-decision ID -o FILE</translation>
    </message>
    <message>
        <source>Name the share: sharewise-cli review %1 ID</source>
        <translation>Enwch y rhanniad: sharewise-cli review %1 ID</translation>
    </message>
    <message>
        <source>Share %1 from %2 is waiting for your review (here it is share %3).</source>
        <translation>Mae rhanniad %1 gan %2 yn aros i chi ei adolygu (yma, rhanniad %3 ydyw).</translation>
    </message>
    <message>
        <source>Use: sharewise-cli review export-decision ID -o FILE</source>
        <translation>Defnyddiwch: sharewise-cli review export-decision ID -o FILE</translation>
    </message>
    <message>
        <source>Share %1 has not been reviewed yet.</source>
        <translation>Nid yw rhanniad %1 wedi&apos;i adolygu eto.</translation>
    </message>
    <message>
        <source>Decision written: %1. Send it back to the preparer.</source>
        <translation>Ysgrifennwyd y penderfyniad: %1. Anfonwch ef yn ôl at y person a baratôdd y rhanniad.</translation>
    </message>
    <message>
        <source>Say why the share is sent back: --reason TEXT.</source>
        <translation>Nodwch pam mae&apos;r rhanniad yn cael ei anfon yn ôl: --reason TEXT.</translation>
    </message>
    <message>
        <source>Share %1 approved. The preparer can now seal it.</source>
        <translation>Cymeradwywyd rhanniad %1. Gall y person a&apos;i paratôdd ei selio nawr.</translation>
    </message>
    <message>
        <source>Share %1 sent back to %2.</source>
        <translation>Anfonwyd rhanniad %1 yn ôl at %2.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli outputs list | record --agreement REF --output TITLE --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...</source>
        <translation>Defnyddiwch: sharewise-cli outputs list | record --agreement REF --output TITLE --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...</translation>
    </message>
    <message>
        <source>No agreement promises outputs back.</source>
        <translation>Nid oes cytundeb yn addo allbynnau yn ôl.</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>dychwelwyd %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>due</source>
        <translation>yn ddyledus</translation>
    </message>
    <message>
        <source>Use: sharewise-cli outputs record --agreement REF --output TITLE --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...</source>
        <translation>Defnyddiwch: sharewise-cli outputs record --agreement REF --output TITLE --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...</translation>
    </message>
    <message>
        <source>--received must be a date written YYYY-MM-DD.</source>
        <translation>Rhaid i --received fod yn ddyddiad wedi&apos;i ysgrifennu fel YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Recorded: %1 came back on %2 under agreement %3.</source>
        <translation>Cofnodwyd: daeth %1 yn ôl ar %2 o dan gytundeb %3.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli incident report ID --kind KIND --description TEXT | incident list</source>
        <translation>Defnyddiwch: sharewise-cli incident report ID --kind KIND --description TEXT | incident list</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Nid oes digwyddiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>share %1</source>
        <translation>rhanniad %1</translation>
    </message>
    <message>
        <source>ICO deadline %1</source>
        <translation>terfyn amser yr ICO %1</translation>
    </message>
    <message>
        <source>Use: sharewise-cli incident report ID --kind wrong_recipient|wrong_file|too_much_data|other --description TEXT</source>
        <translation>Defnyddiwch: sharewise-cli incident report ID --kind wrong_recipient|wrong_file|too_much_data|other --description TEXT</translation>
    </message>
    <message>
        <source>--kind must be wrong_recipient, wrong_file, too_much_data or other.</source>
        <translation>Rhaid i --kind fod yn wrong_recipient, wrong_file, too_much_data neu other.</translation>
    </message>
    <message>
        <source>Incident %1 recorded against share %2.</source>
        <translation>Cofnodwyd digwyddiad %1 yn erbyn rhanniad %2.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli share --agreement REF --profile PROFILE.json (--to KEY... | --passphrase-file FILE) FILE -o OUT.swb (or --submit instead of -o, for a review)</source>
        <translation>Defnydd: sharewise-cli share --agreement REF --profile PROFILE.json (--to KEY... | --passphrase-file FILE) FILE -o OUT.swb (neu --submit yn lle -o, ar gyfer adolygiad)</translation>
    </message>
    <message>
        <source>A share sent for review carries no passphrase yet: submit it with --by-passphrase, and give --passphrase-file to &quot;share seal&quot; once it is approved.</source>
        <translation>Nid oes cyfrinymadrodd gyda rhanniad a anfonir i&apos;w adolygu eto: cyflwynwch ef gyda --by-passphrase, a rhowch --passphrase-file i &quot;share seal&quot; unwaith y bydd wedi&apos;i gymeradwyo.</translation>
    </message>
    <message>
        <source>Give the passphrase to seal it under with --passphrase-file FILE.</source>
        <translation>Rhowch y cyfrinymadrodd i&apos;w selio oddi tano gyda --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>It opens with the passphrase: tell it to the recipient by another route (for example, by phone), never with the bundle.</source>
        <translation>Mae&apos;n agor gyda&apos;r cyfrinymadrodd: dywedwch ef wrth y derbynnydd ar hyd llwybr arall (er enghraifft, dros y ffôn), byth gyda&apos;r bwndel.</translation>
    </message>
    <message>
        <source>Use: sharewise-cli share seal ID -o OUT.swb [--passphrase-file FILE]</source>
        <translation>Defnydd: sharewise-cli share seal ID -o OUT.swb [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Share %1 is sealed under a passphrase: give it with --passphrase-file FILE.</source>
        <translation>Mae rhanniad %1 wedi&apos;i selio dan gyfrinymadrodd: rhowch ef gyda --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Share %1 is sealed to its recipients&apos; keys: leave out --passphrase-file.</source>
        <translation>Mae rhanniad %1 wedi&apos;i selio i allweddi ei dderbynwyr: gadewch --passphrase-file allan.</translation>
    </message>
    <message>
        <source>--register needs the server, for example --register &quot;host=register.council.local port=5432 dbname=sharewise user=jbloggs&quot;.</source>
        <translation>Mae angen y gweinydd ar --register, er enghraifft --register &quot;host=register.council.local port=5432 dbname=sharewise user=jbloggs&quot;.</translation>
    </message>
    <message>
        <source>--register is not a connection string: write key=value pairs separated by spaces, such as &quot;host=H port=P dbname=D user=U&quot;.</source>
        <translation>Nid yw gwerth --register yn llinyn cysylltu: ysgrifennwch barau enw=gwerth wedi&apos;u gwahanu gan fylchau, fel &quot;host=H port=P dbname=D user=U&quot;.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in --register has no closing quote.</source>
        <translation>Nid oes dyfynnod cau ar werth &quot;%1&quot; yn --register.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice in --register.</source>
        <translation>Rhoddwyd &quot;%1&quot; ddwywaith yn --register.</translation>
    </message>
    <message>
        <source>The port in --register must be a number, such as 5432.</source>
        <translation>Rhaid i&apos;r porth yn --register fod yn rhif, fel 5432.</translation>
    </message>
    <message>
        <source>Do not put the password in --register, where other users of this computer can see it: use --register-password-file FILE, or save it in Settings.</source>
        <translation>Peidiwch â rhoi&apos;r cyfrinair yn --register, lle gall defnyddwyr eraill y cyfrifiadur hwn ei weld: defnyddiwch --register-password-file FILE, neu cadwch ef yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>--register does not take &quot;%1&quot;: use host, port, dbname, user, sslmode, sslrootcert and schema.</source>
        <translation>Nid yw --register yn derbyn &quot;%1&quot;: defnyddiwch host, port, dbname, user, sslmode, sslrootcert a schema.</translation>
    </message>
    <message>
        <source>Give either --db (a history file) or --register (the shared register), not both.</source>
        <translation>Rhowch naill ai --db (ffeil hanes) neu --register (y gofrestr a rennir), nid y ddau.</translation>
    </message>
    <message>
        <source>--register-password-file is for the shared register: give --register too, or choose the shared register in Settings.</source>
        <translation>Mae --register-password-file ar gyfer y gofrestr a rennir: rhowch --register hefyd, neu dewiswch y gofrestr a rennir yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The shared register in Settings is not complete: %1</source>
        <translation>Nid yw manylion y gofrestr a rennir yn y Gosodiadau yn gyflawn: %1</translation>
    </message>
    <message>
        <source>Could not read the register&apos;s password file (%1). Check its name, and that you may read it.</source>
        <translation>Nid oedd modd darllen ffeil cyfrinair y gofrestr (%1). Gwiriwch ei henw, a bod gennych hawl i&apos;w darllen.</translation>
    </message>
    <message>
        <source>The shared register is backed up on its server, by IT (for example with pg_dump); &quot;backup&quot; copies a history file.</source>
        <translation>Y tîm TG sy&apos;n gwneud copi wrth gefn o&apos;r gofrestr a rennir, ar ei gweinydd (er enghraifft gyda pg_dump); mae &quot;backup&quot; yn copïo ffeil hanes.</translation>
    </message>
    <message>
        <source>The shared register is restored on its server, by IT; &quot;restore&quot; replaces a history file.</source>
        <translation>Y tîm TG sy&apos;n adfer y gofrestr a rennir, ar ei gweinydd; mae &quot;restore&quot; yn rhoi copi wrth gefn yn lle ffeil hanes.</translation>
    </message>
    <message>
        <source>&quot;register roles-sql&quot; takes no file or name; choose the schema with --schema.</source>
        <translation>Nid yw &quot;register roles-sql&quot; yn derbyn ffeil nac enw; dewiswch y sgema gyda --schema.</translation>
    </message>
    <message>
        <source>Use &quot;register members add&quot;, &quot;remove&quot; or &quot;list&quot;.</source>
        <translation>Defnyddiwch &quot;register members add&quot;, &quot;remove&quot; neu &quot;list&quot;.</translation>
    </message>
    <message>
        <source>Name the person, in quotes if the name has spaces: register members %1 &quot;NAME&quot; --role officer|reviewer|administrator</source>
        <translation>Enwch y person, mewn dyfynodau os oes bylchau yn yr enw: register members %1 &quot;NAME&quot; --role officer|reviewer|administrator</translation>
    </message>
    <message>
        <source>Give the role: --role officer, reviewer or administrator.</source>
        <translation>Rhowch y rôl: --role officer, reviewer neu administrator.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use officer, reviewer or administrator.</source>
        <translation>Rôl anhysbys &quot;%1&quot;: defnyddiwch officer, reviewer neu administrator.</translation>
    </message>
    <message>
        <source>&quot;register members list&quot; takes no name.</source>
        <translation>Nid yw &quot;register members list&quot; yn derbyn enw.</translation>
    </message>
    <message>
        <source>%1 is now recorded as %2 in this register.</source>
        <translation>Cofnodwyd %1 fel %2 yn y gofrestr hon.</translation>
    </message>
    <message>
        <source>%1 is no longer recorded as %2 in this register.</source>
        <translation>Nid yw %1 yn y gofrestr hon fel %2 mwyach.</translation>
    </message>
    <message>
        <source>No members are recorded in this register yet.</source>
        <translation>Nid oes aelodau wedi&apos;u cofnodi yn y gofrestr hon eto.</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>enw mewngofnodi %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>allwedd %1</translation>
    </message>
    <message>
        <source>removed %1 by %2</source>
        <translation>tynnwyd ar %1 gan %2</translation>
    </message>
    <message>
        <source>Use &quot;register roles-sql&quot;, &quot;register members&quot;, &quot;register import&quot; or &quot;register export&quot;.</source>
        <translation>Defnyddiwch &quot;register roles-sql&quot;, &quot;register members&quot;, &quot;register import&quot; neu &quot;register export&quot;.</translation>
    </message>
    <message>
        <source>Name the history file to copy into the shared register: sharewise-cli --register &quot;...&quot; register import FILE</source>
        <translation>Enwch y ffeil hanes i&apos;w chopïo i&apos;r gofrestr a rennir: sharewise-cli --register &quot;...&quot; register import FILE</translation>
    </message>
    <message>
        <source>Name the new history file to copy the shared register into: sharewise-cli --register &quot;...&quot; register export FILE</source>
        <translation>Enwch y ffeil hanes newydd i gopïo&apos;r gofrestr a rennir iddi: sharewise-cli --register &quot;...&quot; register export FILE</translation>
    </message>
    <message>
        <source>&quot;register %1&quot; works on the shared register: give --register, or choose the shared register in Settings.</source>
        <translation>Mae &quot;register %1&quot; yn gweithio ar y gofrestr a rennir: rhowch --register, neu dewiswch y gofrestr a rennir yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>There is no history file here. Check the name.</source>
        <translation>Nid oes ffeil hanes yma. Gwiriwch yr enw.</translation>
    </message>
    <message>
        <source>A file of that name exists already, and the register is only ever copied into a new file. Choose another name.</source>
        <translation>Mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes, a dim ond i ffeil newydd y caiff y gofrestr ei chopïo. Dewiswch enw arall.</translation>
    </message>
    <message numerus="yes">
        <source>Copied into the shared register %1: %n audit entries, the same chain (last entry %2), checked.</source>
        <translation>
            <numerusform>Copïwyd i&apos;r gofrestr a rennir %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd i&apos;r gofrestr a rennir %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;i wirio.</numerusform>
            <numerusform>Copïwyd i&apos;r gofrestr a rennir %1: %n o gofnodion archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd i&apos;r gofrestr a rennir %1: %n chofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd i&apos;r gofrestr a rennir %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the shared register into %1: %n audit entries, the same chain (last entry %2), checked.</source>
        <translation>
            <numerusform>Copïwyd y gofrestr a rennir i %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd y gofrestr a rennir i %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;i wirio.</numerusform>
            <numerusform>Copïwyd y gofrestr a rennir i %1: %n o gofnodion archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd y gofrestr a rennir i %1: %n chofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
            <numerusform>Copïwyd y gofrestr a rennir i %1: %n cofnod archwilio, yr un gadwyn (cofnod olaf %2), wedi&apos;u gwirio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sharewise-cli [--db FILE | --register CONNECTION] [--lang en|cy] COMMAND
                     [OPTIONS]

Commands:
  history [--json] [--limit N]  List the events recorded in the history.
  audit verify                  Check that the audit trail has not been altered.
  backup FILE [--force]         Write a consistent copy of the history to FILE.
  restore FILE                  Replace the history with a checked backup.
  keygen [--name NAME] [--identity-file FILE] [--replace]
                                Create your identity and print your key card.
  seal FILE -o OUT.swb (--to KEY)... | --passphrase-file FILE
                                Encrypt and sign FILE for the named recipients.
  verify BUNDLE                 Check that a bundle is genuine and intact.
  open BUNDLE -o FOLDER [--receipt FILE]
                                Check a bundle and write out its data.
  inspect FILE [--sheet NAME] [--encoding E] [--delimiter D] [--json]
                                Show how a dataset reads and what each column holds.
  redact FILE --profile PROFILE.json -o OUT.csv [--risk --quasi COL,COL]
         [--sensitive COL] [--threshold N] [--ragged skip|pad] [--json]
         [--agreement REF | --key-file FILE [--key-passphrase-file FILE]]
                                Redact a dataset by a saved profile into a CSV.
  check FILE --agreement REF --profile PROFILE.json
        [--recipient FINGERPRINT]... [--json]
                                Check a share against its agreement (4: blocked).
  share FILE --agreement REF --profile PROFILE.json
        ((--to KEY)... | --passphrase-file FILE | --by-passphrase)
        (-o OUT.swb | --submit)
                                Check, redact, record and seal a share (4: blocked),
                                or submit it for an IG review.
  share seal ID -o OUT.swb [--passphrase-file FILE]
                                Seal an approved share (4: not approved, or changed).
  share list [--state S] [--agreement REF] [--json] | show ID [--json]
  share sent ID --route ROUTE | cancel ID --reason TEXT
  share export-request ID -o FILE | import-decision FILE
                                Follow shares from draft to receipt.
  review list | show ID | approve ID | reject ID --reason TEXT
  review import FILE | export-decision ID -o FILE
                                Review shares waiting for an IG lead (four eyes).
  outputs list [--json] | record --agreement REF --output TITLE
        --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...
                                Outputs promised back, and what came back.
  incident report ID --kind KIND --description TEXT | incident list
                                Report a problem with a share.
  receipt import FILE           Record a recipient&apos;s receipt for a bundle.
  recipients add|list|verify|revoke
                                Keep the directory of partners&apos; keys.
  agreements list [--status S] [--partner P] [--review-due] [--json]
  agreements show REF [--version N] [--json]
  agreements import FILE | export REF -o FILE | pdf REF -o FILE
                                Keep the agreements register.
  agreement-key create|grant|revoke|handover|list|export-recovery|import-recovery
                                Keep agreements&apos; pseudonymisation keys.
  register roles-sql [--schema S]
                                Print the shared register&apos;s database roles for IT.
  register members [list [--all] [--json]]
  register members add|remove NAME --role officer|reviewer|administrator
        [--login LOGIN] [--fingerprint FP]
                                Record who belongs to the register, and who reviews.
  register import FILE | export NEW-FILE
                                Copy a history file into an empty shared register,
                                or the register into a new file (checked).
  version                       Print the program&apos;s version.

Options:
  --db FILE        The history database to use (or set SHAREWISE_DB).
  --register CONNECTION             The shared register on a PostgreSQL server:
                                    &quot;host=H port=P dbname=D user=U&quot;, and if
                                    needed sslrootcert=CA-FILE, schema=S and
                                    sslmode=verify-full.
  --register-password-file FILE     The register&apos;s password, from FILE&apos;s first
                                    line (else the credential store&apos;s, or none).
  --lang en|cy     The language of messages (English or Welsh).
  -h, --help       Show this help.
  -v, --version    Print the program&apos;s version.
  --identity-file FILE              Act as the identity in this protected file.
  --identity-passphrase-file FILE   Read that file&apos;s passphrase from FILE.
  --passphrase-file FILE            A bundle&apos;s passphrase, read from FILE.

Exit codes: 0 success, 1 usage error, 2 bad input, 3 verification failed,
4 refused by policy, 5 the system failed (disk, database).
</source>
        <translation>Defnydd: sharewise-cli [--db FILE | --register CONNECTION] [--lang en|cy]
                       COMMAND [OPTIONS]

Gorchmynion:
  history [--json] [--limit N]  Rhestru&apos;r digwyddiadau a gofnodwyd yn yr hanes.
  audit verify                  Gwirio nad yw&apos;r trywydd archwilio wedi&apos;i newid.
  backup FILE [--force]         Ysgrifennu copi cyson o&apos;r hanes i FILE.
  restore FILE                  Rhoi copi wrth gefn a wiriwyd yn lle&apos;r hanes.
  keygen [--name NAME] [--identity-file FILE] [--replace]
                                Creu hunaniaeth a dangos eich cerdyn allwedd.
  seal FILE -o OUT.swb (--to KEY)... | --passphrase-file FILE
                                Amgryptio a llofnodi FILE ar gyfer
                                y derbynwyr a enwir.
  verify BUNDLE                 Gwirio bod bwndel yn ddilys ac yn gyfan.
  open BUNDLE -o FOLDER [--receipt FILE]
                                Gwirio bwndel a thynnu&apos;r data allan ohono.
  inspect FILE [--sheet NAME] [--encoding E] [--delimiter D] [--json]
                                Dangos sut mae set ddata&apos;n cael ei darllen a
                                beth sydd ym mhob colofn.
  redact FILE --profile PROFILE.json -o OUT.csv [--risk --quasi COL,COL]
         [--sensitive COL] [--threshold N] [--ragged skip|pad] [--json]
         [--agreement REF | --key-file FILE [--key-passphrase-file FILE]]
                                Golygu set ddata yn ôl proffil a gadwyd,
                                a&apos;i hysgrifennu i ffeil CSV.
  check FILE --agreement REF --profile PROFILE.json
        [--recipient FINGERPRINT]... [--json]
                                Gwirio rhanniad yn erbyn ei gytundeb
                                (4: wedi&apos;i rwystro).
  share FILE --agreement REF --profile PROFILE.json
        ((--to KEY)... | --passphrase-file FILE | --by-passphrase)
        (-o OUT.swb | --submit)
                                Gwirio, golygu, cofnodi a selio rhanniad
                                (4: wedi&apos;i rwystro), neu ei gyflwyno ar gyfer
                                adolygiad llywodraethu gwybodaeth.
  share seal ID -o OUT.swb [--passphrase-file FILE]
                                Selio rhanniad a gymeradwywyd
                                (4: heb ei gymeradwyo, neu wedi newid).
  share list [--state S] [--agreement REF] [--json] | show ID [--json]
  share sent ID --route ROUTE | cancel ID --reason TEXT
  share export-request ID -o FILE | import-decision FILE
                                Dilyn rhanniadau o&apos;r drafft i&apos;r dderbynneb.
  review list | show ID | approve ID | reject ID --reason TEXT
  review import FILE | export-decision ID -o FILE
                                Adolygu rhanniadau sy&apos;n aros am arweinydd
                                llywodraethu gwybodaeth (pedwar llygad).
  outputs list [--json] | record --agreement REF --output TITLE
        --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...
                                Yr allbynnau a addawyd yn ôl, a&apos;r hyn a
                                ddaeth yn ôl.
  incident report ID --kind KIND --description TEXT | incident list
                                Rhoi gwybod am broblem gyda rhanniad.
  receipt import FILE           Cofnodi derbynneb derbynnydd ar gyfer bwndel.
  recipients add|list|verify|revoke
                                Cynnal y cyfeiriadur o allweddi partneriaid.
  agreements list [--status S] [--partner P] [--review-due] [--json]
  agreements show REF [--version N] [--json]
  agreements import FILE | export REF -o FILE | pdf REF -o FILE
                                Cynnal cofrestr y cytundebau.
  agreement-key create|grant|revoke|handover|list|export-recovery|import-recovery
                                Cynnal allweddi ffugenwi cytundebau.
  register roles-sql [--schema S]
                                Dangos rolau cronfa ddata&apos;r gofrestr a rennir
                                i&apos;r tîm TG.
  register members [list [--all] [--json]]
  register members add|remove NAME --role officer|reviewer|administrator
        [--login LOGIN] [--fingerprint FP]
                                Cofnodi pwy sy&apos;n aelodau o&apos;r gofrestr,
                                a phwy sy&apos;n adolygu.
  register import FILE | export NEW-FILE
                                Copïo ffeil hanes i gofrestr a rennir wag,
                                neu&apos;r gofrestr i ffeil newydd (wedi&apos;i gwirio).
  version                       Dangos fersiwn y rhaglen.

Opsiynau:
  --db FILE        Cronfa ddata&apos;r hanes i&apos;w defnyddio
                   (neu gosodwch SHAREWISE_DB).
  --register CONNECTION             Y gofrestr a rennir ar weinydd PostgreSQL:
                                    &quot;host=H port=P dbname=D user=U&quot;, ac os oes
                                    angen, sslrootcert=CA-FILE, schema=S a
                                    sslmode=verify-full.
  --register-password-file FILE     Cyfrinair y gofrestr, o linell gyntaf FILE
                                    (neu o&apos;r storfa gyfrineiriau, os oes un).
  --lang en|cy     Iaith y negeseuon (Saesneg neu Gymraeg).
  -h, --help       Dangos y cymorth hwn.
  -v, --version    Dangos fersiwn y rhaglen.
  --identity-file FILE              Gweithredu fel yr hunaniaeth yn y ffeil
                                    hon sydd wedi&apos;i diogelu.
  --identity-passphrase-file FILE   Darllen cyfrinymadrodd y ffeil honno
                                    o FILE.
  --passphrase-file FILE            Cyfrinymadrodd bwndel, a ddarllenir o FILE.

Codau gadael: 0 llwyddiant, 1 gwall defnydd, 2 mewnbwn gwael,
3 methodd y gwirio, 4 gwrthodwyd gan bolisi,
5 methodd y system (disg, cronfa ddata).
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, llinell %2, colofn %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, llinell %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Nid yw&apos;r ffeil yn bodoli.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is not open in another program and that you may read it.</source>
        <translation>Nid oes modd darllen y ffeil (%1). Gwiriwch nad yw ar agor mewn rhaglen arall a bod gennych hawl i&apos;w darllen.</translation>
    </message>
    <message>
        <source>The file is empty. Export it again from the system it came from, and choose the new file.</source>
        <translation>Mae&apos;r ffeil yn wag. Allforiwch hi eto o&apos;r system y daeth ohoni, a dewiswch y ffeil newydd.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Nid oes modd darllen y ffeil (%1).</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>chi a&apos;i dewisodd</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark that says so</source>
        <translation>mae&apos;r ffeil yn dechrau â marc trefn beitiau (BOM) sy&apos;n dweud hynny</translation>
    </message>
    <message>
        <source>every other byte is zero, as in UTF-16 text</source>
        <translation>mae pob yn ail beit yn sero, fel mewn testun UTF-16</translation>
    </message>
    <message>
        <source>the start of the file is plain ASCII, which reads the same in every encoding</source>
        <translation>mae dechrau&apos;r ffeil yn ASCII plaen, sy&apos;n darllen yr un fath ym mhob amgodiad</translation>
    </message>
    <message>
        <source>the start of the file is valid UTF-8</source>
        <translation>mae dechrau&apos;r ffeil yn UTF-8 dilys</translation>
    </message>
    <message>
        <source>line %1 holds a byte (%2) that is not valid UTF-8; Excel on Windows saves CSV files in Windows-1252</source>
        <translation>mae llinell %1 yn cynnwys beit (%2) nad yw&apos;n UTF-8 dilys; mae Excel ar Windows yn cadw ffeiliau CSV yn Windows-1252</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data, so it cannot be a CSV file. Choose the CSV or Excel file you meant to share.</source>
        <translation>Nid ffeil destun yw hon: mae&apos;n cynnwys data deuaidd, felly ni all fod yn ffeil CSV. Dewiswch y ffeil CSV neu Excel yr oeddech am ei rhannu.</translation>
    </message>
    <message>
        <source>This file is a web page (HTML), not a CSV file, although its name may end in .csv. This happens when a link saves the page instead of the data: download the file again, or export it as CSV from the system it came from.</source>
        <translation>Tudalen we (HTML) yw&apos;r ffeil hon, nid ffeil CSV, er y gall ei henw orffen â .csv. Mae hyn yn digwydd pan fydd dolen yn cadw&apos;r dudalen yn lle&apos;r data: lawrlwythwch y ffeil eto, neu allforiwch hi fel CSV o&apos;r system y daeth ohoni.</translation>
    </message>
    <message>
        <source>This file holds XML (perhaps an Excel 2003 XML spreadsheet), not CSV. Open it in Excel and save it as CSV or as an Excel workbook (.xlsx).</source>
        <translation>Mae&apos;r ffeil hon yn cynnwys XML (taenlen XML Excel 2003, efallai), nid CSV. Agorwch hi yn Excel a&apos;i chadw fel CSV neu fel llyfr gwaith Excel (.xlsx).</translation>
    </message>
    <message>
        <source>A quote, a line break or a non-ASCII character cannot be the delimiter. Choose a comma, semicolon, tab or vertical bar.</source>
        <translation>Ni all dyfynnod, toriad llinell na nod nad yw&apos;n ASCII fod yn wahanydd. Dewiswch goma, hanner colon, tab neu far fertigol.</translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1).</source>
        <translation>Nid oedd modd darllen y ffeil hyd at y diwedd (%1).</translation>
    </message>
    <message>
        <source>line %1 holds a byte (%2) that is not valid UTF-8, so the whole file is read as Windows-1252, as Excel on Windows saves it</source>
        <translation>mae llinell %1 yn cynnwys beit (%2) nad yw&apos;n UTF-8 dilys, felly caiff y ffeil gyfan ei darllen fel Windows-1252, sef y ffordd y mae Excel ar Windows yn ei chadw</translation>
    </message>
    <message>
        <source>This field holds a byte (%1) that is not valid %2. If the file came from Excel on Windows, choose the Windows-1252 encoding and open it again.</source>
        <translation>Mae&apos;r maes hwn yn cynnwys beit (%1) nad yw&apos;n %2 dilys. Os daeth y ffeil o Excel ar Windows, dewiswch yr amgodiad Windows-1252 a&apos;i hagor eto.</translation>
    </message>
    <message>
        <source>This field is longer than %1 MiB, so the file is most likely damaged: a quote that opens a field and is never closed reads the rest of the file into it. Check the file in a text editor, or export it again.</source>
        <translation>Mae&apos;r maes hwn yn hwy na %1 MiB, felly mae&apos;n debygol iawn fod y ffeil wedi&apos;i difrodi: pan fydd dyfynnod yn agor maes a byth yn cael ei gau, caiff gweddill y ffeil ei ddarllen i mewn i&apos;r maes hwnnw. Gwiriwch y ffeil mewn golygydd testun, neu allforiwch hi eto.</translation>
    </message>
    <message>
        <source>the file is UTF-8, but line %1 holds a byte (%2) that is not; such bytes are read as Windows-1252</source>
        <translation>mae&apos;r ffeil yn UTF-8, ond mae llinell %1 yn cynnwys beit (%2) nad yw&apos;n UTF-8; caiff beitiau o&apos;r fath eu darllen fel Windows-1252</translation>
    </message>
    <message>
        <source>A quote opens this field and is never closed, so the rest of the file would be read into it. Check the file in a text editor: add the closing quote, or export the file again.</source>
        <translation>Mae dyfynnod yn agor y maes hwn ond nid yw byth yn cael ei gau, felly byddai gweddill y ffeil yn cael ei ddarllen i mewn iddo. Gwiriwch y ffeil mewn golygydd testun: ychwanegwch y dyfynnod cau, neu allforiwch y ffeil eto.</translation>
    </message>
    <message>
        <source>This line has more than %1 fields, more than Excel can hold; the file is probably not a CSV file, or the delimiter is wrong.</source>
        <translation>Mae gan y llinell hon fwy na %1 o feysydd, sef mwy nag y gall Excel eu dal; mae&apos;n debyg nad ffeil CSV yw hon, neu mae&apos;r gwahanydd yn anghywir.</translation>
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
        <translation>Ysgrifennwyd yr hanes hwn gan fersiwn fwy diweddar o Sharewise (fersiwn %1 o&apos;r gronfa ddata). Fersiwn %2 yw&apos;r copi hwn o Sharewise, ac mae&apos;n deall fersiynau o&apos;r gronfa ddata hyd at %3. Gosodwch y fersiwn ddiweddaraf o Sharewise i&apos;w agor; ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>The register server refused this user name or password. Check them in Settings, History, or ask IT for the login to the shared register (%1).</source>
        <translation>Gwrthododd gweinydd y gofrestr yr enw defnyddiwr neu&apos;r cyfrinair hwn. Gwiriwch nhw drwy ddewis Gosodiadau, yna Hanes, neu gofynnwch i&apos;ch tîm TG am y manylion mewngofnodi i&apos;r gofrestr a rennir (%1).</translation>
    </message>
    <message>
        <source>The register server&apos;s certificate could not be checked, so Sharewise did not connect. Ask IT for the council&apos;s certificate authority file and choose it in Settings, History (%1).</source>
        <translation>Nid oedd modd gwirio tystysgrif gweinydd y gofrestr, felly ni wnaeth Sharewise gysylltu. Gofynnwch i&apos;ch tîm TG am ffeil awdurdod tystysgrifau&apos;r cyngor, a dewiswch hi drwy agor Gosodiadau, yna Hanes (%1).</translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;. Check the database name in Settings, History (%2).</source>
        <translation>Nid oes cronfa ddata o&apos;r enw &quot;%1&quot; ar y gweinydd. Gwiriwch enw&apos;r gronfa ddata drwy ddewis Gosodiadau, yna Hanes (%2).</translation>
    </message>
    <message>
        <source>Could not reach the register server. Check the server name and port, and that this computer is on the council&apos;s network; then try again (%1).</source>
        <translation>Nid oedd modd cyrraedd gweinydd y gofrestr. Gwiriwch enw&apos;r gweinydd a&apos;r porth, a bod y cyfrifiadur hwn ar rwydwaith y cyngor; yna rhowch gynnig arall arni (%1).</translation>
    </message>
    <message>
        <source>Give the register server&apos;s name or address.</source>
        <translation>Rhowch enw neu gyfeiriad gweinydd y gofrestr.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>Rhaid i&apos;r porth fod yn rhif o 1 i 65535 (5432 yw porth arferol PostgreSQL).</translation>
    </message>
    <message>
        <source>Give the name of the register&apos;s database on the server.</source>
        <translation>Rhowch enw cronfa ddata&apos;r gofrestr ar y gweinydd.</translation>
    </message>
    <message>
        <source>Give your user name for the register server.</source>
        <translation>Rhowch eich enw defnyddiwr ar gyfer gweinydd y gofrestr.</translation>
    </message>
    <message>
        <source>The schema name may hold only letters, digits and underscores, and cannot start with a digit.</source>
        <translation>Gall enw&apos;r sgema gynnwys llythrennau, digidau a thanlinellau yn unig, ac ni all ddechrau â digid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode. Use verify-full.</source>
        <translation>Nid yw &quot;%1&quot; yn fodd TLS. Defnyddiwch verify-full.</translation>
    </message>
    <message>
        <source>A register on another computer must be reached over TLS with its certificate and host name checked (verify-full), so that no one on the network can read or change what is sent.</source>
        <translation>Rhaid cysylltu â chofrestr ar gyfrifiadur arall dros TLS, gan wirio tystysgrif ac enw&apos;r gweinydd (verify-full), fel na all neb ar y rhwydwaith ddarllen na newid yr hyn a anfonir.</translation>
    </message>
    <message>
        <source>The server settings cannot contain a semicolon.</source>
        <translation>Ni all gosodiadau&apos;r gweinydd gynnwys hanner colon.</translation>
    </message>
    <message>
        <source>This copy of Sharewise cannot reach a register server: its PostgreSQL driver is not installed. Ask IT to install it (on Debian, the package libqt6sql6-psql).</source>
        <translation>Nid oes modd i&apos;r copi hwn o Sharewise gyrraedd gweinydd cofrestr: nid yw ei yrrwr PostgreSQL wedi&apos;i osod. Gofynnwch i&apos;ch tîm TG ei osod (ar Debian, y pecyn libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not prepare the connection to the register server (%1).</source>
        <translation>Nid oedd modd paratoi&apos;r cysylltiad â gweinydd y gofrestr (%1).</translation>
    </message>
    <message>
        <source>The register server runs PostgreSQL %1, which is too old. Sharewise needs PostgreSQL 12 or later; ask IT to upgrade it.</source>
        <translation>Mae gweinydd y gofrestr yn rhedeg PostgreSQL %1, sy&apos;n rhy hen. Mae angen PostgreSQL 12 neu fersiwn ddiweddarach ar Sharewise; gofynnwch i&apos;ch tîm TG ei uwchraddio.</translation>
    </message>
    <message>
        <source>This database (or schema) already holds tables that are not a Sharewise register. Ask IT for an empty database, or name another schema.</source>
        <translation>Mae&apos;r gronfa ddata hon (neu&apos;r sgema hwn) eisoes yn cynnwys tablau nad ydynt yn gofrestr Sharewise. Gofynnwch i&apos;ch tîm TG am gronfa ddata wag, neu rhowch enw sgema arall.</translation>
    </message>
    <message>
        <source>The register is busy: another change took too long. Try again in a moment (%1).</source>
        <translation>Mae&apos;r gofrestr yn brysur: cymerodd newid arall ormod o amser. Rhowch gynnig arall arni mewn munud (%1).</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>The file keeps changing while it is read.</source>
        <translation>Mae&apos;r ffeil yn dal i newid wrth iddi gael ei darllen.</translation>
    </message>
    <message>
        <source>The file holds no data: its first rows are all empty. Check that you chose the right file%1.</source>
        <translation>Nid oes data yn y ffeil: mae ei rhesi cyntaf i gyd yn wag. Gwiriwch eich bod wedi dewis y ffeil gywir%1.</translation>
    </message>
    <message>
        <source> and the right sheet</source>
        <translation> a&apos;r ddalen gywir</translation>
    </message>
    <message>
        <source>Row %1 cannot be the header: it is empty or not among the first %2 rows. Choose one of the first rows that holds the column names.</source>
        <translation>Ni all rhes %1 fod yn bennawd: mae&apos;n wag, neu nid yw ymhlith y %2 rhes gyntaf. Dewiswch un o&apos;r rhesi cyntaf sy&apos;n cynnwys enwau&apos;r colofnau.</translation>
    </message>
</context>
<context>
    <name>DatasetScan</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Canslwyd darllen y ffeil.</translation>
    </message>
    <message>
        <source>almost certainly</source>
        <translation>bron yn sicr</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>tebygol iawn</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>tebygol</translation>
    </message>
    <message>
        <source>possibly</source>
        <translation>posibl</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the header.</source>
        <translation>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd.</numerusform>
            <numerusform>Nid oes gan %n o resi yr un nifer o feysydd â&apos;r pennawd.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd â&apos;r pennawd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 looks like a totals row and is left out of the data.</source>
        <translation>Mae rhes %1 yn edrych fel rhes gyfansymiau, ac mae wedi&apos;i gadael allan o&apos;r data.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Fformat:</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter &quot;%2&quot;</source>
        <translation>CSV, %1, gwahanydd &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Amgodiad:</translation>
    </message>
    <message>
        <source>found automatically: %1</source>
        <translation>wedi&apos;i ganfod yn awtomatig: %1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (cudd)</translation>
    </message>
    <message>
        <source>%1 workbook, sheet &quot;%2&quot;</source>
        <translation>llyfr gwaith %1, dalen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Dalennau:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Pennawd:</translation>
    </message>
    <message>
        <source>row %1 (found automatically)</source>
        <translation>rhes %1 (wedi&apos;i chanfod yn awtomatig)</translation>
    </message>
    <message>
        <source>row %1 (as chosen)</source>
        <translation>rhes %1 (fel y dewiswyd)</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) above it left out</source>
        <translation>
            <numerusform>; gadawyd %n rhes uwch ei phen allan</numerusform>
            <numerusform>; gadawyd %n rhes uwch ei phen allan</numerusform>
            <numerusform>; gadawyd %n o resi uwch ei phen allan</numerusform>
            <numerusform>; gadawyd %n rhes uwch ei phen allan</numerusform>
            <numerusform>; gadawyd %n rhes uwch ei phen allan</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rhesi:</translation>
    </message>
    <message>
        <source>%1 rows of data; %2 empty rows skipped</source>
        <translation>%1 rhes o ddata; hepgorwyd %2 rhes wag</translation>
    </message>
    <message>
        <source>Totals row:</source>
        <translation>Cyfansymiau:</translation>
    </message>
    <message>
        <source>row %1, left out of the data</source>
        <translation>rhes %1, wedi&apos;i gadael allan o&apos;r data</translation>
    </message>
    <message>
        <source>Ragged rows:</source>
        <translation>Rhesi cam:</translation>
    </message>
    <message>
        <source>%1 (%2 short, %3 long)</source>
        <translation>%1 (%2 yn fyr, %3 yn hir)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>column %1 is named &quot;%2&quot;</source>
        <translation>mae colofn %1 wedi&apos;i henwi&apos;n &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Gwahanol</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Data personol a ganfuwyd</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pam:</translation>
    </message>
</context>
<context>
    <name>DpiaScreening</name>
    <message>
        <source>You will match or combine data from more than one source.</source>
        <translation>Byddwch yn paru neu&apos;n cyfuno data o fwy nag un ffynhonnell.</translation>
    </message>
    <message>
        <source>People will not be told directly that their data is being used this way.</source>
        <translation>Ni fydd pobl yn cael gwybod yn uniongyrchol bod eu data&apos;n cael ei ddefnyddio fel hyn.</translation>
    </message>
    <message>
        <source>A breach could put someone at risk of physical harm.</source>
        <translation>Gallai tor-diogelwch roi rhywun mewn perygl o niwed corfforol.</translation>
    </message>
    <message>
        <source>Special category or criminal offence data will be used at a large scale.</source>
        <translation>Bydd data categori arbennig neu ddata troseddau&apos;n cael ei ddefnyddio ar raddfa fawr.</translation>
    </message>
    <message>
        <source>The data will be used for profiling or automated decisions with significant effects on people.</source>
        <translation>Bydd y data&apos;n cael ei ddefnyddio ar gyfer proffilio neu benderfyniadau awtomataidd sy&apos;n cael effaith sylweddol ar bobl.</translation>
    </message>
    <message>
        <source>The sharing uses new technology.</source>
        <translation>Mae&apos;r rhannu&apos;n defnyddio technoleg newydd.</translation>
    </message>
    <message>
        <source>The sharing tracks people&apos;s location or behaviour.</source>
        <translation>Mae&apos;r rhannu&apos;n olrhain lleoliad neu ymddygiad pobl.</translation>
    </message>
    <message>
        <source>Children&apos;s data will be used for profiling or targeting.</source>
        <translation>Bydd data plant yn cael ei ddefnyddio ar gyfer proffilio neu dargedu.</translation>
    </message>
    <message>
        <source>The data will be linked with other organisations&apos; data at national level.</source>
        <translation>Bydd y data&apos;n cael ei gysylltu â data sefydliadau eraill ar lefel genedlaethol.</translation>
    </message>
    <message>
        <source>Find out: %1 If the answer is yes, a DPIA is required.</source>
        <extracomment>%1 is a screening question. A DPIA is a data protection impact assessment.</extracomment>
        <translation>Holwch: %1 Os yw&apos;r ateb yn gadarnhaol, mae angen AEDD.</translation>
    </message>
    <message>
        <source>Will you match or combine data from more than one source?</source>
        <translation>A fyddwch chi&apos;n paru neu&apos;n cyfuno data o fwy nag un ffynhonnell?</translation>
    </message>
    <message>
        <source>Linking records from different systems or organisations builds a fuller picture of people than any one source, so the risks grow.</source>
        <translation>Mae cysylltu cofnodion o wahanol systemau neu sefydliadau yn creu darlun llawnach o bobl nag unrhyw un ffynhonnell, felly mae&apos;r risgiau&apos;n cynyddu.</translation>
    </message>
    <message>
        <source>Will the data be used without telling the people it is about directly?</source>
        <translation>A fydd y data&apos;n cael ei ddefnyddio heb ddweud yn uniongyrchol wrth y bobl y mae&apos;n ymwneud â nhw?</translation>
    </message>
    <message>
        <source>People who do not know their data is used cannot object or ask questions. This applies when a privacy notice on a website is the only way they could find out.</source>
        <translation>Ni all pobl nad ydynt yn gwybod bod eu data&apos;n cael ei ddefnyddio wrthwynebu na gofyn cwestiynau. Mae hyn yn berthnasol pan mai hysbysiad preifatrwydd ar wefan yw&apos;r unig ffordd y gallen nhw ddod i wybod.</translation>
    </message>
    <message>
        <source>Could a breach put someone at risk of physical harm?</source>
        <translation>A allai tor-diogelwch roi rhywun mewn perygl o niwed corfforol?</translation>
    </message>
    <message>
        <source>For example the address of someone fleeing domestic abuse, or details of a child in a protected placement.</source>
        <translation>Er enghraifft cyfeiriad rhywun sy&apos;n ffoi rhag cam-drin domestig, neu fanylion plentyn mewn lleoliad gwarchodedig.</translation>
    </message>
    <message>
        <source>Will special category or criminal offence data be used at a large scale?</source>
        <translation>A fydd data categori arbennig neu ddata troseddau&apos;n cael ei ddefnyddio ar raddfa fawr?</translation>
    </message>
    <message>
        <source>Special category data is about health, ethnicity, religion, sexual orientation and similar. Large scale means many people, a whole service or a whole area.</source>
        <translation>Data categori arbennig yw data am iechyd, ethnigrwydd, crefydd, cyfeiriadedd rhywiol a phethau tebyg. Mae graddfa fawr yn golygu llawer o bobl, gwasanaeth cyfan neu ardal gyfan.</translation>
    </message>
    <message>
        <source>Will the data be used to profile people or make automated decisions with significant effects on them?</source>
        <translation>A fydd y data&apos;n cael ei ddefnyddio i broffilio pobl neu i wneud penderfyniadau awtomataidd sy&apos;n cael effaith sylweddol arnynt?</translation>
    </message>
    <message>
        <source>For example scoring households for risk, or deciding eligibility for a service by computer without a person reviewing it.</source>
        <translation>Er enghraifft sgorio aelwydydd am risg, neu benderfynu ar gymhwysedd am wasanaeth drwy gyfrifiadur heb i berson ei adolygu.</translation>
    </message>
    <message>
        <source>Does the sharing use new technology?</source>
        <translation>A yw&apos;r rhannu&apos;n defnyddio technoleg newydd?</translation>
    </message>
    <message>
        <source>A new system, new kind of matching or analytics, or a technology the organisation has not used this way before.</source>
        <translation>System newydd, math newydd o baru neu ddadansoddi, neu dechnoleg nad yw&apos;r sefydliad wedi&apos;i defnyddio fel hyn o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Will the sharing track people&apos;s location or behaviour?</source>
        <translation>A fydd y rhannu&apos;n olrhain lleoliad neu ymddygiad pobl?</translation>
    </message>
    <message>
        <source>For example movements between addresses, use of services over time, or online activity.</source>
        <translation>Er enghraifft symudiadau rhwng cyfeiriadau, defnydd o wasanaethau dros amser, neu weithgarwch ar-lein.</translation>
    </message>
    <message>
        <source>Will children&apos;s data be used for profiling or targeting?</source>
        <translation>A fydd data plant yn cael ei ddefnyddio ar gyfer proffilio neu dargedu?</translation>
    </message>
    <message>
        <source>Profiling children, or targeting services or messages at them, needs particular care because children may not understand the risks.</source>
        <translation>Mae proffilio plant, neu dargedu gwasanaethau neu negeseuon atynt, yn gofyn am ofal arbennig oherwydd efallai na fydd plant yn deall y risgiau.</translation>
    </message>
    <message>
        <source>Will the data be linked with data from other organisations at national level?</source>
        <translation>A fydd y data&apos;n cael ei gysylltu â data o sefydliadau eraill ar lefel genedlaethol?</translation>
    </message>
    <message>
        <source>National studies and data linking, such as a government evaluation that matches council records with department records, almost always need a DPIA.</source>
        <translation>Mae astudiaethau cenedlaethol a chysylltu data, fel gwerthusiad gan y llywodraeth sy&apos;n paru cofnodion cyngor â chofnodion adran, bron bob amser angen AEDD.</translation>
    </message>
    <message>
        <source>None of the screening questions applies to this sharing. Keep this record and screen again if the sharing changes.</source>
        <translation>Nid yw&apos;r un o&apos;r cwestiynau sgrinio yn berthnasol i&apos;r rhannu hwn. Cadwch y cofnod hwn a sgriniwch eto os bydd y rhannu&apos;n newid.</translation>
    </message>
    <message>
        <source>A DPIA is required before the data is shared.</source>
        <translation>Mae angen AEDD cyn i&apos;r data gael ei rannu.</translation>
    </message>
    <message>
        <source>A DPIA is likely to be needed: answer the open questions to be sure.</source>
        <translation>Mae&apos;n debygol y bydd angen AEDD: atebwch y cwestiynau agored i fod yn sicr.</translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <translation>Nid oes angen AEDD.</translation>
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
    <name>HistoryTransfer</name>
    <message>
        <source>Could not copy the history&apos;s &quot;%1&quot; records (%2). Nothing was copied.</source>
        <translation>Nid oedd modd copïo cofnodion &quot;%1&quot; yr hanes (%2). Ni chafodd dim ei gopïo.</translation>
    </message>
    <message>
        <source>The two histories are at different versions (%1 and %2). Open both with this version of Sharewise first, then copy again.</source>
        <translation>Mae&apos;r ddau hanes ar fersiynau gwahanol (%1 a %2). Agorwch y ddau gyda&apos;r fersiwn hon o Sharewise yn gyntaf, yna copïwch eto.</translation>
    </message>
    <message>
        <source>The history to copy fails its audit check, so it was not copied: %1</source>
        <translation>Nid yw&apos;r hanes i&apos;w gopïo yn pasio&apos;r gwiriad archwilio, felly ni chafodd ei gopïo: %1</translation>
    </message>
    <message>
        <source>The history holds a table (&quot;%1&quot;) this version of Sharewise does not know how to copy. Copy it with the version that made it.</source>
        <translation>Mae&apos;r hanes yn cynnwys tabl (&quot;%1&quot;) nad yw&apos;r fersiwn hon o Sharewise yn gwybod sut i&apos;w gopïo. Copïwch ef gyda&apos;r fersiwn a&apos;i creodd.</translation>
    </message>
    <message>
        <source>The history to copy into is not empty (its &quot;%1&quot; records are not), so nothing was copied. Copy into a new, empty register.</source>
        <translation>Nid yw&apos;r hanes i gopïo iddo yn wag (nid yw ei gofnodion &quot;%1&quot; yn wag), felly ni chafodd dim ei gopïo. Copïwch i gofrestr newydd, wag.</translation>
    </message>
    <message>
        <source>The copied audit log does not match the original (%1), so nothing was copied. Tell your IT support.</source>
        <translation>Nid yw&apos;r log archwilio a gopïwyd yn cyfateb i&apos;r gwreiddiol (%1), felly ni chafodd dim ei gopïo. Rhowch wybod i&apos;ch tîm cymorth TG.</translation>
    </message>
    <message>
        <source>a different last entry</source>
        <translation>cofnod olaf gwahanol</translation>
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
    <name>IdentifierDetector</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>pennawd &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid NHS numbers (check digit correct)</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau GIG dilys (y digid gwirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhif GIG dilys (y digid gwirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn rhifau GIG dilys (y digid gwirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau GIG dilys (y digid gwirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau GIG dilys (y digid gwirio&apos;n gywir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are in the range kept for test data (999 000 0000 to 999 999 9999)</source>
        <translation>
            <numerusform>mae %1 ohonyn nhw yn yr ystod a gedwir ar gyfer data prawf (999 000 0000 i 999 999 9999)</numerusform>
            <numerusform>mae %1 ohonyn nhw yn yr ystod a gedwir ar gyfer data prawf (999 000 0000 i 999 999 9999)</numerusform>
            <numerusform>mae %1 ohonyn nhw yn yr ystod a gedwir ar gyfer data prawf (999 000 0000 i 999 999 9999)</numerusform>
            <numerusform>mae %1 ohonyn nhw yn yr ystod a gedwir ar gyfer data prawf (999 000 0000 i 999 999 9999)</numerusform>
            <numerusform>mae %1 ohonyn nhw yn yr ystod a gedwir ar gyfer data prawf (999 000 0000 i 999 999 9999)</numerusform>
        </translation>
    </message>
    <message>
        <source>header &quot;%1&quot; (no values to check)</source>
        <translation>pennawd &quot;%1&quot; (dim gwerthoedd i&apos;w gwirio)</translation>
    </message>
    <message>
        <source>so few pass the check that they may be another kind of number</source>
        <translation>mae cyn lleied yn pasio&apos;r gwiriad fel y gallen nhw fod yn fath arall o rif</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are National Insurance numbers</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau Yswiriant Gwladol</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhif Yswiriant Gwladol</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn rhifau Yswiriant Gwladol</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau Yswiriant Gwladol</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau Yswiriant Gwladol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are the placeholder QQ 12 34 56 C, not real numbers</source>
        <translation>
            <numerusform>mae %1 ohonyn nhw&apos;n cyfateb i&apos;r rhif dalfan QQ 12 34 56 C, nid i rifau go iawn</numerusform>
            <numerusform>mae %1 ohonyn nhw&apos;n cyfateb i&apos;r rhif dalfan QQ 12 34 56 C, nid i rif go iawn</numerusform>
            <numerusform>mae %1 ohonyn nhw&apos;n cyfateb i&apos;r rhif dalfan QQ 12 34 56 C, nid i rifau go iawn</numerusform>
            <numerusform>mae %1 ohonyn nhw&apos;n cyfateb i&apos;r rhif dalfan QQ 12 34 56 C, nid i rifau go iawn</numerusform>
            <numerusform>mae %1 ohonyn nhw&apos;n cyfateb i&apos;r rhif dalfan QQ 12 34 56 C, nid i rifau go iawn</numerusform>
        </translation>
    </message>
    <message>
        <source>most values do not follow the National Insurance number rules</source>
        <translation>nid yw&apos;r rhan fwyaf o&apos;r gwerthoedd yn dilyn rheolau rhifau Yswiriant Gwladol</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are the first part of a postcode (district or sector)</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhan gyntaf cod post (ardal neu sector)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhan gyntaf cod post (ardal neu sector)</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn rhan gyntaf cod post (ardal neu sector)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhan gyntaf cod post (ardal neu sector)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhan gyntaf cod post (ardal neu sector)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid UK postcodes</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn godau post dilys yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn god post dilys yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn godau post dilys yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn godau post dilys yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn godau post dilys yn y DU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are NHS pseudo-postcodes such as ZZ99 3VZ (no fixed abode) or ZZ99 3WZ (address not known)</source>
        <translation>
            <numerusform>mae %1 yn godau post ffug y GIG, fel ZZ99 3VZ (dim cyfeiriad sefydlog) neu ZZ99 3WZ (cyfeiriad anhysbys)</numerusform>
            <numerusform>mae %1 yn god post ffug y GIG, fel ZZ99 3VZ (dim cyfeiriad sefydlog) neu ZZ99 3WZ (cyfeiriad anhysbys)</numerusform>
            <numerusform>mae %1 yn godau post ffug y GIG, fel ZZ99 3VZ (dim cyfeiriad sefydlog) neu ZZ99 3WZ (cyfeiriad anhysbys)</numerusform>
            <numerusform>mae %1 yn godau post ffug y GIG, fel ZZ99 3VZ (dim cyfeiriad sefydlog) neu ZZ99 3WZ (cyfeiriad anhysbys)</numerusform>
            <numerusform>mae %1 yn godau post ffug y GIG, fel ZZ99 3VZ (dim cyfeiriad sefydlog) neu ZZ99 3WZ (cyfeiriad anhysbys)</numerusform>
        </translation>
    </message>
    <message>
        <source>most values are not valid postcodes</source>
        <translation>nid yw&apos;r rhan fwyaf o&apos;r gwerthoedd yn godau post dilys</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are email addresses</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn gyfeiriadau e-bost</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn gyfeiriad e-bost</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn gyfeiriadau e-bost</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn gyfeiriadau e-bost</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn gyfeiriadau e-bost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are UK phone numbers</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau ffôn yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhif ffôn yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn rhifau ffôn yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau ffôn yn y DU</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau ffôn yn y DU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them have lost their leading 0, as a spreadsheet does to a number</source>
        <translation>
            <numerusform>mae %1 ohonyn nhw wedi colli&apos;r 0 ar y dechrau, fel y bydd taenlen yn ei wneud i rif</numerusform>
            <numerusform>mae %1 ohonyn nhw wedi colli&apos;r 0 ar y dechrau, fel y bydd taenlen yn ei wneud i rif</numerusform>
            <numerusform>mae %1 ohonyn nhw wedi colli&apos;r 0 ar y dechrau, fel y bydd taenlen yn ei wneud i rif</numerusform>
            <numerusform>mae %1 ohonyn nhw wedi colli&apos;r 0 ar y dechrau, fel y bydd taenlen yn ei wneud i rif</numerusform>
            <numerusform>mae %1 ohonyn nhw wedi colli&apos;r 0 ar y dechrau, fel y bydd taenlen yn ei wneud i rif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are whole numbers of up to 12 digits, as UPRNs are</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau cyfan o hyd at 12 digid, fel rhifau UPRN</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhif cyfan o hyd at 12 digid, fel rhif UPRN</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn rhifau cyfan o hyd at 12 digid, fel rhifau UPRN</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau cyfan o hyd at 12 digid, fel rhifau UPRN</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn rhifau cyfan o hyd at 12 digid, fel rhifau UPRN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are valid Unique Pupil Numbers (check letter correct)</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn Rhifau Disgybl Unigryw dilys (y llythyren wirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn Rhif Disgybl Unigryw dilys (y llythyren wirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn Rhifau Disgybl Unigryw dilys (y llythyren wirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn Rhifau Disgybl Unigryw dilys (y llythyren wirio&apos;n gywir)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn Rhifau Disgybl Unigryw dilys (y llythyren wirio&apos;n gywir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are dates, from %3 to %4</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau, o %3 i %4</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiad, o %3 i %4</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn ddyddiadau, o %3 i %4</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau, o %3 i %4</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau, o %3 i %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them are in the future</source>
        <translation>
            <numerusform>mae %1 ohonyn nhw yn y dyfodol</numerusform>
            <numerusform>mae %1 ohonyn nhw yn y dyfodol</numerusform>
            <numerusform>mae %1 ohonyn nhw yn y dyfodol</numerusform>
            <numerusform>mae %1 ohonyn nhw yn y dyfodol</numerusform>
            <numerusform>mae %1 ohonyn nhw yn y dyfodol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are years of birth</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn flynyddoedd geni</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn flwyddyn geni</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn flynyddoedd geni</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn flynyddoedd geni</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn flynyddoedd geni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are dates spread over %3 years, none in the future, as dates of birth are; the header does not say what they are</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau ar draws %3 o flynyddoedd, heb yr un yn y dyfodol, fel dyddiadau geni; nid yw&apos;r pennawd yn dweud beth ydyn nhw</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau ar draws %3 o flynyddoedd, heb yr un yn y dyfodol, fel dyddiadau geni; nid yw&apos;r pennawd yn dweud beth ydyn nhw</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn ddyddiadau ar draws %3 o flynyddoedd, heb yr un yn y dyfodol, fel dyddiadau geni; nid yw&apos;r pennawd yn dweud beth ydyn nhw</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau ar draws %3 o flynyddoedd, heb yr un yn y dyfodol, fel dyddiadau geni; nid yw&apos;r pennawd yn dweud beth ydyn nhw</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn ddyddiadau ar draws %3 o flynyddoedd, heb yr un yn y dyfodol, fel dyddiadau geni; nid yw&apos;r pennawd yn dweud beth ydyn nhw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values look like names; %3 contain a common forename or surname</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel enwau; mae %3 yn cynnwys enw cyntaf neu gyfenw cyffredin</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel enw; mae %3 yn cynnwys enw cyntaf neu gyfenw cyffredin</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn edrych fel enwau; mae %3 yn cynnwys enw cyntaf neu gyfenw cyffredin</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel enwau; mae %3 yn cynnwys enw cyntaf neu gyfenw cyffredin</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel enwau; mae %3 yn cynnwys enw cyntaf neu gyfenw cyffredin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values look like address lines (a house number or flat and a street)</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel llinellau cyfeiriad (rhif tŷ neu fflat, a stryd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel llinell cyfeiriad (rhif tŷ neu fflat, a stryd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn edrych fel llinellau cyfeiriad (rhif tŷ neu fflat, a stryd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel llinellau cyfeiriad (rhif tŷ neu fflat, a stryd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn edrych fel llinellau cyfeiriad (rhif tŷ neu fflat, a stryd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values are long free text (average %3 characters)</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn destun rhydd hir (%3 nod ar gyfartaledd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn destun rhydd hir (%3 nod ar gyfartaledd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn destun rhydd hir (%3 nod ar gyfartaledd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn destun rhydd hir (%3 nod ar gyfartaledd)</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn destun rhydd hir (%3 nod ar gyfartaledd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a person with a title (Mr, Mrs, Ms...) in %1</source>
        <translation>
            <numerusform>person â theitl (Mr, Mrs, Ms...) mewn %1 gwerth</numerusform>
            <numerusform>person â theitl (Mr, Mrs, Ms...) mewn %1 gwerth</numerusform>
            <numerusform>person â theitl (Mr, Mrs, Ms...) mewn %1 o werthoedd</numerusform>
            <numerusform>person â theitl (Mr, Mrs, Ms...) mewn %1 gwerth</numerusform>
            <numerusform>person â theitl (Mr, Mrs, Ms...) mewn %1 gwerth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an email address in %1</source>
        <translation>
            <numerusform>cyfeiriad e-bost mewn %1 gwerth</numerusform>
            <numerusform>cyfeiriad e-bost mewn %1 gwerth</numerusform>
            <numerusform>cyfeiriad e-bost mewn %1 o werthoedd</numerusform>
            <numerusform>cyfeiriad e-bost mewn %1 gwerth</numerusform>
            <numerusform>cyfeiriad e-bost mewn %1 gwerth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a phone number in %1</source>
        <translation>
            <numerusform>rhif ffôn mewn %1 gwerth</numerusform>
            <numerusform>rhif ffôn mewn %1 gwerth</numerusform>
            <numerusform>rhif ffôn mewn %1 o werthoedd</numerusform>
            <numerusform>rhif ffôn mewn %1 gwerth</numerusform>
            <numerusform>rhif ffôn mewn %1 gwerth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a postcode in %1</source>
        <translation>
            <numerusform>cod post mewn %1 gwerth</numerusform>
            <numerusform>cod post mewn %1 gwerth</numerusform>
            <numerusform>cod post mewn %1 o werthoedd</numerusform>
            <numerusform>cod post mewn %1 gwerth</numerusform>
            <numerusform>cod post mewn %1 gwerth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an NHS number in %1</source>
        <translation>
            <numerusform>rhif GIG mewn %1 gwerth</numerusform>
            <numerusform>rhif GIG mewn %1 gwerth</numerusform>
            <numerusform>rhif GIG mewn %1 o werthoedd</numerusform>
            <numerusform>rhif GIG mewn %1 gwerth</numerusform>
            <numerusform>rhif GIG mewn %1 gwerth</numerusform>
        </translation>
    </message>
    <message>
        <source>the long values mention %1</source>
        <translation>mae&apos;r gwerthoedd hir yn cynnwys %1</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; names %2, a special category of personal data</source>
        <translation>mae&apos;r pennawd &quot;%1&quot; yn enwi %2, sef categori arbennig o ddata personol</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values (not counting &quot;not known&quot; and the like) record %3</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl (heb gyfrif &quot;anhysbys&quot; a&apos;u tebyg) yn cofnodi %3</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl (heb gyfrif &quot;anhysbys&quot; a&apos;u tebyg) yn cofnodi %3</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl (heb gyfrif &quot;anhysbys&quot; a&apos;u tebyg) yn cofnodi %3</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl (heb gyfrif &quot;anhysbys&quot; a&apos;u tebyg) yn cofnodi %3</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl (heb gyfrif &quot;anhysbys&quot; a&apos;u tebyg) yn cofnodi %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 long text values mention health or disability</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am iechyd neu anabledd</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am iechyd neu anabledd</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd testun hir yn sôn am iechyd neu anabledd</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am iechyd neu anabledd</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am iechyd neu anabledd</numerusform>
        </translation>
    </message>
    <message>
        <source>header &quot;%1&quot; suggests offences, convictions or cautions</source>
        <translation>mae&apos;r pennawd &quot;%1&quot; yn awgrymu troseddau, euogfarnau neu rybuddiadau</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 sampled values name offences or court outcomes</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn enwi troseddau neu ganlyniadau llys</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn enwi trosedd neu ganlyniad llys</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd yn y sampl yn enwi troseddau neu ganlyniadau llys</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn enwi troseddau neu ganlyniadau llys</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth yn y sampl yn enwi troseddau neu ganlyniadau llys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 long text values mention offences, arrests or convictions</source>
        <translation>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am droseddau, arestiadau neu euogfarnau</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am droseddau, arestiadau neu euogfarnau</numerusform>
            <numerusform>mae %1 o&apos;r %2 o werthoedd testun hir yn sôn am droseddau, arestiadau neu euogfarnau</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am droseddau, arestiadau neu euogfarnau</numerusform>
            <numerusform>mae %1 o&apos;r %2 gwerth testun hir yn sôn am droseddau, arestiadau neu euogfarnau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>but the column holds only %n different value(s), so it reads as a label</source>
        <translation>
            <numerusform>ond dim ond %n gwerth gwahanol sydd yn y golofn, felly mae&apos;n darllen fel label</numerusform>
            <numerusform>ond dim ond %n gwerth gwahanol sydd yn y golofn, felly mae&apos;n darllen fel label</numerusform>
            <numerusform>ond dim ond %n gwerth gwahanol sydd yn y golofn, felly mae&apos;n darllen fel label</numerusform>
            <numerusform>ond dim ond %n gwerth gwahanol sydd yn y golofn, felly mae&apos;n darllen fel label</numerusform>
            <numerusform>ond dim ond %n gwerth gwahanol sydd yn y golofn, felly mae&apos;n darllen fel label</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifierKind</name>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation>Rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Enw person</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Property reference (UPRN)</source>
        <translation>Cyfeirnod eiddo (UPRN)</translation>
    </message>
    <message>
        <source>Unique Pupil Number</source>
        <translation>Rhif Disgybl Unigryw</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Testun rhydd</translation>
    </message>
    <message>
        <source>Special category data</source>
        <translation>Data categori arbennig</translation>
    </message>
    <message>
        <source>Criminal offence data</source>
        <translation>Data troseddau</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>tarddiad hiliol neu ethnig</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>barn wleidyddol</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>credoau crefyddol neu athronyddol</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>aelodaeth o undeb llafur</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>data genetig</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>data biometrig</translation>
    </message>
    <message>
        <source>health (including disability)</source>
        <translation>iechyd (gan gynnwys anabledd)</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>bywyd rhywiol neu gyfeiriadedd rhywiol</translation>
    </message>
</context>
<context>
    <name>IdentityFile</name>
    <message>
        <source>The identity file is damaged or incomplete and cannot be opened. Use another copy of it.</source>
        <translation>Mae&apos;r ffeil hunaniaeth wedi&apos;i difrodi neu&apos;n anghyflawn, ac nid oes modd ei hagor. Defnyddiwch gopi arall ohoni.</translation>
    </message>
    <message>
        <source>There was not enough memory to check the passphrase. Close other programs and try again.</source>
        <translation>Nid oedd digon o gof i wirio&apos;r cyfrinymadrodd. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no identity to save.</source>
        <translation>Nid oes hunaniaeth i&apos;w chadw.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the identity file.</source>
        <translation>Dewiswch gyfrinymadrodd i ddiogelu&apos;r ffeil hunaniaeth.</translation>
    </message>
    <message>
        <source>The protection settings asked for are outside the range Sharewise allows. This is a fault in Sharewise: please report it.</source>
        <translation>Mae&apos;r gosodiadau diogelu y gofynnwyd amdanynt y tu allan i&apos;r ystod y mae Sharewise yn ei chaniatáu. Nam yn Sharewise yw hwn: rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>This is not a Sharewise identity file. Check that you chose the right file.</source>
        <translation>Nid yw hon yn ffeil hunaniaeth Sharewise. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of Sharewise. Install the newest Sharewise to open it.</source>
        <translation>Cafodd y ffeil hunaniaeth hon ei gwneud gan fersiwn fwy diweddar o Sharewise. Gosodwch y fersiwn ddiweddaraf o Sharewise i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The identity file&apos;s protection settings are outside the range Sharewise allows, so it was not opened. The file is damaged or was not made by Sharewise.</source>
        <translation>Mae gosodiadau diogelu&apos;r ffeil hunaniaeth y tu allan i&apos;r ystod y mae Sharewise yn ei chaniatáu, felly ni chafodd ei hagor. Mae&apos;r ffeil wedi&apos;i difrodi, neu ni chafodd ei gwneud gan Sharewise.</translation>
    </message>
    <message>
        <source>Type the passphrase that protects the identity file.</source>
        <translation>Teipiwch y cyfrinymadrodd sy&apos;n diogelu&apos;r ffeil hunaniaeth.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this identity file, or the file has been altered. Check the passphrase (capital letters count) and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn gywir ar gyfer y ffeil hunaniaeth hon, neu mae&apos;r ffeil wedi cael ei newid. Gwiriwch y cyfrinymadrodd (mae priflythrennau&apos;n cyfrif) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Say where the identity file should go.</source>
        <translation>Nodwch ble dylid cadw&apos;r ffeil hunaniaeth.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name, or allow it to be replaced.</source>
        <translation>Mae ffeil â&apos;r enw hwn yn bodoli eisoes. Dewiswch enw arall, neu gadewch iddi gael ei disodli.</translation>
    </message>
    <message>
        <source>The folder for the identity file does not exist. Choose another folder.</source>
        <translation>Nid yw&apos;r ffolder ar gyfer y ffeil hunaniaeth yn bodoli. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Could not create the identity file (%1). Check that the folder may be written.</source>
        <translation>Nid oedd modd creu&apos;r ffeil hunaniaeth (%1). Gwiriwch fod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Could not write the identity file (%1). Check there is room on the disk and that the folder may be written.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil hunaniaeth (%1). Gwiriwch fod lle ar y ddisg a bod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The identity file does not exist. Check the name and folder.</source>
        <translation>Nid yw&apos;r ffeil hunaniaeth yn bodoli. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The identity file cannot be read (%1). Check that you may open it.</source>
        <translation>Nid oes modd darllen y ffeil hunaniaeth (%1). Gwiriwch fod gennych hawl i&apos;w hagor.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Could not read or record the incident (%1).</source>
        <translation>Nid oedd modd darllen na chofnodi&apos;r digwyddiad (%1).</translation>
    </message>
    <message>
        <source>Sent to the wrong recipient</source>
        <translation>Wedi&apos;i anfon at y derbynnydd anghywir</translation>
    </message>
    <message>
        <source>The wrong file was sent</source>
        <translation>Anfonwyd y ffeil anghywir</translation>
    </message>
    <message>
        <source>More data was sent than the agreement allows</source>
        <translation>Anfonwyd mwy o ddata nag y mae&apos;r cytundeb yn ei ganiatáu</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>Aeth rhywbeth arall o&apos;i le</translation>
    </message>
    <message>
        <source>your council&apos;s Data Protection Officer</source>
        <translation>Swyddog Diogelu Data eich cyngor</translation>
    </message>
    <message>
        <source>%1, your council&apos;s Data Protection Officer</source>
        <translation>%1, Swyddog Diogelu Data eich cyngor</translation>
    </message>
    <message>
        <source>Tell %1 now. If this is a personal data breach that risks people&apos;s rights, the council must report it to the Information Commissioner&apos;s Office within 72 hours of becoming aware of it: by %2. The Data Protection Officer decides whether to report it; do not contact the recipient about the data without their advice.</source>
        <translation>Rhowch wybod i %1 nawr. Os yw hwn yn dor-diogelwch data personol sy&apos;n peryglu hawliau pobl, rhaid i&apos;r cyngor roi gwybod amdano i Swyddfa&apos;r Comisiynydd Gwybodaeth o fewn 72 awr i ddod yn ymwybodol ohono: erbyn %2. Y Swyddog Diogelu Data sy&apos;n penderfynu a ddylid rhoi gwybod amdano; peidiwch â chysylltu â&apos;r derbynnydd am y data heb gyngor y Swyddog Diogelu Data.</translation>
    </message>
    <message>
        <source>Describe what happened (no personal details from the data).</source>
        <translation>Disgrifiwch beth ddigwyddodd (dim manylion personol o&apos;r data).</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>This is not valid JSON at line %1, column %2 (%3). Correct the file, or save it again from Sharewise.</source>
        <translation>Nid yw hwn yn JSON dilys ar linell %1, colofn %2 (%3). Cywirwch y ffeil, neu cadwch hi eto o Sharewise.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in one object (line %2, column %3). Remove one of them.</source>
        <translation>Mae&apos;r maes &quot;%1&quot; yn ymddangos ddwywaith mewn un gwrthrych (llinell %2, colofn %3). Dilëwch un ohonyn nhw.</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>rhaid iddo fod yn destun rhwng dyfynodau</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>must be an object in braces { }</source>
        <translation>rhaid iddo fod yn wrthrych rhwng cromfachau cyrliog { }</translation>
    </message>
    <message>
        <source>must be a list in brackets [ ]</source>
        <translation>rhaid iddo fod yn rhestr rhwng cromfachau sgwâr [ ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2. Correct it and try again.</source>
        <translation>&quot;%1&quot;: %2. Cywirwch hyn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>is not a setting Sharewise knows (a spelling mistake?)</source>
        <translation>nid yw&apos;n osodiad y mae Sharewise yn ei adnabod (camgymeriad sillafu?)</translation>
    </message>
</context>
<context>
    <name>KeyCard</name>
    <message>
        <source>This key card was made by a newer version of Sharewise. Install the newest Sharewise to read it.</source>
        <translation>Cafodd y cerdyn allwedd hwn ei wneud gan fersiwn fwy diweddar o Sharewise. Gosodwch y fersiwn ddiweddaraf o Sharewise i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>This is not a Sharewise key card: a key card starts with &quot;sharewise-key-1:&quot;. Ask the sender to copy the whole line.</source>
        <translation>Nid yw hwn yn gerdyn allwedd Sharewise: mae cerdyn allwedd yn dechrau â &quot;sharewise-key-1:&quot;. Gofynnwch i&apos;r anfonwr gopïo&apos;r llinell gyfan.</translation>
    </message>
    <message>
        <source>The key card is incomplete: its checksum is missing. Copy the whole line again.</source>
        <translation>Mae&apos;r cerdyn allwedd yn anghyflawn: mae ei swm gwirio ar goll. Copïwch y llinell gyfan eto.</translation>
    </message>
    <message>
        <source>The key card contains characters that do not belong in it. Copy the whole line again, exactly.</source>
        <translation>Mae&apos;r cerdyn allwedd yn cynnwys nodau nad ydynt yn perthyn iddo. Copïwch y llinell gyfan eto, yn union fel y mae.</translation>
    </message>
    <message>
        <source>The key card&apos;s checksum does not match: a character was lost or changed when it was copied. Copy the whole line again.</source>
        <translation>Nid yw swm gwirio&apos;r cerdyn allwedd yn cyfateb: cafodd nod ei golli neu ei newid wrth ei gopïo. Copïwch y llinell gyfan eto.</translation>
    </message>
    <message>
        <source>The key card is damaged. Ask the sender for it again.</source>
        <translation>Mae&apos;r cerdyn allwedd wedi&apos;i ddifrodi. Gofynnwch i&apos;r anfonwr amdano eto.</translation>
    </message>
    <message>
        <source>The key card&apos;s own signature does not check: it was altered. Do not use it; ask the sender for it again.</source>
        <translation>Nid oedd modd dilysu llofnod y cerdyn allwedd ei hun: cafodd ei newid. Peidiwch â&apos;i ddefnyddio; gofynnwch i&apos;r anfonwr amdano eto.</translation>
    </message>
    <message>
        <source>The stored identity is damaged and cannot be used. Restore it from its backup file.</source>
        <translation>Mae&apos;r hunaniaeth a gadwyd wedi&apos;i difrodi, ac ni ellir ei defnyddio. Adferwch hi o&apos;i ffeil copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>LegalCatalogue</name>
    <message>
        <source>Consent</source>
        <comment>art6_1_a.title</comment>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>The people the data is about have freely agreed to this sharing, knowing what it is for, and can withdraw at any time.</source>
        <comment>art6_1_a.explanation</comment>
        <translation>Mae&apos;r bobl y mae&apos;r data&apos;n ymwneud â nhw wedi cytuno&apos;n rhydd i&apos;r rhannu hwn, gan wybod beth yw ei ddiben, a gallant dynnu&apos;n ôl ar unrhyw adeg.</translation>
    </message>
    <message>
        <source>Rarely right for a council: people who depend on its services cannot easily say no. Use it only when they have a real choice.</source>
        <comment>art6_1_a.typical_use</comment>
        <translation>Anaml y mae&apos;n iawn i gyngor: ni all pobl sy&apos;n dibynnu ar ei wasanaethau ddweud na yn hawdd. Defnyddiwch ef dim ond pan fydd ganddynt ddewis go iawn.</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>art6_1_b.title</comment>
        <translation>Contract</translation>
    </message>
    <message>
        <source>The sharing is needed to carry out a contract with the person, or to take steps they asked for before entering one.</source>
        <comment>art6_1_b.explanation</comment>
        <translation>Mae angen y rhannu i gyflawni contract gyda&apos;r person, neu i gymryd camau y gofynnodd amdanynt cyn ymrwymo i un.</translation>
    </message>
    <message>
        <source>A tenancy or a service the person has signed up to; seldom the basis for sharing with another organisation.</source>
        <comment>art6_1_b.typical_use</comment>
        <translation>Tenantiaeth neu wasanaeth y mae&apos;r person wedi ymrwymo iddo; anaml y mae&apos;n sail i rannu gyda sefydliad arall.</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>art6_1_c.title</comment>
        <translation>Rhwymedigaeth gyfreithiol</translation>
    </message>
    <message>
        <source>A law requires the organisation to share or use this data, so it has no choice about doing it.</source>
        <comment>art6_1_c.explanation</comment>
        <translation>Mae cyfraith yn ei gwneud yn ofynnol i&apos;r sefydliad rannu neu ddefnyddio&apos;r data hwn, felly nid oes ganddo ddewis.</translation>
    </message>
    <message>
        <source>Statutory returns a department can demand, or disclosures a court or an Act requires.</source>
        <comment>art6_1_c.typical_use</comment>
        <translation>Ffurflenni statudol y gall adran eu mynnu, neu ddatgeliadau y mae llys neu Ddeddf yn eu gwneud yn ofynnol.</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <comment>art6_1_d.title</comment>
        <translation>Buddiannau hanfodol</translation>
    </message>
    <message>
        <source>The sharing is needed to protect someone&apos;s life, and no other basis can reasonably be used.</source>
        <comment>art6_1_d.explanation</comment>
        <translation>Mae angen y rhannu i ddiogelu bywyd rhywun, ac ni ellir defnyddio unrhyw sail arall yn rhesymol.</translation>
    </message>
    <message>
        <source>Emergencies: a person missing or in danger, a major incident, a public health emergency.</source>
        <comment>art6_1_d.typical_use</comment>
        <translation>Argyfyngau: person ar goll neu mewn perygl, digwyddiad mawr, argyfwng iechyd y cyhoedd.</translation>
    </message>
    <message>
        <source>Public task</source>
        <comment>art6_1_e.title</comment>
        <translation>Tasg gyhoeddus</translation>
    </message>
    <message>
        <source>The sharing is needed to carry out a task in the public interest or a function the organisation has by law.</source>
        <comment>art6_1_e.explanation</comment>
        <translation>Mae angen y rhannu i gyflawni tasg er budd y cyhoedd neu swyddogaeth sydd gan y sefydliad yn ôl y gyfraith.</translation>
    </message>
    <message>
        <source>The usual basis when a council or a government department shares data for its own statutory functions.</source>
        <comment>art6_1_e.typical_use</comment>
        <translation>Y sail arferol pan fydd cyngor neu adran o&apos;r llywodraeth yn rhannu data ar gyfer ei swyddogaethau statudol ei hun.</translation>
    </message>
    <message>
        <source>Recognised legitimate interest</source>
        <comment>art6_1_ea.title</comment>
        <translation>Buddiant cyfreithlon cydnabyddedig</translation>
    </message>
    <message>
        <source>The sharing serves one of the interests the law lists in advance, such as helping another body with its public task, emergencies, crime or safeguarding vulnerable people; no balancing test is needed.</source>
        <comment>art6_1_ea.explanation</comment>
        <translation>Mae&apos;r rhannu&apos;n gwasanaethu un o&apos;r buddiannau y mae&apos;r gyfraith yn eu rhestru ymlaen llaw, fel helpu corff arall gyda&apos;i dasg gyhoeddus, argyfyngau, troseddu neu ddiogelu pobl agored i niwed; nid oes angen prawf cydbwyso.</translation>
    </message>
    <message>
        <source>Added by the Data (Use and Access) Act 2025 for organisations that are not public authorities, for example a charity disclosing to a council. A council cannot use it for its own tasks.</source>
        <comment>art6_1_ea.typical_use</comment>
        <translation>Wedi&apos;i ychwanegu gan Ddeddf Data (Defnydd a Mynediad) 2025 ar gyfer sefydliadau nad ydynt yn awdurdodau cyhoeddus, er enghraifft elusen yn datgelu i gyngor. Ni all cyngor ei defnyddio ar gyfer ei dasgau ei hun.</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <comment>art6_1_f.title</comment>
        <translation>Buddiannau cyfreithlon</translation>
    </message>
    <message>
        <source>The sharing is needed for a genuine interest of the organisation or someone else, and that interest outweighs any harm to the people the data is about.</source>
        <comment>art6_1_f.explanation</comment>
        <translation>Mae angen y rhannu ar gyfer buddiant gwirioneddol y sefydliad neu rywun arall, ac mae&apos;r buddiant hwnnw&apos;n drech nag unrhyw niwed i&apos;r bobl y mae&apos;r data&apos;n ymwneud â nhw.</translation>
    </message>
    <message>
        <source>Private companies and charities. A public authority cannot use it for the tasks it does as a public authority.</source>
        <comment>art6_1_f.typical_use</comment>
        <translation>Cwmnïau preifat ac elusennau. Ni all awdurdod cyhoeddus ei defnyddio ar gyfer y tasgau y mae&apos;n eu gwneud fel awdurdod cyhoeddus.</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <comment>art9_2_a.title</comment>
        <translation>Cydsyniad penodol</translation>
    </message>
    <message>
        <source>The person has clearly and specifically agreed, usually in writing, to this use of their sensitive data.</source>
        <comment>art9_2_a.explanation</comment>
        <translation>Mae&apos;r person wedi cytuno&apos;n glir ac yn benodol, fel arfer yn ysgrifenedig, i&apos;r defnydd hwn o&apos;i ddata sensitif.</translation>
    </message>
    <message>
        <source>Only where people have a genuine choice and the consent is recorded; rarely suits council sharing.</source>
        <comment>art9_2_a.typical_use</comment>
        <translation>Dim ond pan fydd gan bobl ddewis gwirioneddol a bod y cydsyniad wedi&apos;i gofnodi; anaml y mae&apos;n addas i rannu gan gyngor.</translation>
    </message>
    <message>
        <source>Employment, social security and social protection</source>
        <comment>art9_2_b.title</comment>
        <translation>Cyflogaeth, nawdd cymdeithasol a diogelwch cymdeithasol</translation>
    </message>
    <message>
        <source>The data is needed to meet obligations or use rights under employment, social security or social protection law.</source>
        <comment>art9_2_b.explanation</comment>
        <translation>Mae angen y data i gyflawni rhwymedigaethau neu arfer hawliau o dan gyfraith cyflogaeth, nawdd cymdeithasol neu ddiogelwch cymdeithasol.</translation>
    </message>
    <message>
        <source>Staff records, benefits, and social protection such as support for vulnerable households.</source>
        <comment>art9_2_b.typical_use</comment>
        <translation>Cofnodion staff, budd-daliadau, a diogelwch cymdeithasol fel cymorth i aelwydydd agored i niwed.</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <comment>art9_2_c.title</comment>
        <translation>Buddiannau hanfodol</translation>
    </message>
    <message>
        <source>The sharing protects someone&apos;s life and the person cannot give consent, for example because they are unconscious.</source>
        <comment>art9_2_c.explanation</comment>
        <translation>Mae&apos;r rhannu&apos;n diogelu bywyd rhywun ac ni all y person roi cydsyniad, er enghraifft am ei fod yn anymwybodol.</translation>
    </message>
    <message>
        <source>Emergencies only, when the person cannot be asked.</source>
        <comment>art9_2_c.typical_use</comment>
        <translation>Argyfyngau yn unig, pan na ellir gofyn i&apos;r person.</translation>
    </message>
    <message>
        <source>Not-for-profit bodies</source>
        <comment>art9_2_d.title</comment>
        <translation>Cyrff nid-er-elw</translation>
    </message>
    <message>
        <source>A political, religious, philosophical or trade union body uses data about its own members or regular contacts, and does not pass it outside without consent.</source>
        <comment>art9_2_d.explanation</comment>
        <translation>Mae corff gwleidyddol, crefyddol, athronyddol neu undeb llafur yn defnyddio data am ei aelodau ei hun neu ei gysylltiadau rheolaidd, ac nid yw&apos;n ei drosglwyddo y tu allan heb gydsyniad.</translation>
    </message>
    <message>
        <source>Charities and membership bodies with their own members; not council sharing.</source>
        <comment>art9_2_d.typical_use</comment>
        <translation>Elusennau a chyrff aelodaeth gyda&apos;u haelodau eu hunain; nid rhannu gan gyngor.</translation>
    </message>
    <message>
        <source>Made public by the person</source>
        <comment>art9_2_e.title</comment>
        <translation>Wedi&apos;i wneud yn gyhoeddus gan y person</translation>
    </message>
    <message>
        <source>The person has themselves clearly made this information public.</source>
        <comment>art9_2_e.explanation</comment>
        <translation>Mae&apos;r person ei hun wedi gwneud yr wybodaeth hon yn gyhoeddus yn glir.</translation>
    </message>
    <message>
        <source>Rare; information someone deliberately published about themselves.</source>
        <comment>art9_2_e.typical_use</comment>
        <translation>Prin; gwybodaeth y mae rhywun wedi&apos;i chyhoeddi&apos;n fwriadol amdano&apos;i hun.</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <comment>art9_2_f.title</comment>
        <translation>Hawliadau cyfreithiol</translation>
    </message>
    <message>
        <source>The data is needed to make, pursue or defend a legal claim, or by courts acting in their judicial role.</source>
        <comment>art9_2_f.explanation</comment>
        <translation>Mae angen y data i wneud, dilyn neu amddiffyn hawliad cyfreithiol, neu gan lysoedd sy&apos;n gweithredu yn eu rôl farnwrol.</translation>
    </message>
    <message>
        <source>Disclosure for court proceedings or legal advice about a claim.</source>
        <comment>art9_2_f.typical_use</comment>
        <translation>Datgelu ar gyfer achosion llys neu gyngor cyfreithiol am hawliad.</translation>
    </message>
    <message>
        <source>Substantial public interest</source>
        <comment>art9_2_g.title</comment>
        <translation>Budd sylweddol i&apos;r cyhoedd</translation>
    </message>
    <message>
        <source>The use serves a substantial public interest set out in law; in the UK one of the Schedule 1 Part 2 conditions must also be met.</source>
        <comment>art9_2_g.explanation</comment>
        <translation>Mae&apos;r defnydd yn gwasanaethu budd sylweddol i&apos;r cyhoedd a nodir yn y gyfraith; yn y DU rhaid bodloni un o amodau Rhan 2 o Atodlen 1 hefyd.</translation>
    </message>
    <message>
        <source>Most council sharing of sensitive data for statutory functions, safeguarding, equality monitoring or fraud prevention.</source>
        <comment>art9_2_g.typical_use</comment>
        <translation>Y rhan fwyaf o rannu data sensitif gan gynghorau ar gyfer swyddogaethau statudol, diogelu, monitro cydraddoldeb neu atal twyll.</translation>
    </message>
    <message>
        <source>Health or social care</source>
        <comment>art9_2_h.title</comment>
        <translation>Iechyd neu ofal cymdeithasol</translation>
    </message>
    <message>
        <source>The data is needed to provide or manage health or social care, by or under the responsibility of a professional bound by confidentiality.</source>
        <comment>art9_2_h.explanation</comment>
        <translation>Mae angen y data i ddarparu neu reoli iechyd neu ofal cymdeithasol, gan weithiwr proffesiynol sy&apos;n rhwym wrth gyfrinachedd neu o dan ei gyfrifoldeb.</translation>
    </message>
    <message>
        <source>Adult and children&apos;s social care, health services and the planning of care.</source>
        <comment>art9_2_h.typical_use</comment>
        <translation>Gofal cymdeithasol i oedolion a phlant, gwasanaethau iechyd a chynllunio gofal.</translation>
    </message>
    <message>
        <source>Public health</source>
        <comment>art9_2_i.title</comment>
        <translation>Iechyd y cyhoedd</translation>
    </message>
    <message>
        <source>The data is needed for public health, such as protecting against serious threats to health or keeping care and medicines safe.</source>
        <comment>art9_2_i.explanation</comment>
        <translation>Mae angen y data ar gyfer iechyd y cyhoedd, fel diogelu rhag bygythiadau difrifol i iechyd neu gadw gofal a meddyginiaethau&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Public health teams, outbreak control and health protection.</source>
        <comment>art9_2_i.typical_use</comment>
        <translation>Timau iechyd y cyhoedd, rheoli achosion o glefydau a diogelu iechyd.</translation>
    </message>
    <message>
        <source>Archiving, research or statistics</source>
        <comment>art9_2_j.title</comment>
        <translation>Archifo, ymchwil neu ystadegau</translation>
    </message>
    <message>
        <source>The data is used for archiving in the public interest, scientific or historical research, or statistics, with safeguards such as pseudonymisation.</source>
        <comment>art9_2_j.explanation</comment>
        <translation>Mae&apos;r data&apos;n cael ei ddefnyddio ar gyfer archifo er budd y cyhoedd, ymchwil wyddonol neu hanesyddol, neu ystadegau, gyda mesurau diogelu fel ffugenwi.</translation>
    </message>
    <message>
        <source>Evaluations, research studies and official statistics that do not make decisions about individuals.</source>
        <comment>art9_2_j.typical_use</comment>
        <translation>Gwerthusiadau, astudiaethau ymchwil ac ystadegau swyddogol nad ydynt yn gwneud penderfyniadau am unigolion.</translation>
    </message>
    <message>
        <source>Employment, social security and social protection</source>
        <comment>sch1_1.title</comment>
        <translation>Cyflogaeth, nawdd cymdeithasol a diogelwch cymdeithasol</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to meet duties or use rights under employment, social security or social protection law; an appropriate policy document is needed.</source>
        <comment>sch1_1.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i gyflawni dyletswyddau neu arfer hawliau o dan gyfraith cyflogaeth, nawdd cymdeithasol neu ddiogelwch cymdeithasol; mae angen dogfen bolisi briodol.</translation>
    </message>
    <message>
        <source>Goes with Article 9(2)(b): staff matters, benefits and support for vulnerable people.</source>
        <comment>sch1_1.typical_use</comment>
        <translation>Yn mynd gydag Erthygl 9(2)(b): materion staff, budd-daliadau a chymorth i bobl agored i niwed.</translation>
    </message>
    <message>
        <source>Health or social care purposes</source>
        <comment>sch1_2.title</comment>
        <translation>Dibenion iechyd neu ofal cymdeithasol</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to provide or manage health or social care, with professionals bound by confidentiality.</source>
        <comment>sch1_2.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i ddarparu neu reoli iechyd neu ofal cymdeithasol, gyda gweithwyr proffesiynol sy&apos;n rhwym wrth gyfrinachedd.</translation>
    </message>
    <message>
        <source>Goes with Article 9(2)(h): social care and health services.</source>
        <comment>sch1_2.typical_use</comment>
        <translation>Yn mynd gydag Erthygl 9(2)(h): gofal cymdeithasol a gwasanaethau iechyd.</translation>
    </message>
    <message>
        <source>Public health</source>
        <comment>sch1_3.title</comment>
        <translation>Iechyd y cyhoedd</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used for public health by or under the responsibility of a health professional or someone with a duty of confidentiality.</source>
        <comment>sch1_3.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif ar gyfer iechyd y cyhoedd gan weithiwr iechyd proffesiynol neu o dan ei gyfrifoldeb, neu gan rywun sydd â dyletswydd cyfrinachedd.</translation>
    </message>
    <message>
        <source>Goes with Article 9(2)(i): public health teams.</source>
        <comment>sch1_3.typical_use</comment>
        <translation>Yn mynd gydag Erthygl 9(2)(i): timau iechyd y cyhoedd.</translation>
    </message>
    <message>
        <source>Research, statistics and archiving</source>
        <comment>sch1_4.title</comment>
        <translation>Ymchwil, ystadegau ac archifo</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used for research, statistics or archiving when it is necessary, has safeguards and is in the public interest.</source>
        <comment>sch1_4.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif ar gyfer ymchwil, ystadegau neu archifo pan fo&apos;n angenrheidiol, bod mesurau diogelu ar waith a&apos;i fod er budd y cyhoedd.</translation>
    </message>
    <message>
        <source>Goes with Article 9(2)(j): evaluations and statistical studies.</source>
        <comment>sch1_4.typical_use</comment>
        <translation>Yn mynd gydag Erthygl 9(2)(j): gwerthusiadau ac astudiaethau ystadegol.</translation>
    </message>
    <message>
        <source>Statutory and government purposes</source>
        <comment>sch1_6.title</comment>
        <translation>Dibenion statudol a llywodraethol</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used for a function given by law or for the work of government, when that serves a substantial public interest.</source>
        <comment>sch1_6.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif ar gyfer swyddogaeth a roddir gan y gyfraith neu ar gyfer gwaith y llywodraeth, pan fo hynny&apos;n gwasanaethu budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Council services run under an Act, and returns to government departments.</source>
        <comment>sch1_6.typical_use</comment>
        <translation>Gwasanaethau cyngor a gynhelir o dan Ddeddf, a ffurflenni i adrannau&apos;r llywodraeth.</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <comment>sch1_7.title</comment>
        <translation>Gweinyddu cyfiawnder</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to run the justice system or for parliamentary functions.</source>
        <comment>sch1_7.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i redeg y system gyfiawnder neu ar gyfer swyddogaethau seneddol.</translation>
    </message>
    <message>
        <source>Courts, tribunals and work for them.</source>
        <comment>sch1_7.typical_use</comment>
        <translation>Llysoedd, tribiwnlysoedd a gwaith ar eu cyfer.</translation>
    </message>
    <message>
        <source>Equality of opportunity or treatment</source>
        <comment>sch1_8.title</comment>
        <translation>Cyfle cyfartal neu driniaeth gyfartal</translation>
    </message>
    <message>
        <source>Allows data such as ethnicity, religion, health or sexual orientation to be used to check that people are treated equally.</source>
        <comment>sch1_8.explanation</comment>
        <translation>Yn caniatáu defnyddio data fel ethnigrwydd, crefydd, iechyd neu gyfeiriadedd rhywiol i wirio bod pobl yn cael eu trin yn gyfartal.</translation>
    </message>
    <message>
        <source>Equality monitoring of services and staff.</source>
        <comment>sch1_8.typical_use</comment>
        <translation>Monitro cydraddoldeb gwasanaethau a staff.</translation>
    </message>
    <message>
        <source>Racial and ethnic diversity at senior levels</source>
        <comment>sch1_9.title</comment>
        <translation>Amrywiaeth hiliol ac ethnig ar lefelau uwch</translation>
    </message>
    <message>
        <source>Allows ethnicity data to be used to promote racial and ethnic diversity among senior staff.</source>
        <comment>sch1_9.explanation</comment>
        <translation>Yn caniatáu defnyddio data ethnigrwydd i hyrwyddo amrywiaeth hiliol ac ethnig ymhlith uwch staff.</translation>
    </message>
    <message>
        <source>Workforce diversity programmes.</source>
        <comment>sch1_9.typical_use</comment>
        <translation>Rhaglenni amrywiaeth y gweithlu.</translation>
    </message>
    <message>
        <source>Preventing or detecting unlawful acts</source>
        <comment>sch1_10.title</comment>
        <translation>Atal neu ganfod gweithredoedd anghyfreithlon</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to prevent or detect crime or other unlawful acts, where asking for consent would defeat the purpose.</source>
        <comment>sch1_10.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i atal neu ganfod troseddau neu weithredoedd anghyfreithlon eraill, lle byddai gofyn am gydsyniad yn trechu&apos;r diben.</translation>
    </message>
    <message>
        <source>Community safety, work with the police, enforcement.</source>
        <comment>sch1_10.typical_use</comment>
        <translation>Diogelwch cymunedol, gwaith gyda&apos;r heddlu, gorfodi.</translation>
    </message>
    <message>
        <source>Protecting the public</source>
        <comment>sch1_11.title</comment>
        <translation>Diogelu&apos;r cyhoedd</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to protect the public from dishonesty, malpractice or seriously improper conduct.</source>
        <comment>sch1_11.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i ddiogelu&apos;r cyhoedd rhag anonestrwydd, camymarfer neu ymddygiad difrifol amhriodol.</translation>
    </message>
    <message>
        <source>Investigating misconduct by people in positions of trust.</source>
        <comment>sch1_11.typical_use</comment>
        <translation>Ymchwilio i gamymddwyn gan bobl mewn swyddi o ymddiriedaeth.</translation>
    </message>
    <message>
        <source>Regulatory requirements</source>
        <comment>sch1_12.title</comment>
        <translation>Gofynion rheoleiddiol</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to meet a regulator&apos;s requirement to establish whether someone has acted unlawfully or dishonestly.</source>
        <comment>sch1_12.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i fodloni gofyniad rheoleiddiwr i ganfod a yw rhywun wedi gweithredu&apos;n anghyfreithlon neu&apos;n anonest.</translation>
    </message>
    <message>
        <source>Regulated services responding to a regulator.</source>
        <comment>sch1_12.typical_use</comment>
        <translation>Gwasanaethau a reoleiddir yn ymateb i reoleiddiwr.</translation>
    </message>
    <message>
        <source>Journalism in connection with unlawful acts</source>
        <comment>sch1_13.title</comment>
        <translation>Newyddiaduraeth mewn cysylltiad â gweithredoedd anghyfreithlon</translation>
    </message>
    <message>
        <source>Allows disclosure for journalism about unlawful acts, dishonesty or malpractice when it is in the public interest.</source>
        <comment>sch1_13.explanation</comment>
        <translation>Yn caniatáu datgelu ar gyfer newyddiaduraeth am weithredoedd anghyfreithlon, anonestrwydd neu gamymarfer pan fo hynny er budd y cyhoedd.</translation>
    </message>
    <message>
        <source>Rare for councils.</source>
        <comment>sch1_13.typical_use</comment>
        <translation>Prin i gynghorau.</translation>
    </message>
    <message>
        <source>Preventing fraud</source>
        <comment>sch1_14.title</comment>
        <translation>Atal twyll</translation>
    </message>
    <message>
        <source>Allows sensitive data to be disclosed to or used by an anti-fraud organisation, or shared under its arrangements, to prevent fraud.</source>
        <comment>sch1_14.explanation</comment>
        <translation>Yn caniatáu datgelu data sensitif i sefydliad gwrth-dwyll neu ei ddefnyddio ganddo, neu ei rannu o dan ei drefniadau, i atal twyll.</translation>
    </message>
    <message>
        <source>Fraud prevention and data matching exercises such as the National Fraud Initiative.</source>
        <comment>sch1_14.typical_use</comment>
        <translation>Atal twyll ac ymarferion paru data fel y Fenter Twyll Genedlaethol.</translation>
    </message>
    <message>
        <source>Terrorist financing and money laundering</source>
        <comment>sch1_15.title</comment>
        <translation>Ariannu terfysgaeth a gwyngalchu arian</translation>
    </message>
    <message>
        <source>Allows sensitive data to be disclosed when someone suspects terrorist financing or money laundering.</source>
        <comment>sch1_15.explanation</comment>
        <translation>Yn caniatáu datgelu data sensitif pan fydd rhywun yn amau ariannu terfysgaeth neu wyngalchu arian.</translation>
    </message>
    <message>
        <source>Reports about suspicious money.</source>
        <comment>sch1_15.typical_use</comment>
        <translation>Adroddiadau am arian amheus.</translation>
    </message>
    <message>
        <source>Support for people with a disability or medical condition</source>
        <comment>sch1_16.title</comment>
        <translation>Cymorth i bobl ag anabledd neu gyflwr meddygol</translation>
    </message>
    <message>
        <source>Allows a not-for-profit body that supports people with a disability or medical condition to use data about them.</source>
        <comment>sch1_16.explanation</comment>
        <translation>Yn caniatáu i gorff nid-er-elw sy&apos;n cefnogi pobl ag anabledd neu gyflwr meddygol ddefnyddio data amdanynt.</translation>
    </message>
    <message>
        <source>Support groups and voluntary organisations.</source>
        <comment>sch1_16.typical_use</comment>
        <translation>Grwpiau cymorth a sefydliadau gwirfoddol.</translation>
    </message>
    <message>
        <source>Counselling</source>
        <comment>sch1_17.title</comment>
        <translation>Cwnsela</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to give confidential counselling, advice or support when consent cannot reasonably be sought.</source>
        <comment>sch1_17.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i roi cwnsela, cyngor neu gymorth cyfrinachol pan na ellir yn rhesymol ofyn am gydsyniad.</translation>
    </message>
    <message>
        <source>Advice and counselling services.</source>
        <comment>sch1_17.typical_use</comment>
        <translation>Gwasanaethau cyngor a chwnsela.</translation>
    </message>
    <message>
        <source>Safeguarding children and individuals at risk</source>
        <comment>sch1_18.title</comment>
        <translation>Diogelu plant ac unigolion sy&apos;n wynebu risg</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to protect a child or an adult at risk from harm, or to protect their well-being, without their consent where asking would put them at risk.</source>
        <comment>sch1_18.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i ddiogelu plentyn neu oedolyn sy&apos;n wynebu risg rhag niwed, neu i ddiogelu ei les, heb ei gydsyniad lle byddai gofyn yn ei roi mewn perygl.</translation>
    </message>
    <message>
        <source>Children&apos;s and adult safeguarding, multi-agency work and domestic abuse.</source>
        <comment>sch1_18.typical_use</comment>
        <translation>Diogelu plant ac oedolion, gwaith amlasiantaethol a cham-drin domestig.</translation>
    </message>
    <message>
        <source>Safeguarding economic well-being of certain individuals</source>
        <comment>sch1_19.title</comment>
        <translation>Diogelu lles economaidd unigolion penodol</translation>
    </message>
    <message>
        <source>Allows health data to be used to protect the economic well-being of an adult at economic risk because of a physical or mental condition.</source>
        <comment>sch1_19.explanation</comment>
        <translation>Yn caniatáu defnyddio data iechyd i ddiogelu lles economaidd oedolyn sy&apos;n wynebu risg economaidd oherwydd cyflwr corfforol neu feddyliol.</translation>
    </message>
    <message>
        <source>Protecting people from financial abuse.</source>
        <comment>sch1_19.typical_use</comment>
        <translation>Diogelu pobl rhag cam-drin ariannol.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <comment>sch1_20.title</comment>
        <translation>Yswiriant</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used for an insurance purpose where it is necessary and consent cannot reasonably be sought.</source>
        <comment>sch1_20.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif at ddiben yswiriant pan fo&apos;n angenrheidiol ac na ellir yn rhesymol ofyn am gydsyniad.</translation>
    </message>
    <message>
        <source>Insurers and claims.</source>
        <comment>sch1_20.typical_use</comment>
        <translation>Yswirwyr a hawliadau.</translation>
    </message>
    <message>
        <source>Occupational pensions</source>
        <comment>sch1_21.title</comment>
        <translation>Pensiynau galwedigaethol</translation>
    </message>
    <message>
        <source>Allows health data about members&apos; relatives to be used to decide their rights under an occupational pension scheme.</source>
        <comment>sch1_21.explanation</comment>
        <translation>Yn caniatáu defnyddio data iechyd am berthnasau aelodau i benderfynu ar eu hawliau o dan gynllun pensiwn galwedigaethol.</translation>
    </message>
    <message>
        <source>Pension scheme administration.</source>
        <comment>sch1_21.typical_use</comment>
        <translation>Gweinyddu cynlluniau pensiwn.</translation>
    </message>
    <message>
        <source>Political parties</source>
        <comment>sch1_22.title</comment>
        <translation>Pleidiau gwleidyddol</translation>
    </message>
    <message>
        <source>Allows registered political parties to use data about political opinions for their political activities.</source>
        <comment>sch1_22.explanation</comment>
        <translation>Yn caniatáu i bleidiau gwleidyddol cofrestredig ddefnyddio data am farn wleidyddol ar gyfer eu gweithgareddau gwleidyddol.</translation>
    </message>
    <message>
        <source>Political parties only.</source>
        <comment>sch1_22.typical_use</comment>
        <translation>Pleidiau gwleidyddol yn unig.</translation>
    </message>
    <message>
        <source>Elected representatives responding to requests</source>
        <comment>sch1_23.title</comment>
        <translation>Cynrychiolwyr etholedig yn ymateb i geisiadau</translation>
    </message>
    <message>
        <source>Allows an elected representative, such as a councillor or MP, to use sensitive data to act on a request from a constituent.</source>
        <comment>sch1_23.explanation</comment>
        <translation>Yn caniatáu i gynrychiolydd etholedig, fel cynghorydd neu AS, ddefnyddio data sensitif i weithredu ar gais gan etholwr.</translation>
    </message>
    <message>
        <source>Councillors&apos; and MPs&apos; casework.</source>
        <comment>sch1_23.typical_use</comment>
        <translation>Gwaith achos cynghorwyr ac ASau.</translation>
    </message>
    <message>
        <source>Disclosure to elected representatives</source>
        <comment>sch1_24.title</comment>
        <translation>Datgelu i gynrychiolwyr etholedig</translation>
    </message>
    <message>
        <source>Allows an organisation to disclose sensitive data to an elected representative who is acting on a constituent&apos;s request.</source>
        <comment>sch1_24.explanation</comment>
        <translation>Yn caniatáu i sefydliad ddatgelu data sensitif i gynrychiolydd etholedig sy&apos;n gweithredu ar gais etholwr.</translation>
    </message>
    <message>
        <source>Answering a councillor&apos;s or MP&apos;s enquiry about a constituent.</source>
        <comment>sch1_24.typical_use</comment>
        <translation>Ateb ymholiad cynghorydd neu AS am etholwr.</translation>
    </message>
    <message>
        <source>Informing elected representatives about prisoners</source>
        <comment>sch1_25.title</comment>
        <translation>Rhoi gwybod i gynrychiolwyr etholedig am garcharorion</translation>
    </message>
    <message>
        <source>Allows information about prisoners to be given to elected representatives so they can act for them.</source>
        <comment>sch1_25.explanation</comment>
        <translation>Yn caniatáu rhoi gwybodaeth am garcharorion i gynrychiolwyr etholedig fel y gallant weithredu ar eu rhan.</translation>
    </message>
    <message>
        <source>Prison service.</source>
        <comment>sch1_25.typical_use</comment>
        <translation>Y gwasanaeth carchardai.</translation>
    </message>
    <message>
        <source>Publication of legal judgments</source>
        <comment>sch1_26.title</comment>
        <translation>Cyhoeddi dyfarniadau cyfreithiol</translation>
    </message>
    <message>
        <source>Allows sensitive data to be published as part of a legal judgment or decision.</source>
        <comment>sch1_26.explanation</comment>
        <translation>Yn caniatáu cyhoeddi data sensitif fel rhan o ddyfarniad neu benderfyniad cyfreithiol.</translation>
    </message>
    <message>
        <source>Courts and tribunals.</source>
        <comment>sch1_26.typical_use</comment>
        <translation>Llysoedd a thribiwnlysoedd.</translation>
    </message>
    <message>
        <source>Anti-doping in sport</source>
        <comment>sch1_27.title</comment>
        <translation>Gwrth-gyffuriau mewn chwaraeon</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to prevent doping in sport.</source>
        <comment>sch1_27.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i atal defnyddio cyffuriau mewn chwaraeon.</translation>
    </message>
    <message>
        <source>Sports bodies.</source>
        <comment>sch1_27.typical_use</comment>
        <translation>Cyrff chwaraeon.</translation>
    </message>
    <message>
        <source>Standards of behaviour in sport</source>
        <comment>sch1_28.title</comment>
        <translation>Safonau ymddygiad mewn chwaraeon</translation>
    </message>
    <message>
        <source>Allows sensitive data to be used to protect the integrity of a sport or sporting event.</source>
        <comment>sch1_28.explanation</comment>
        <translation>Yn caniatáu defnyddio data sensitif i ddiogelu uniondeb camp neu ddigwyddiad chwaraeon.</translation>
    </message>
    <message>
        <source>Sports bodies.</source>
        <comment>sch1_28.typical_use</comment>
        <translation>Cyrff chwaraeon.</translation>
    </message>
    <message>
        <source>Consent (criminal offence data)</source>
        <comment>sch1_29.title</comment>
        <translation>Cydsyniad (data troseddau)</translation>
    </message>
    <message>
        <source>Allows criminal offence data to be used when the person has given consent.</source>
        <comment>sch1_29.explanation</comment>
        <translation>Yn caniatáu defnyddio data troseddau pan fydd y person wedi rhoi cydsyniad.</translation>
    </message>
    <message>
        <source>Where people genuinely choose, such as a voluntary disclosure check.</source>
        <comment>sch1_29.typical_use</comment>
        <translation>Lle mae pobl yn dewis go iawn, fel gwiriad datgelu gwirfoddol.</translation>
    </message>
    <message>
        <source>Vital interests (criminal offence data)</source>
        <comment>sch1_30.title</comment>
        <translation>Buddiannau hanfodol (data troseddau)</translation>
    </message>
    <message>
        <source>Allows criminal offence data to be used to protect someone&apos;s life when the person cannot consent.</source>
        <comment>sch1_30.explanation</comment>
        <translation>Yn caniatáu defnyddio data troseddau i ddiogelu bywyd rhywun pan na all y person gydsynio.</translation>
    </message>
    <message>
        <source>Emergencies.</source>
        <comment>sch1_30.typical_use</comment>
        <translation>Argyfyngau.</translation>
    </message>
    <message>
        <source>Not-for-profit bodies (criminal offence data)</source>
        <comment>sch1_31.title</comment>
        <translation>Cyrff nid-er-elw (data troseddau)</translation>
    </message>
    <message>
        <source>Allows a not-for-profit body to use criminal offence data about its members or regular contacts.</source>
        <comment>sch1_31.explanation</comment>
        <translation>Yn caniatáu i gorff nid-er-elw ddefnyddio data troseddau am ei aelodau neu ei gysylltiadau rheolaidd.</translation>
    </message>
    <message>
        <source>Charities and membership bodies.</source>
        <comment>sch1_31.typical_use</comment>
        <translation>Elusennau a chyrff aelodaeth.</translation>
    </message>
    <message>
        <source>Made public by the person (criminal offence data)</source>
        <comment>sch1_32.title</comment>
        <translation>Wedi&apos;i wneud yn gyhoeddus gan y person (data troseddau)</translation>
    </message>
    <message>
        <source>Allows criminal offence data to be used when the person has clearly made it public themselves.</source>
        <comment>sch1_32.explanation</comment>
        <translation>Yn caniatáu defnyddio data troseddau pan fydd y person ei hun wedi&apos;i wneud yn gyhoeddus yn glir.</translation>
    </message>
    <message>
        <source>Rare.</source>
        <comment>sch1_32.typical_use</comment>
        <translation>Prin.</translation>
    </message>
    <message>
        <source>Legal claims (criminal offence data)</source>
        <comment>sch1_33.title</comment>
        <translation>Hawliadau cyfreithiol (data troseddau)</translation>
    </message>
    <message>
        <source>Allows criminal offence data to be used for legal proceedings, legal advice or to make or defend legal claims.</source>
        <comment>sch1_33.explanation</comment>
        <translation>Yn caniatáu defnyddio data troseddau ar gyfer achosion cyfreithiol, cyngor cyfreithiol neu i wneud neu amddiffyn hawliadau cyfreithiol.</translation>
    </message>
    <message>
        <source>Litigation and legal advice.</source>
        <comment>sch1_33.typical_use</comment>
        <translation>Ymgyfreitha a chyngor cyfreithiol.</translation>
    </message>
    <message>
        <source>Judicial acts (criminal offence data)</source>
        <comment>sch1_34.title</comment>
        <translation>Gweithredoedd barnwrol (data troseddau)</translation>
    </message>
    <message>
        <source>Allows criminal offence data to be used by a court or tribunal acting in its judicial role.</source>
        <comment>sch1_34.explanation</comment>
        <translation>Yn caniatáu i lys neu dribiwnlys sy&apos;n gweithredu yn ei rôl farnwrol ddefnyddio data troseddau.</translation>
    </message>
    <message>
        <source>Courts and tribunals.</source>
        <comment>sch1_34.typical_use</comment>
        <translation>Llysoedd a thribiwnlysoedd.</translation>
    </message>
    <message>
        <source>Accounts used in indecency offences involving children</source>
        <comment>sch1_35.title</comment>
        <translation>Cyfrifon a ddefnyddir mewn troseddau anwedduster yn ymwneud â phlant</translation>
    </message>
    <message>
        <source>Allows card issuers to use criminal offence data to administer accounts used in indecency offences involving children.</source>
        <comment>sch1_35.explanation</comment>
        <translation>Yn caniatáu i gyhoeddwyr cardiau ddefnyddio data troseddau i weinyddu cyfrifon a ddefnyddir mewn troseddau anwedduster yn ymwneud â phlant.</translation>
    </message>
    <message>
        <source>Payment card companies; not councils.</source>
        <comment>sch1_35.typical_use</comment>
        <translation>Cwmnïau cardiau talu; nid cynghorau.</translation>
    </message>
    <message>
        <source>Part 2 conditions for criminal offence data</source>
        <comment>sch1_36.title</comment>
        <translation>Amodau Rhan 2 ar gyfer data troseddau</translation>
    </message>
    <message>
        <source>Lets a Part 2 condition, such as safeguarding or preventing unlawful acts, cover criminal offence data without having to show a substantial public interest.</source>
        <comment>sch1_36.explanation</comment>
        <translation>Yn gadael i amod Rhan 2, fel diogelu neu atal gweithredoedd anghyfreithlon, gwmpasu data troseddau heb orfod dangos budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Councils sharing criminal offence data for safeguarding, community safety or fraud prevention.</source>
        <comment>sch1_36.typical_use</comment>
        <translation>Cynghorau&apos;n rhannu data troseddau ar gyfer diogelu, diogelwch cymunedol neu atal twyll.</translation>
    </message>
    <message>
        <source>Insurance (criminal offence data)</source>
        <comment>sch1_37.title</comment>
        <translation>Yswiriant (data troseddau)</translation>
    </message>
    <message>
        <source>Lets the insurance condition cover criminal offence data without its usual limits.</source>
        <comment>sch1_37.explanation</comment>
        <translation>Yn gadael i&apos;r amod yswiriant gwmpasu data troseddau heb ei gyfyngiadau arferol.</translation>
    </message>
    <message>
        <source>Insurers.</source>
        <comment>sch1_37.typical_use</comment>
        <translation>Yswirwyr.</translation>
    </message>
    <message>
        <source>Under official authority</source>
        <comment>crim_official_authority.title</comment>
        <translation>O dan awdurdod swyddogol</translation>
    </message>
    <message>
        <source>Criminal offence data may be used by or under the control of an official authority, such as the police or a council carrying out a function the law gives it.</source>
        <comment>crim_official_authority.explanation</comment>
        <translation>Gellir defnyddio data troseddau gan awdurdod swyddogol neu o dan ei reolaeth, fel yr heddlu neu gyngor sy&apos;n cyflawni swyddogaeth a roddir iddo gan y gyfraith.</translation>
    </message>
    <message>
        <source>A council or the police using offence data within its own statutory functions; otherwise a Schedule 1 condition is needed.</source>
        <comment>crim_official_authority.typical_use</comment>
        <translation>Cyngor neu&apos;r heddlu&apos;n defnyddio data troseddau o fewn ei swyddogaethau statudol ei hun; fel arall mae angen amod o Atodlen 1.</translation>
    </message>
    <message>
        <source>A Schedule 1 condition</source>
        <comment>crim_schedule1.title</comment>
        <translation>Amod o Atodlen 1</translation>
    </message>
    <message>
        <source>Criminal offence data may be used when a condition in Part 1, 2 or 3 of DPA 2018 Schedule 1 is met; paragraph 36 lets Part 2 conditions apply without the substantial public interest test.</source>
        <comment>crim_schedule1.explanation</comment>
        <translation>Gellir defnyddio data troseddau pan fodlonir amod yn Rhan 1, 2 neu 3 o Atodlen 1 i DDD 2018; mae paragraff 36 yn gadael i amodau Rhan 2 fod yn berthnasol heb y prawf budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Sharing offence data for safeguarding, crime prevention or fraud prevention outside the recipient&apos;s own official authority.</source>
        <comment>crim_schedule1.typical_use</comment>
        <translation>Rhannu data troseddau ar gyfer diogelu, atal troseddau neu atal twyll y tu allan i awdurdod swyddogol y derbynnydd ei hun.</translation>
    </message>
    <message>
        <source>Public service delivery</source>
        <comment>dea2017_s35.title</comment>
        <translation>Cyflenwi gwasanaethau cyhoeddus</translation>
    </message>
    <message>
        <source>Lets named public bodies share data to improve the well-being of people or households, for objectives set in regulations such as multiple disadvantages, fuel poverty and water poverty; a code of practice applies and shares are publicly registered.</source>
        <comment>dea2017_s35.explanation</comment>
        <translation>Yn gadael i gyrff cyhoeddus a enwir rannu data i wella lles pobl neu aelwydydd, ar gyfer amcanion a nodir mewn rheoliadau fel anfanteision lluosog, tlodi tanwydd a thlodi dŵr; mae cod ymarfer yn berthnasol ac mae rhanniadau&apos;n cael eu cofrestru&apos;n gyhoeddus.</translation>
    </message>
    <message>
        <source>Family support programmes, fuel poverty schemes and joined-up services for households with several problems.</source>
        <comment>dea2017_s35.typical_use</comment>
        <translation>Rhaglenni cymorth i deuluoedd, cynlluniau tlodi tanwydd a gwasanaethau cydgysylltiedig i aelwydydd sydd â sawl problem.</translation>
    </message>
    <message>
        <source>Debt owed to the public sector</source>
        <comment>dea2017_s48.title</comment>
        <translation>Dyled sy&apos;n ddyledus i&apos;r sector cyhoeddus</translation>
    </message>
    <message>
        <source>Lets named public bodies share data to identify, manage and recover debt owed to the public sector, under a code of practice.</source>
        <comment>dea2017_s48.explanation</comment>
        <translation>Yn gadael i gyrff cyhoeddus a enwir rannu data i nodi, rheoli ac adennill dyled sy&apos;n ddyledus i&apos;r sector cyhoeddus, o dan god ymarfer.</translation>
    </message>
    <message>
        <source>Council tax and benefit overpayment debt pilots.</source>
        <comment>dea2017_s48.typical_use</comment>
        <translation>Cynlluniau peilot ar ddyledion y dreth gyngor a gordaliadau budd-daliadau.</translation>
    </message>
    <message>
        <source>Fraud against the public sector</source>
        <comment>dea2017_s56.title</comment>
        <translation>Twyll yn erbyn y sector cyhoeddus</translation>
    </message>
    <message>
        <source>Lets named public bodies share data to prevent, detect or investigate fraud against the public sector, under a code of practice.</source>
        <comment>dea2017_s56.explanation</comment>
        <translation>Yn gadael i gyrff cyhoeddus a enwir rannu data i atal, canfod neu ymchwilio i dwyll yn erbyn y sector cyhoeddus, o dan god ymarfer.</translation>
    </message>
    <message>
        <source>Counter-fraud pilots between councils and government departments.</source>
        <comment>dea2017_s56.typical_use</comment>
        <translation>Cynlluniau peilot gwrth-dwyll rhwng cynghorau ac adrannau&apos;r llywodraeth.</translation>
    </message>
    <message>
        <source>Research</source>
        <comment>dea2017_s64.title</comment>
        <translation>Ymchwil</translation>
    </message>
    <message>
        <source>Lets a public authority disclose data for accredited research once it has been de-identified, under the UK Statistics Authority&apos;s accreditation and code of practice.</source>
        <comment>dea2017_s64.explanation</comment>
        <translation>Yn gadael i awdurdod cyhoeddus ddatgelu data ar gyfer ymchwil achrededig ar ôl iddo gael ei ddad-adnabod, o dan achrediad a chod ymarfer Awdurdod Ystadegau&apos;r DU.</translation>
    </message>
    <message>
        <source>Research projects through accredited processors and secure research services.</source>
        <comment>dea2017_s64.typical_use</comment>
        <translation>Prosiectau ymchwil drwy broseswyr achrededig a gwasanaethau ymchwil diogel.</translation>
    </message>
    <message>
        <source>Disclosure to the Statistics Authority</source>
        <comment>sras2007_s45a.title</comment>
        <translation>Datgelu i&apos;r Awdurdod Ystadegau</translation>
    </message>
    <message>
        <source>Lets a public authority disclose data to the UK Statistics Authority (the Office for National Statistics) to produce official statistics.</source>
        <comment>sras2007_s45a.explanation</comment>
        <translation>Yn gadael i awdurdod cyhoeddus ddatgelu data i Awdurdod Ystadegau&apos;r DU (y Swyddfa Ystadegau Gwladol) i gynhyrchu ystadegau swyddogol.</translation>
    </message>
    <message>
        <source>Sending data to the ONS for official statistics.</source>
        <comment>sras2007_s45a.typical_use</comment>
        <translation>Anfon data i&apos;r SYG ar gyfer ystadegau swyddogol.</translation>
    </message>
    <message>
        <source>Well-being power</source>
        <comment>lga2000_s2.title</comment>
        <translation>Pŵer llesiant</translation>
    </message>
    <message>
        <source>The general power once given to councils to promote the economic, social or environmental well-being of their area.</source>
        <comment>lga2000_s2.explanation</comment>
        <translation>Y pŵer cyffredinol a roddwyd i gynghorau ar un adeg i hyrwyddo llesiant economaidd, cymdeithasol neu amgylcheddol eu hardal.</translation>
    </message>
    <message>
        <source>Cited in older agreements; in England the general power of competence replaced it.</source>
        <comment>lga2000_s2.typical_use</comment>
        <translation>Wedi&apos;i ddyfynnu mewn cytundebau hŷn; yn Lloegr daeth y pŵer cymhwysedd cyffredinol yn ei le.</translation>
    </message>
    <message>
        <source>General power of competence</source>
        <comment>localism2011_s1.title</comment>
        <translation>Pŵer cymhwysedd cyffredinol</translation>
    </message>
    <message>
        <source>Lets an English council do anything an individual may do, unless another law stops it.</source>
        <comment>localism2011_s1.explanation</comment>
        <translation>Yn gadael i gyngor yn Lloegr wneud unrhyw beth y caiff unigolyn ei wneud, oni bai bod cyfraith arall yn ei atal.</translation>
    </message>
    <message>
        <source>A fallback power when no specific Act covers the sharing.</source>
        <comment>localism2011_s1.typical_use</comment>
        <translation>Pŵer wrth gefn pan nad oes Deddf benodol yn cwmpasu&apos;r rhannu.</translation>
    </message>
    <message>
        <source>Children Act 1989</source>
        <comment>ca1989.title</comment>
        <translation>Deddf Plant 1989</translation>
    </message>
    <message>
        <source>Gives councils duties to children in need and looked-after children, and to investigate when a child may be suffering significant harm.</source>
        <comment>ca1989.explanation</comment>
        <translation>Yn rhoi dyletswyddau i gynghorau tuag at blant mewn angen a phlant sy&apos;n derbyn gofal, ac i ymchwilio pan allai plentyn fod yn dioddef niwed sylweddol.</translation>
    </message>
    <message>
        <source>Children&apos;s social care, child protection and looked-after children.</source>
        <comment>ca1989.typical_use</comment>
        <translation>Gofal cymdeithasol plant, amddiffyn plant a phlant sy&apos;n derbyn gofal.</translation>
    </message>
    <message>
        <source>Returns of information about children</source>
        <comment>ca1989_s83.title</comment>
        <translation>Ffurflenni gwybodaeth am blant</translation>
    </message>
    <message>
        <source>Requires councils to send the Secretary of State information about the children they look after and the services they provide.</source>
        <comment>ca1989_s83.explanation</comment>
        <translation>Yn ei gwneud yn ofynnol i gynghorau anfon gwybodaeth i&apos;r Ysgrifennydd Gwladol am y plant y maent yn gofalu amdanynt a&apos;r gwasanaethau y maent yn eu darparu.</translation>
    </message>
    <message>
        <source>The children looked after return (SSDA903) and the children in need census.</source>
        <comment>ca1989_s83.typical_use</comment>
        <translation>Y ffurflen plant sy&apos;n derbyn gofal (SSDA903) a chyfrifiad plant mewn angen.</translation>
    </message>
    <message>
        <source>Children Act 2004</source>
        <comment>ca2004.title</comment>
        <translation>Deddf Plant 2004</translation>
    </message>
    <message>
        <source>Requires councils and partners to cooperate to improve children&apos;s well-being and to make sure their functions safeguard and promote children&apos;s welfare.</source>
        <comment>ca2004.explanation</comment>
        <translation>Yn ei gwneud yn ofynnol i gynghorau a phartneriaid gydweithredu i wella llesiant plant a sicrhau bod eu swyddogaethau&apos;n diogelu ac yn hyrwyddo lles plant.</translation>
    </message>
    <message>
        <source>Multi-agency work for children and family support programmes.</source>
        <comment>ca2004.typical_use</comment>
        <translation>Gwaith amlasiantaethol i blant a rhaglenni cymorth i deuluoedd.</translation>
    </message>
    <message>
        <source>Disclosure to reduce crime and disorder</source>
        <comment>cda1998_s115.title</comment>
        <translation>Datgelu i leihau troseddu ac anhrefn</translation>
    </message>
    <message>
        <source>Lets anyone disclose information to the police, councils and certain other bodies when it is needed for the Act&apos;s crime reduction purposes.</source>
        <comment>cda1998_s115.explanation</comment>
        <translation>Yn gadael i unrhyw un ddatgelu gwybodaeth i&apos;r heddlu, cynghorau a rhai cyrff eraill pan fo&apos;i hangen at ddibenion lleihau troseddu&apos;r Ddeddf.</translation>
    </message>
    <message>
        <source>Community safety partnerships and anti-social behaviour work.</source>
        <comment>cda1998_s115.typical_use</comment>
        <translation>Partneriaethau diogelwch cymunedol a gwaith ar ymddygiad gwrthgymdeithasol.</translation>
    </message>
    <message>
        <source>Care Act 2014</source>
        <comment>care2014.title</comment>
        <translation>Deddf Gofal 2014</translation>
    </message>
    <message>
        <source>Sets out councils&apos; duties for adult social care, including assessing needs and safeguarding adults at risk of abuse or neglect.</source>
        <comment>care2014.explanation</comment>
        <translation>Yn nodi dyletswyddau cynghorau ar gyfer gofal cymdeithasol i oedolion, gan gynnwys asesu anghenion a diogelu oedolion sy&apos;n wynebu risg o gam-drin neu esgeulustod.</translation>
    </message>
    <message>
        <source>Adult social care and adult safeguarding.</source>
        <comment>care2014.typical_use</comment>
        <translation>Gofal cymdeithasol i oedolion a diogelu oedolion.</translation>
    </message>
    <message>
        <source>Homelessness</source>
        <comment>ha1996_pt7.title</comment>
        <translation>Digartrefedd</translation>
    </message>
    <message>
        <source>Sets out councils&apos; duties to people who are homeless or threatened with homelessness, including inquiries, help and temporary accommodation.</source>
        <comment>ha1996_pt7.explanation</comment>
        <translation>Yn nodi dyletswyddau cynghorau tuag at bobl sy&apos;n ddigartref neu dan fygythiad o ddigartrefedd, gan gynnwys ymholiadau, cymorth a llety dros dro.</translation>
    </message>
    <message>
        <source>Homelessness services and the case-level return to government.</source>
        <comment>ha1996_pt7.typical_use</comment>
        <translation>Gwasanaethau digartrefedd a&apos;r ffurflen ar lefel achosion i&apos;r llywodraeth.</translation>
    </message>
    <message>
        <source>Homelessness Reduction Act 2017</source>
        <comment>hra2017.title</comment>
        <translation>Deddf Lleihau Digartrefedd 2017</translation>
    </message>
    <message>
        <source>Extended councils&apos; duties to prevent and relieve homelessness and placed a duty on some public bodies to refer people at risk.</source>
        <comment>hra2017.explanation</comment>
        <translation>Ehangodd ddyletswyddau cynghorau i atal a lliniaru digartrefedd a rhoddodd ddyletswydd ar rai cyrff cyhoeddus i atgyfeirio pobl sy&apos;n wynebu risg.</translation>
    </message>
    <message>
        <source>Prevention and relief work and referrals from other public bodies.</source>
        <comment>hra2017.typical_use</comment>
        <translation>Gwaith atal a lliniaru ac atgyfeiriadau gan gyrff cyhoeddus eraill.</translation>
    </message>
    <message>
        <source>Data matching</source>
        <comment>laaa2014_sch9.title</comment>
        <translation>Paru data</translation>
    </message>
    <message>
        <source>Lets the Minister for the Cabinet Office run data matching exercises to prevent and detect fraud, and requires councils to provide the data.</source>
        <comment>laaa2014_sch9.explanation</comment>
        <translation>Yn gadael i Weinidog Swyddfa&apos;r Cabinet gynnal ymarferion paru data i atal a chanfod twyll, ac yn ei gwneud yn ofynnol i gynghorau ddarparu&apos;r data.</translation>
    </message>
    <message>
        <source>The National Fraud Initiative.</source>
        <comment>laaa2014_sch9.typical_use</comment>
        <translation>Y Fenter Twyll Genedlaethol.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A legal citation and its short title: &quot;UK GDPR Article 6(1)(e) – Public task&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>LegalHelper</name>
    <message>
        <source>You answered &quot;not sure&quot; to a question behind this: check with your DPO before confirming it.</source>
        <translation>Fe wnaethoch ateb &quot;ddim yn siŵr&quot; i gwestiwn y tu ôl i hyn: holwch eich swyddog diogelu data cyn ei gadarnhau.</translation>
    </message>
    <message>
        <source>Because a law requires this data to be shared, the lawful basis is legal obligation.</source>
        <translation>Gan fod cyfraith yn ei gwneud yn ofynnol rhannu&apos;r data hwn, y sail gyfreithlon yw rhwymedigaeth gyfreithiol.</translation>
    </message>
    <message>
        <source>Because the recipient does this as part of its public duties, the lawful basis is public task.</source>
        <translation>Gan fod y derbynnydd yn gwneud hyn fel rhan o&apos;i ddyletswyddau cyhoeddus, y sail gyfreithlon yw tasg gyhoeddus.</translation>
    </message>
    <message>
        <source>Because the sharing is needed to protect someone&apos;s life, the lawful basis is vital interests. Use it only while no other basis fits.</source>
        <translation>Gan fod angen y rhannu i ddiogelu bywyd rhywun, y sail gyfreithlon yw buddiannau hanfodol. Defnyddiwch hi dim ond tra nad oes sail arall yn addas.</translation>
    </message>
    <message>
        <source>Because the people the data is about have freely agreed to the sharing, the lawful basis is consent. A council should use it only when people have a real choice and can withdraw.</source>
        <translation>Gan fod y bobl y mae&apos;r data&apos;n ymwneud â nhw wedi cytuno&apos;n rhydd i&apos;r rhannu, y sail gyfreithlon yw cydsyniad. Dylai cyngor ei defnyddio dim ond pan fydd gan bobl ddewis go iawn ac y gallant dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Because the data includes health or other sensitive information and the sharing is for providing or managing health or social care, the condition is health or social care with Schedule 1 paragraph 2.</source>
        <translation>Gan fod y data&apos;n cynnwys gwybodaeth iechyd neu wybodaeth sensitif arall a bod y rhannu ar gyfer darparu neu reoli iechyd neu ofal cymdeithasol, yr amod yw iechyd neu ofal cymdeithasol gyda pharagraff 2 o Atodlen 1.</translation>
    </message>
    <message>
        <source>Because the sharing protects children or adults at risk, the condition is substantial public interest with Schedule 1 paragraph 18 (safeguarding).</source>
        <translation>Gan fod y rhannu&apos;n diogelu plant neu oedolion sy&apos;n wynebu risg, yr amod yw budd sylweddol i&apos;r cyhoedd gyda pharagraff 18 o Atodlen 1 (diogelu).</translation>
    </message>
    <message>
        <source>Because the sharing is to prevent fraud, the condition is substantial public interest with Schedule 1 paragraph 14 (preventing fraud).</source>
        <translation>Gan fod y rhannu er mwyn atal twyll, yr amod yw budd sylweddol i&apos;r cyhoedd gyda pharagraff 14 o Atodlen 1 (atal twyll).</translation>
    </message>
    <message>
        <source>Because the sharing is to prevent or detect crime, the condition is substantial public interest with Schedule 1 paragraph 10 (preventing or detecting unlawful acts).</source>
        <translation>Gan fod y rhannu er mwyn atal neu ganfod troseddau, yr amod yw budd sylweddol i&apos;r cyhoedd gyda pharagraff 10 o Atodlen 1 (atal neu ganfod gweithredoedd anghyfreithlon).</translation>
    </message>
    <message>
        <source>Because the data is used for research or statistics, the condition is archiving, research or statistics with Schedule 1 paragraph 4; the data should be pseudonymised.</source>
        <translation>Gan fod y data&apos;n cael ei ddefnyddio ar gyfer ymchwil neu ystadegau, yr amod yw archifo, ymchwil neu ystadegau gyda pharagraff 4 o Atodlen 1; dylai&apos;r data gael ei ffugenwi.</translation>
    </message>
    <message>
        <source>Because the sharing protects someone&apos;s life, the condition is vital interests; it applies only when the person cannot give consent.</source>
        <translation>Gan fod y rhannu&apos;n diogelu bywyd rhywun, yr amod yw buddiannau hanfodol; dim ond pan na all y person roi cydsyniad y mae&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>Because the data includes sensitive information and the recipient uses it for a function given by law, the condition is substantial public interest with Schedule 1 paragraph 6 (statutory and government purposes).</source>
        <translation>Gan fod y data&apos;n cynnwys gwybodaeth sensitif a bod y derbynnydd yn ei ddefnyddio ar gyfer swyddogaeth a roddir gan y gyfraith, yr amod yw budd sylweddol i&apos;r cyhoedd gyda pharagraff 6 o Atodlen 1 (dibenion statudol a llywodraethol).</translation>
    </message>
    <message>
        <source>Because the people have agreed to the sharing, the condition is explicit consent; it must be recorded and specific to this sharing.</source>
        <translation>Gan fod y bobl wedi cytuno i&apos;r rhannu, yr amod yw cydsyniad penodol; rhaid iddo gael ei gofnodi a bod yn benodol i&apos;r rhannu hwn.</translation>
    </message>
    <message>
        <source>Because the recipient uses criminal offence data within the functions the law gives it, it may rely on official authority. If it is not acting under official authority, confirm a Schedule 1 condition instead.</source>
        <translation>Gan fod y derbynnydd yn defnyddio data troseddau o fewn y swyddogaethau y mae&apos;r gyfraith yn eu rhoi iddo, gall ddibynnu ar awdurdod swyddogol. Os nad yw&apos;n gweithredu o dan awdurdod swyddogol, cadarnhewch amod o Atodlen 1 yn lle hynny.</translation>
    </message>
    <message>
        <source>Because the sharing protects children or adults at risk, Schedule 1 paragraph 18 (safeguarding) covers the criminal offence data; paragraph 36 means no substantial public interest test is needed.</source>
        <translation>Gan fod y rhannu&apos;n diogelu plant neu oedolion sy&apos;n wynebu risg, mae paragraff 18 o Atodlen 1 (diogelu) yn cwmpasu&apos;r data troseddau; mae paragraff 36 yn golygu nad oes angen prawf budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Because the sharing is to prevent fraud, Schedule 1 paragraph 14 covers the criminal offence data; paragraph 36 means no substantial public interest test is needed.</source>
        <translation>Gan fod y rhannu er mwyn atal twyll, mae paragraff 14 o Atodlen 1 yn cwmpasu&apos;r data troseddau; mae paragraff 36 yn golygu nad oes angen prawf budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Because the sharing is to prevent or detect crime, Schedule 1 paragraph 10 covers the criminal offence data; paragraph 36 means no substantial public interest test is needed.</source>
        <translation>Gan fod y rhannu er mwyn atal neu ganfod troseddau, mae paragraff 10 o Atodlen 1 yn cwmpasu&apos;r data troseddau; mae paragraff 36 yn golygu nad oes angen prawf budd sylweddol i&apos;r cyhoedd.</translation>
    </message>
    <message>
        <source>Because the sharing is for health or social care, Schedule 1 paragraph 2 covers the criminal offence data.</source>
        <translation>Gan fod y rhannu ar gyfer iechyd neu ofal cymdeithasol, mae paragraff 2 o Atodlen 1 yn cwmpasu&apos;r data troseddau.</translation>
    </message>
    <message>
        <source>Because the data is used for research or statistics, Schedule 1 paragraph 4 covers the criminal offence data.</source>
        <translation>Gan fod y data&apos;n cael ei ddefnyddio ar gyfer ymchwil neu ystadegau, mae paragraff 4 o Atodlen 1 yn cwmpasu&apos;r data troseddau.</translation>
    </message>
    <message>
        <source>Because the sharing protects someone&apos;s life and the person cannot consent, Schedule 1 paragraph 30 covers the criminal offence data.</source>
        <translation>Gan fod y rhannu&apos;n diogelu bywyd rhywun ac na all y person gydsynio, mae paragraff 30 o Atodlen 1 yn cwmpasu&apos;r data troseddau.</translation>
    </message>
    <message>
        <source>Because the people have consented, Schedule 1 paragraph 29 covers the criminal offence data.</source>
        <translation>Gan fod y bobl wedi cydsynio, mae paragraff 29 o Atodlen 1 yn cwmpasu&apos;r data troseddau.</translation>
    </message>
    <message>
        <source>Because the sharing is about homelessness, the council&apos;s duties under Part 7 of the Housing Act 1996 are the power relied on.</source>
        <translation>Gan fod y rhannu&apos;n ymwneud â digartrefedd, dyletswyddau&apos;r cyngor o dan Ran 7 o Ddeddf Tai 1996 yw&apos;r pŵer y dibynnir arno.</translation>
    </message>
    <message>
        <source>Because the sharing is about preventing or relieving homelessness, the Homelessness Reduction Act 2017 applies too.</source>
        <translation>Gan fod y rhannu&apos;n ymwneud ag atal neu liniaru digartrefedd, mae Deddf Lleihau Digartrefedd 2017 yn berthnasol hefyd.</translation>
    </message>
    <message>
        <source>Because the sharing is about children the council supports, its duties under the Children Act 1989 are the power relied on.</source>
        <translation>Gan fod y rhannu&apos;n ymwneud â phlant y mae&apos;r cyngor yn eu cefnogi, ei ddyletswyddau o dan Ddeddf Plant 1989 yw&apos;r pŵer y dibynnir arno.</translation>
    </message>
    <message>
        <source>Because partners must cooperate to improve children&apos;s well-being and safeguard them, sections 10 and 11 of the Children Act 2004 apply too.</source>
        <translation>Gan fod rhaid i bartneriaid gydweithredu i wella llesiant plant a&apos;u diogelu, mae adrannau 10 ac 11 o Ddeddf Plant 2004 yn berthnasol hefyd.</translation>
    </message>
    <message>
        <source>Because the sharing is for social care, the Care Act 2014 is the power relied on for adults.</source>
        <translation>Gan fod y rhannu ar gyfer gofal cymdeithasol, Deddf Gofal 2014 yw&apos;r pŵer y dibynnir arno ar gyfer oedolion.</translation>
    </message>
    <message>
        <source>Because the sharing is to safeguard people, section 11 of the Children Act 2004 applies if they are children.</source>
        <translation>Gan fod y rhannu er mwyn diogelu pobl, mae adran 11 o Ddeddf Plant 2004 yn berthnasol os ydynt yn blant.</translation>
    </message>
    <message>
        <source>Because the sharing is to safeguard people, the Care Act 2014 applies if they are adults at risk.</source>
        <translation>Gan fod y rhannu er mwyn diogelu pobl, mae Deddf Gofal 2014 yn berthnasol os ydynt yn oedolion sy&apos;n wynebu risg.</translation>
    </message>
    <message>
        <source>Because the sharing is to prevent or detect fraud against the public sector, section 56 of the Digital Economy Act 2017 is the power relied on; the National Fraud Initiative uses the Local Audit and Accountability Act 2014 instead.</source>
        <translation>Gan fod y rhannu er mwyn atal neu ganfod twyll yn erbyn y sector cyhoeddus, adran 56 o Ddeddf yr Economi Ddigidol 2017 yw&apos;r pŵer y dibynnir arno; mae&apos;r Fenter Twyll Genedlaethol yn defnyddio Deddf Archwilio ac Atebolrwydd Lleol 2014 yn lle hynny.</translation>
    </message>
    <message>
        <source>Because the sharing is to reduce crime and disorder, section 115 of the Crime and Disorder Act 1998 is the power relied on.</source>
        <translation>Gan fod y rhannu er mwyn lleihau troseddu ac anhrefn, adran 115 o Ddeddf Troseddu ac Anhrefn 1998 yw&apos;r pŵer y dibynnir arno.</translation>
    </message>
    <message>
        <source>Because the data is used for research, section 64 of the Digital Economy Act 2017 allows de-identified data to be disclosed for accredited research.</source>
        <translation>Gan fod y data&apos;n cael ei ddefnyddio ar gyfer ymchwil, mae adran 64 o Ddeddf yr Economi Ddigidol 2017 yn caniatáu datgelu data wedi&apos;i ddad-adnabod ar gyfer ymchwil achrededig.</translation>
    </message>
    <message>
        <source>Because the data may feed official statistics, section 45A of the Statistics and Registration Service Act 2007 allows disclosure to the Statistics Authority.</source>
        <translation>Gan y gall y data fwydo ystadegau swyddogol, mae adran 45A o Ddeddf Gwasanaeth Ystadegau a Chofrestru 2007 yn caniatáu ei ddatgelu i&apos;r Awdurdod Ystadegau.</translation>
    </message>
    <message>
        <source>Because the sharing is to improve services for households facing several problems, fuel poverty or water poverty, section 35 of the Digital Economy Act 2017 (public service delivery) is the power relied on.</source>
        <translation>Gan fod y rhannu er mwyn gwella gwasanaethau i aelwydydd sy&apos;n wynebu sawl problem, tlodi tanwydd neu dlodi dŵr, adran 35 o Ddeddf yr Economi Ddigidol 2017 (cyflenwi gwasanaethau cyhoeddus) yw&apos;r pŵer y dibynnir arno.</translation>
    </message>
    <message>
        <source>Because the sharing is to manage debt owed to the public sector, section 48 of the Digital Economy Act 2017 is the power relied on.</source>
        <translation>Gan fod y rhannu er mwyn rheoli dyled sy&apos;n ddyledus i&apos;r sector cyhoeddus, adran 48 o Ddeddf yr Economi Ddigidol 2017 yw&apos;r pŵer y dibynnir arno.</translation>
    </message>
    <message>
        <source>Because no specific Act was named, the general power of competence in section 1 of the Localism Act 2011 is proposed; a specific power is better if one applies.</source>
        <translation>Gan na enwyd Deddf benodol, cynigir y pŵer cymhwysedd cyffredinol yn adran 1 o Ddeddf Lleoliaeth 2011; mae pŵer penodol yn well os oes un yn berthnasol.</translation>
    </message>
    <message>
        <source>Is the recipient doing this as part of its public duties?</source>
        <translation>A yw&apos;r derbynnydd yn gwneud hyn fel rhan o&apos;i ddyletswyddau cyhoeddus?</translation>
    </message>
    <message>
        <source>Yes if the recipient uses the data for a function the law gives it, such as running homelessness services or producing a government statistic.</source>
        <translation>Ie, os yw&apos;r derbynnydd yn defnyddio&apos;r data ar gyfer swyddogaeth y mae&apos;r gyfraith yn ei rhoi iddo, fel rhedeg gwasanaethau digartrefedd neu gynhyrchu ystadegyn y llywodraeth.</translation>
    </message>
    <message>
        <source>Does a law require you to share this data?</source>
        <translation>A oes cyfraith yn ei gwneud yn ofynnol i chi rannu&apos;r data hwn?</translation>
    </message>
    <message>
        <source>Yes if an Act or regulations oblige the council to send it, so that it has no choice, such as a statutory return the department can demand.</source>
        <translation>Ie, os yw Deddf neu reoliadau&apos;n gorfodi&apos;r cyngor i&apos;w anfon, fel nad oes ganddo ddewis, fel ffurflen statudol y gall yr adran ei mynnu.</translation>
    </message>
    <message>
        <source>Have the people the data is about freely agreed to this sharing?</source>
        <translation>A yw&apos;r bobl y mae&apos;r data&apos;n ymwneud â nhw wedi cytuno&apos;n rhydd i&apos;r rhannu hwn?</translation>
    </message>
    <message>
        <source>Yes only if each person was asked, understood what it is for, could say no without losing a service, and can withdraw.</source>
        <translation>Ie, dim ond os gofynnwyd i bob person, ei fod yn deall beth yw ei ddiben, y gallai ddweud na heb golli gwasanaeth, ac y gall dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Is the sharing needed to protect someone&apos;s life?</source>
        <translation>A oes angen y rhannu i ddiogelu bywyd rhywun?</translation>
    </message>
    <message>
        <source>For example in an emergency, a major incident, or when a person is missing and in danger.</source>
        <translation>Er enghraifft mewn argyfwng, digwyddiad mawr, neu pan fydd person ar goll ac mewn perygl.</translation>
    </message>
    <message>
        <source>Does the data include health information?</source>
        <translation>A yw&apos;r data&apos;n cynnwys gwybodaeth iechyd?</translation>
    </message>
    <message>
        <source>Physical or mental health, disability, care needs, medication, or anything that reveals them, such as a support need for mental ill health.</source>
        <translation>Iechyd corfforol neu feddyliol, anabledd, anghenion gofal, meddyginiaeth, neu unrhyw beth sy&apos;n eu datgelu, fel angen cymorth ar gyfer salwch meddwl.</translation>
    </message>
    <message>
        <source>Is the sharing for providing or managing health or social care?</source>
        <translation>A yw&apos;r rhannu ar gyfer darparu neu reoli iechyd neu ofal cymdeithasol?</translation>
    </message>
    <message>
        <source>For example adult social care, children&apos;s social care, or planning care services with the NHS.</source>
        <translation>Er enghraifft gofal cymdeithasol i oedolion, gofal cymdeithasol plant, neu gynllunio gwasanaethau gofal gyda&apos;r GIG.</translation>
    </message>
    <message>
        <source>Does the data include other sensitive details about people?</source>
        <translation>A yw&apos;r data&apos;n cynnwys manylion sensitif eraill am bobl?</translation>
    </message>
    <message>
        <source>Ethnicity, religion or belief, sexual orientation or sex life, political opinions, trade union membership, or genetic or biometric data.</source>
        <translation>Ethnigrwydd, crefydd neu gred, cyfeiriadedd rhywiol neu fywyd rhywiol, barn wleidyddol, aelodaeth o undeb llafur, neu ddata genetig neu fiometrig.</translation>
    </message>
    <message>
        <source>Does the data include criminal offence information?</source>
        <translation>A yw&apos;r data&apos;n cynnwys gwybodaeth am droseddau?</translation>
    </message>
    <message>
        <source>Offences, allegations, convictions, cautions, court cases, or offending behaviour such as a history of violence.</source>
        <translation>Troseddau, honiadau, euogfarnau, rhybuddiadau, achosion llys, neu ymddygiad troseddol fel hanes o drais.</translation>
    </message>
    <message>
        <source>Is the sharing to protect children or adults at risk from harm?</source>
        <translation>A yw&apos;r rhannu er mwyn diogelu plant neu oedolion sy&apos;n wynebu risg rhag niwed?</translation>
    </message>
    <message>
        <source>Safeguarding: protecting people from abuse, neglect or exploitation, or protecting their well-being.</source>
        <translation>Diogelu: amddiffyn pobl rhag cam-drin, esgeulustod neu gamfanteisio, neu ddiogelu eu llesiant.</translation>
    </message>
    <message>
        <source>Is the data used for research, evaluation or official statistics?</source>
        <translation>A yw&apos;r data&apos;n cael ei ddefnyddio ar gyfer ymchwil, gwerthuso neu ystadegau swyddogol?</translation>
    </message>
    <message>
        <source>Yes if the results describe groups of people and no decision is made about any one person, such as a national impact study.</source>
        <translation>Ie, os yw&apos;r canlyniadau&apos;n disgrifio grwpiau o bobl ac nad oes penderfyniad yn cael ei wneud am unrhyw un person, fel astudiaeth effaith genedlaethol.</translation>
    </message>
    <message>
        <source>Is the sharing to prevent or detect fraud?</source>
        <translation>A yw&apos;r rhannu er mwyn atal neu ganfod twyll?</translation>
    </message>
    <message>
        <source>For example matching payroll, housing or council tax records to find fraud or error.</source>
        <translation>Er enghraifft paru cofnodion cyflogres, tai neu&apos;r dreth gyngor i ddod o hyd i dwyll neu gamgymeriadau.</translation>
    </message>
    <message>
        <source>Is the sharing to prevent or detect crime or disorder?</source>
        <translation>A yw&apos;r rhannu er mwyn atal neu ganfod troseddu neu anhrefn?</translation>
    </message>
    <message>
        <source>For example with the police or a community safety partnership.</source>
        <translation>Er enghraifft gyda&apos;r heddlu neu bartneriaeth diogelwch cymunedol.</translation>
    </message>
    <message>
        <source>Is the sharing about homelessness?</source>
        <translation>A yw&apos;r rhannu&apos;n ymwneud â digartrefedd?</translation>
    </message>
    <message>
        <source>People who are homeless or threatened with homelessness, their households, and the help the council gives them.</source>
        <translation>Pobl sy&apos;n ddigartref neu dan fygythiad o ddigartrefedd, eu haelwydydd, a&apos;r cymorth y mae&apos;r cyngor yn ei roi iddynt.</translation>
    </message>
    <message>
        <source>Is the sharing about children the council supports?</source>
        <translation>A yw&apos;r rhannu&apos;n ymwneud â phlant y mae&apos;r cyngor yn eu cefnogi?</translation>
    </message>
    <message>
        <source>Children in need, children looked after, child protection, or care leavers.</source>
        <translation>Plant mewn angen, plant sy&apos;n derbyn gofal, amddiffyn plant, neu bobl sy&apos;n gadael gofal.</translation>
    </message>
    <message>
        <source>Is the sharing to improve services for households with several problems, fuel poverty or water poverty?</source>
        <translation>A yw&apos;r rhannu er mwyn gwella gwasanaethau i aelwydydd sydd â sawl problem, tlodi tanwydd neu dlodi dŵr?</translation>
    </message>
    <message>
        <source>For example a family support programme that brings together help for households facing multiple disadvantages.</source>
        <translation>Er enghraifft rhaglen cymorth i deuluoedd sy&apos;n dod â chymorth at ei gilydd ar gyfer aelwydydd sy&apos;n wynebu anfanteision lluosog.</translation>
    </message>
    <message>
        <source>Is the sharing to manage debt owed to the council or government?</source>
        <translation>A yw&apos;r rhannu er mwyn rheoli dyled sy&apos;n ddyledus i&apos;r cyngor neu&apos;r llywodraeth?</translation>
    </message>
    <message>
        <source>For example council tax arrears or benefit overpayments.</source>
        <translation>Er enghraifft ôl-ddyledion y dreth gyngor neu ordaliadau budd-daliadau.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Could not read or record the returned outputs (%1).</source>
        <translation>Nid oedd modd darllen na chofnodi&apos;r allbynnau a ddychwelwyd (%1).</translation>
    </message>
    <message>
        <source>Give the date the output came back.</source>
        <translation>Rhowch y dyddiad y daeth yr allbwn yn ôl.</translation>
    </message>
    <message>
        <source>Say what came back: the promised output it answers, or a description.</source>
        <translation>Nodwch beth ddaeth yn ôl: yr allbwn a addawyd y mae&apos;n ei ateb, neu ddisgrifiad.</translation>
    </message>
    <message>
        <source>Agreement %1 promises no output called &quot;%2&quot;. Check the title (sharewise-cli outputs list shows them).</source>
        <translation>Nid yw cytundeb %1 yn addo allbwn o&apos;r enw &quot;%2&quot;. Gwiriwch y teitl (mae sharewise-cli outputs list yn eu dangos).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Nid oes modd darllen y ffeil (%1).</translation>
    </message>
    <message>
        <source>Share %1 was made under agreement %2, not %3.</source>
        <translation>Cafodd rhanniad %1 ei wneud o dan gytundeb %2, nid %3.</translation>
    </message>
    <message>
        <source>Share %1 was never sealed, so no output can come from it.</source>
        <translation>Ni chafodd rhanniad %1 erioed ei selio, felly ni all unrhyw allbwn ddod ohono.</translation>
    </message>
</context>
<context>
    <name>OwnIdentities</name>
    <message>
        <source>This is not a key fingerprint. A fingerprint has 26 letters and digits, shown in groups of four.</source>
        <translation>Nid yw hwn yn ôl bys allwedd. Mae gan ôl bys 26 o lythrennau a digidau, wedi&apos;u dangos mewn grwpiau o bedwar.</translation>
    </message>
    <message>
        <source>Give your name for the new identity.</source>
        <translation>Rhowch eich enw ar gyfer yr hunaniaeth newydd.</translation>
    </message>
    <message>
        <source>The name is too long for an identity. Use a shorter name.</source>
        <translation>Mae&apos;r enw&apos;n rhy hir ar gyfer hunaniaeth. Defnyddiwch enw byrrach.</translation>
    </message>
    <message>
        <source>This computer&apos;s password store does not hold the identity %1. If it was made on another computer, open its identity file instead.</source>
        <translation>Nid yw storfa gyfrineiriau&apos;r cyfrifiadur hwn yn cynnwys yr hunaniaeth %1. Os cafodd ei chreu ar gyfrifiadur arall, agorwch ei ffeil hunaniaeth yn lle hynny.</translation>
    </message>
    <message>
        <source>The password store&apos;s entry for the identity %1 holds a different identity. Do not use it; ask your IT team to check this computer.</source>
        <translation>Mae&apos;r cofnod ar gyfer yr hunaniaeth %1 yn y storfa gyfrineiriau yn cynnwys hunaniaeth wahanol. Peidiwch â&apos;i ddefnyddio; gofynnwch i&apos;ch tîm TG wirio&apos;r cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>OwnIdentityRecords</name>
    <message>
        <source>Could not read or record your identities (%1).</source>
        <translation>Nid oedd modd darllen na chofnodi eich hunaniaethau (%1).</translation>
    </message>
    <message>
        <source>You have no identity yet. Create one first (sharewise-cli keygen, or Settings, My identity).</source>
        <translation>Nid oes gennych hunaniaeth eto. Crëwch un yn gyntaf (sharewise-cli keygen, neu Gosodiadau, Fy hunaniaeth).</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n o nodau.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n o nodau.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: this would be easy to guess. Add another word or two.</source>
        <translation>Gwan: byddai&apos;n hawdd dyfalu hwn. Ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <source>Fair: another word would make it much harder to guess.</source>
        <translation>Gweddol: byddai gair arall yn ei wneud yn llawer anoddach ei ddyfalu.</translation>
    </message>
    <message>
        <source>Strong: hard to guess.</source>
        <translation>Cryf: anodd ei ddyfalu.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>The sample data could not be written (%1).</source>
        <translation>Nid oedd modd ysgrifennu&apos;r data enghreifftiol (%1).</translation>
    </message>
    <message>
        <source>This file is a real history, not a practice one: practice never touches real records.</source>
        <translation>Mae&apos;r ffeil hon yn hanes go iawn, nid yn hanes ymarfer: nid yw ymarfer byth yn cyffwrdd â chofnodion go iawn.</translation>
    </message>
    <message>
        <source>Practice analyst</source>
        <translation>Dadansoddwr ymarfer</translation>
    </message>
    <message>
        <source>Practice Department</source>
        <translation>Adran Ymarfer</translation>
    </message>
    <message>
        <source>Practice key, made by Sharewise</source>
        <translation>Allwedd ymarfer, wedi&apos;i chreu gan Sharewise</translation>
    </message>
    <message>
        <source>Practice agreement</source>
        <translation>Cytundeb ymarfer</translation>
    </message>
    <message>
        <source>Practice: homelessness case-level return (not real)</source>
        <translation>Ymarfer: ffurflen digartrefedd ar lefel achos (nid yw&apos;n go iawn)</translation>
    </message>
    <message>
        <source>Practice County Council</source>
        <translation>Cyngor Sir Ymarfer</translation>
    </message>
    <message>
        <source>To practise sharing a case-level homelessness return with a government department. Nothing here is real.</source>
        <translation>Ymarfer rhannu ffurflen digartrefedd ar lefel achos gydag adran o&apos;r llywodraeth. Nid oes dim byd yma yn go iawn.</translation>
    </message>
    <message>
        <source>You see every step of a share before doing a real one.</source>
        <translation>Rydych chi&apos;n gweld pob cam o ranniad cyn gwneud un go iawn.</translation>
    </message>
    <message>
        <source>Anything real: this agreement exists only in the practice history.</source>
        <translation>Unrhyw beth go iawn: dim ond yn yr hanes ymarfer y mae&apos;r cytundeb hwn yn bodoli.</translation>
    </message>
    <message>
        <source>The department&apos;s statutory function to collect homelessness data (practice).</source>
        <translation>Swyddogaeth statudol yr adran i gasglu data digartrefedd (ymarfer).</translation>
    </message>
    <message>
        <source>Statutory purposes.</source>
        <translation>Dibenion statudol.</translation>
    </message>
    <message>
        <source>Deleted when the practice history is deleted.</source>
        <translation>Caiff ei ddileu pan fydd yr hanes ymarfer yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>Encrypted bundle, as for a real share.</source>
        <translation>Bwndel wedi&apos;i amgryptio, fel ar gyfer rhanniad go iawn.</translation>
    </message>
    <message>
        <source>None: practice bundles are not sent.</source>
        <translation>Dim: nid yw bwndeli ymarfer yn cael eu hanfon.</translation>
    </message>
    <message>
        <source>Not applicable: the data is made up.</source>
        <translation>Ddim yn berthnasol: data wedi&apos;i ddyfeisio yw hwn.</translation>
    </message>
    <message>
        <source>Made-up data.</source>
        <translation>Data wedi&apos;i ddyfeisio.</translation>
    </message>
    <message>
        <source>Practice DPO</source>
        <translation>Swyddog Diogelu Data Ymarfer</translation>
    </message>
    <message>
        <source>Practice statistics</source>
        <translation>Ystadegau ymarfer</translation>
    </message>
    <message>
        <source>Tables by area (practice).</source>
        <translation>Tablau yn ôl ardal (ymarfer).</translation>
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
    <name>Receipt</name>
    <message>
        <source>This file is not a Sharewise receipt.</source>
        <translation>Nid yw&apos;r ffeil hon yn dderbynneb Sharewise.</translation>
    </message>
    <message>
        <source>The receipt is damaged or incomplete.</source>
        <translation>Mae&apos;r dderbynneb wedi&apos;i difrodi neu&apos;n anghyflawn.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not check: it was altered or not made by the recipient it names.</source>
        <translation>Nid oedd modd dilysu llofnod y dderbynneb: cafodd ei newid, neu nid y derbynnydd a enwir ynddi a&apos;i gwnaeth.</translation>
    </message>
</context>
<context>
    <name>RecipientsDirectory</name>
    <message>
        <source>Could not read or change the recipients directory (%1).</source>
        <translation>Nid oedd modd darllen na newid y cyfeiriadur derbynwyr (%1).</translation>
    </message>
    <message>
        <source>The key stored for %1 no longer checks: the directory was altered. Ask your administrator to look at it.</source>
        <translation>Nid oes modd dilysu&apos;r allwedd a gadwyd ar gyfer %1 mwyach: cafodd y cyfeiriadur ei newid. Gofynnwch i&apos;ch gweinyddwr edrych arno.</translation>
    </message>
    <message>
        <source>Enter the organisation this key belongs to.</source>
        <translation>Rhowch y sefydliad y mae&apos;r allwedd hon yn perthyn iddo.</translation>
    </message>
    <message>
        <source>Enter the name of the person who holds this key.</source>
        <translation>Rhowch enw deiliad yr allwedd hon.</translation>
    </message>
    <message>
        <source>This key card does not check: do not use it.</source>
        <translation>Nid oedd modd dilysu&apos;r cerdyn allwedd hwn: peidiwch â&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <source>WARNING: %1 already has a different key in the directory (fingerprint %2). This new key (fingerprint %3) may be an impostor&apos;s. Phone %1 on a number you already know and compare the new fingerprint before accepting it.</source>
        <translation>RHYBUDD: mae gan %1 allwedd wahanol yn y cyfeiriadur eisoes (ôl bys %2). Efallai fod yr allwedd newydd hon (ôl bys %3) yn perthyn i dwyllwr. Ffoniwch %1 ar rif rydych chi&apos;n ei wybod eisoes a chymharwch yr ôl bys newydd cyn derbyn yr allwedd.</translation>
    </message>
    <message>
        <source>No one called &quot;%1&quot; is in the recipients directory. Add their key card first, or give the key card itself.</source>
        <translation>Nid oes neb o&apos;r enw &quot;%1&quot; yn y cyfeiriadur derbynwyr. Ychwanegwch gerdyn allwedd y person yn gyntaf, neu rhowch y cerdyn allwedd ei hun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 keys in the directory: name the person&apos;s key by its fingerprint.</source>
        <translation>Mae &quot;%1&quot; yn cyfateb i %2 o allweddi yn y cyfeiriadur: nodwch allwedd y person drwy ei hôl bys.</translation>
    </message>
</context>
<context>
    <name>RedactedPreview</name>
    <message>
        <source>The file is no longer available on this computer, so its rows cannot be shown. The summary above is what the preparer submitted.</source>
        <translation>Nid yw&apos;r ffeil ar gael ar y cyfrifiadur hwn mwyach, felly nid oes modd dangos ei rhesi. Y crynodeb uchod yw&apos;r hyn a gyflwynodd y person a baratôdd y rhanniad.</translation>
    </message>
    <message>
        <source>The file has changed since the share was submitted, so its rows are not shown. Ask the preparer to submit the share again.</source>
        <translation>Mae&apos;r ffeil wedi newid ers i&apos;r rhanniad gael ei gyflwyno, felly nid yw ei rhesi&apos;n cael eu dangos. Gofynnwch i&apos;r person a baratôdd y rhanniad ei gyflwyno eto.</translation>
    </message>
    <message>
        <source>These rows need the agreement&apos;s key, which you do not hold or have not unlocked. Ask the agreement&apos;s key holder to give it to you, or review the summary above.</source>
        <translation>Mae angen allwedd y cytundeb ar gyfer y rhesi hyn, ac nid ydych chi&apos;n ei dal neu nid ydych chi wedi&apos;i datgloi. Gofynnwch i ddeiliad allwedd y cytundeb ei rhoi i chi, neu adolygwch y crynodeb uchod.</translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation>Nid oedd modd darllen y rhesi.</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>The redaction was cancelled. No file was written.</source>
        <translation>Canslwyd y golygu. Ni chafodd unrhyw ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>The redacted file could not be written (%1). Check there is space and that you may write to that folder, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil wedi&apos;i golygu (%1). Gwiriwch fod lle ar gael a bod gennych hawl i ysgrifennu i&apos;r ffolder, ac yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns, so its values may be in the wrong columns. Correct the file, or choose to skip or pad rows like it.</source>
        <translation>Mae gan y rhes hon %1 o feysydd ond mae gan y pennawd %2 o golofnau, felly gall ei gwerthoedd fod yn y colofnau anghywir. Cywirwch y ffeil, neu dewiswch hepgor neu lenwi rhesi fel hon.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, llinell %2</translation>
    </message>
    <message>
        <source>The redacted file cannot replace the file it is made from. Choose another name for it.</source>
        <translation>Ni all y ffeil wedi&apos;i golygu gymryd lle&apos;r ffeil y caiff ei gwneud ohoni. Dewiswch enw arall ar ei chyfer.</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>chwarter</translation>
    </message>
    <message>
        <source>year</source>
        <translation>blwyddyn</translation>
    </message>
    <message>
        <source>postcode district</source>
        <translation>ardal cod post</translation>
    </message>
    <message>
        <source>postcode area</source>
        <translation>rhanbarth cod post</translation>
    </message>
    <message>
        <source>%1-year age bands</source>
        <translation>bandiau oedran %1 blynedd</translation>
    </message>
    <message>
        <source>bands of %1</source>
        <translation>bandiau o %1</translation>
    </message>
    <message>
        <source>the nearest %1</source>
        <translation>y lluosrif agosaf o %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a quasi-identifier: it is not in the redacted file. Name a column that is sent.</source>
        <translation>Ni all &quot;%1&quot; fod yn lled-ddynodydd: nid yw yn y ffeil wedi&apos;i golygu. Enwch golofn sy&apos;n cael ei hanfon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the sensitive column: it is not in the redacted file.</source>
        <translation>Ni all &quot;%1&quot; fod yn golofn sensitif: nid yw yn y ffeil wedi&apos;i golygu.</translation>
    </message>
    <message>
        <source>generalising %1 to %2</source>
        <translation>cyffredinoli %1 i lefel %2</translation>
    </message>
    <message>
        <source>leaving out %1</source>
        <translation>gadael %1 allan</translation>
    </message>
    <message>
        <source>Mark at least one column as a quasi-identifier to check the risk.</source>
        <translation>Marciwch o leiaf un golofn fel lled-ddynodydd i wirio&apos;r risg.</translation>
    </message>
    <message>
        <source>The risk check was cancelled.</source>
        <translation>Canslwyd y gwiriad risg.</translation>
    </message>
    <message>
        <source>This profile pseudonymises or shifts dates, which needs the agreement&apos;s key. Unlock the agreement&apos;s key and try again.</source>
        <translation>Mae&apos;r proffil hwn yn ffugenwi neu&apos;n symud dyddiadau, ac mae angen allwedd y cytundeb i wneud hynny. Datglowch allwedd y cytundeb a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The profile has a rule for the column &quot;%1&quot;, but the file has no such column. Check this is the right file, or update the profile.</source>
        <translation>Mae gan y proffil reol ar gyfer y golofn &quot;%1&quot;, ond nid oes colofn o&apos;r fath yn y ffeil. Gwiriwch mai hon yw&apos;r ffeil gywir, neu diweddarwch y proffil.</translation>
    </message>
    <message>
        <source>The profile has a rule for &quot;%1&quot;, but the file has &quot;%2&quot; instead. If it is the same column, rename it in the profile.</source>
        <translation>Mae gan y proffil reol ar gyfer &quot;%1&quot;, ond mae &quot;%2&quot; yn y ffeil yn lle hynny. Os mai&apos;r un golofn yw hi, ailenwch hi yn y proffil.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s) the profile does not mention: %1. Add a rule for each, or set the profile to drop other columns.</source>
        <translation>
            <numerusform>Mae gan y ffeil %n colofn nad yw&apos;r proffil yn sôn amdanyn nhw: %1. Ychwanegwch reol ar gyfer pob un, neu gosodwch y proffil i adael colofnau eraill allan.</numerusform>
            <numerusform>Mae gan y ffeil %n colofn nad yw&apos;r proffil yn sôn amdani: %1. Ychwanegwch reol ar ei chyfer, neu gosodwch y proffil i adael colofnau eraill allan.</numerusform>
            <numerusform>Mae gan y ffeil %n o golofnau nad yw&apos;r proffil yn sôn amdanyn nhw: %1. Ychwanegwch reol ar gyfer pob un, neu gosodwch y proffil i adael colofnau eraill allan.</numerusform>
            <numerusform>Mae gan y ffeil %n cholofn nad yw&apos;r proffil yn sôn amdanyn nhw: %1. Ychwanegwch reol ar gyfer pob un, neu gosodwch y proffil i adael colofnau eraill allan.</numerusform>
            <numerusform>Mae gan y ffeil %n colofn nad yw&apos;r proffil yn sôn amdanyn nhw: %1. Ychwanegwch reol ar gyfer pob un, neu gosodwch y proffil i adael colofnau eraill allan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates in &quot;%1&quot; are shifted by the person in &quot;%2&quot;, but the file has no column &quot;%2&quot;.</source>
        <translation>Mae dyddiadau yn &quot;%1&quot; yn cael eu symud yn ôl y person yn &quot;%2&quot;, ond nid oes colofn &quot;%2&quot; yn y ffeil.</translation>
    </message>
    <message>
        <source>Every column would be left out, so there is nothing to send. Keep at least one column.</source>
        <translation>Byddai pob colofn yn cael ei gadael allan, felly nid oes dim i&apos;w anfon. Cadwch o leiaf un golofn.</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Cadw fel y mae</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Gadael allan</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masgio</translation>
    </message>
    <message>
        <source>Generalise</source>
        <translation>Cyffredinoli</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Ffugenwi</translation>
    </message>
    <message>
        <source>Shift dates</source>
        <translation>Symud dyddiadau</translation>
    </message>
    <message>
        <source>Hide rare values</source>
        <translation>Atal gwerthoedd prin</translation>
    </message>
    <message>
        <source>Cap high and low values</source>
        <translation>Capio gwerthoedd uchel ac isel</translation>
    </message>
    <message>
        <source>The values are sent exactly as they are in the file.</source>
        <translation>Caiff y gwerthoedd eu hanfon yn union fel y maen nhw yn y ffeil.</translation>
    </message>
    <message>
        <source>The column is not sent at all. Use this for anything the recipient does not need.</source>
        <translation>Ni chaiff y golofn ei hanfon o gwbl. Defnyddiwch hyn ar gyfer unrhyw beth nad oes ei angen ar y derbynnydd.</translation>
    </message>
    <message>
        <source>Most characters are replaced with a mask character, keeping a few at the start or end, for example the last 3 digits of a phone number.</source>
        <translation>Caiff y rhan fwyaf o&apos;r nodau eu disodli gan nod masgio, gan gadw rhai ar y dechrau neu ar y diwedd, er enghraifft 3 digid olaf rhif ffôn.</translation>
    </message>
    <message>
        <source>Values are made less exact: a date becomes its month or year, a date of birth an age band, a postcode its district.</source>
        <translation>Caiff gwerthoedd eu gwneud yn llai manwl: mae dyddiad yn troi&apos;n fis neu&apos;n flwyddyn, dyddiad geni yn fand oedran, a chod post yn ardal cod post.</translation>
    </message>
    <message>
        <source>Each value becomes a code made with this agreement&apos;s key. The same person gets the same code in every share under the agreement, so records can be linked without the identifier. Pseudonymised data is still personal data.</source>
        <translation>Mae pob gwerth yn troi&apos;n god a wneir gydag allwedd y cytundeb hwn. Mae&apos;r un person yn cael yr un cod ym mhob rhanniad dan y cytundeb, felly gellir cysylltu cofnodion heb y dynodydd. Mae data wedi&apos;i ffugenwi yn dal i fod yn ddata personol.</translation>
    </message>
    <message>
        <source>Every date of a person moves by the same secret number of days (up to six months either way), so intervals between their dates stay true but the dates themselves do not.</source>
        <translation>Mae pob dyddiad sy&apos;n perthyn i berson yn symud yr un nifer cyfrinachol o ddiwrnodau (hyd at chwe mis y naill ffordd neu&apos;r llall), felly mae&apos;r cyfnodau rhwng ei ddyddiadau&apos;n aros yn gywir ond nid yw&apos;r dyddiadau eu hunain.</translation>
    </message>
    <message>
        <source>Values that occur only a few times in the file are replaced with a marker, because rare values can single people out.</source>
        <translation>Caiff gwerthoedd sy&apos;n digwydd ychydig o weithiau yn unig yn y ffeil eu disodli gan farciwr, oherwydd gall gwerthoedd prin nodi pobl yn unigol.</translation>
    </message>
    <message>
        <source>Numbers above a top value or below a bottom value are replaced with &quot;90+&quot; or &quot;&lt;18&quot; style ranges, so extreme values cannot identify anyone.</source>
        <translation>Caiff rhifau uwchlaw gwerth uchaf neu islaw gwerth isaf eu disodli gan ystodau fel &quot;90+&quot; neu &quot;&lt;18&quot;, fel na all gwerthoedd eithafol adnabod neb.</translation>
    </message>
    <message>
        <source>Month (2024-04)</source>
        <translation>Mis (2024-04)</translation>
    </message>
    <message>
        <source>Quarter (2024-Q2)</source>
        <translation>Chwarter (2024-Q2)</translation>
    </message>
    <message>
        <source>Year (2024)</source>
        <translation>Blwyddyn (2024)</translation>
    </message>
    <message>
        <source>Age band (35-39)</source>
        <translation>Band oedran (35-39)</translation>
    </message>
    <message>
        <source>Postcode sector (SW1A 1)</source>
        <translation>Sector cod post (SW1A 1)</translation>
    </message>
    <message>
        <source>Postcode district (SW1A)</source>
        <translation>Ardal cod post (SW1A)</translation>
    </message>
    <message>
        <source>Postcode area (SW)</source>
        <translation>Rhanbarth cod post (SW)</translation>
    </message>
    <message>
        <source>Number band (30-39)</source>
        <translation>Band rhif (30-39)</translation>
    </message>
    <message>
        <source>Rounded number</source>
        <translation>Rhif wedi&apos;i dalgrynnu</translation>
    </message>
    <message>
        <source>Empty (free text removed)</source>
        <translation>Gwag (dim testun rhydd)</translation>
    </message>
    <message>
        <source>Mask all but the first %1 and last %2 characters</source>
        <translation>Masgio popeth ac eithrio&apos;r %1 nod cyntaf a&apos;r %2 olaf</translation>
    </message>
    <message numerus="yes">
        <source>Mask all but the first %n character(s)</source>
        <translation>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod cyntaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod cyntaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod cyntaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod cyntaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod cyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mask all but the last %n character(s)</source>
        <translation>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod olaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod olaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod olaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod olaf</numerusform>
            <numerusform>Masgio popeth ac eithrio&apos;r %n nod olaf</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask every character</source>
        <translation>Masgio pob nod</translation>
    </message>
    <message>
        <source>Age in %1-year bands on %2</source>
        <translation>Oedran mewn bandiau %1 blynedd ar %2</translation>
    </message>
    <message>
        <source>Bands of %1</source>
        <translation>Bandiau o %1</translation>
    </message>
    <message>
        <source>Rounded to the nearest %1</source>
        <translation>Wedi&apos;i dalgrynnu i&apos;r lluosrif agosaf o %1</translation>
    </message>
    <message>
        <source>Generalise to %1</source>
        <translation>Cyffredinoli: %1</translation>
    </message>
    <message>
        <source>Pseudonymise as %1</source>
        <translation>Ffugenwi: %1</translation>
    </message>
    <message>
        <source>Shift dates per person (by &quot;%1&quot;)</source>
        <translation>Symud dyddiadau fesul person (yn ôl &quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>Hide values seen fewer than %n time(s)</source>
        <translation>
            <numerusform>Atal gwerthoedd a welir llai na %n gwaith</numerusform>
            <numerusform>Atal gwerthoedd a welir llai na %n gwaith</numerusform>
            <numerusform>Atal gwerthoedd a welir llai na %n gwaith</numerusform>
            <numerusform>Atal gwerthoedd a welir llai na %n gwaith</numerusform>
            <numerusform>Atal gwerthoedd a welir llai na %n gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>Cap below %1 and from %2</source>
        <translation>Capio o dan %1 ac o %2 i fyny</translation>
    </message>
    <message>
        <source>Cap from %1 up</source>
        <translation>Capio o %1 i fyny</translation>
    </message>
    <message>
        <source>Cap below %1</source>
        <translation>Capio o dan %1</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>colofn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A rule has no column name. Name the column it is for.</source>
        <translation>Nid oes enw colofn gan reol. Enwch y golofn y mae ar ei chyfer.</translation>
    </message>
    <message>
        <source>The profile has two rules for this column. Keep one.</source>
        <translation>Mae gan y proffil ddwy reol ar gyfer y golofn hon. Cadwch un.</translation>
    </message>
    <message>
        <source>The characters to keep must be between 0 and 1000.</source>
        <translation>Rhaid i nifer y nodau i&apos;w cadw fod rhwng 0 a 1000.</translation>
    </message>
    <message>
        <source>The mask must be one character that cannot start a spreadsheet formula, such as *.</source>
        <translation>Rhaid i&apos;r masg fod yn un nod na all ddechrau fformiwla taenlen, fel *.</translation>
    </message>
    <message>
        <source>Age bands need the date on which ages are counted (reference_date, as 2026-03-31).</source>
        <translation>Mae angen y dyddiad y caiff oedrannau eu cyfrif arno ar gyfer bandiau oedran (reference_date, fel 2026-03-31).</translation>
    </message>
    <message>
        <source>An age band must cover 1 to 50 years.</source>
        <translation>Rhaid i fand oedran gwmpasu rhwng 1 a 50 o flynyddoedd.</translation>
    </message>
    <message>
        <source>The top age band must start between 0 and 150.</source>
        <translation>Rhaid i&apos;r band oedran uchaf ddechrau rhwng 0 a 150.</translation>
    </message>
    <message>
        <source>The band width or rounding step must be a number above 0.</source>
        <translation>Rhaid i led y band neu&apos;r cam talgrynnu fod yn rhif uwchlaw 0.</translation>
    </message>
    <message>
        <source>Shifting dates needs the column that says whose date it is (person).</source>
        <translation>Er mwyn symud dyddiadau, mae angen y golofn sy&apos;n dweud i bwy mae&apos;r dyddiad yn perthyn (person).</translation>
    </message>
    <message>
        <source>A date cannot be shifted by itself: name the column that identifies the person.</source>
        <translation>Ni ellir symud dyddiad ar sail y dyddiad ei hun: enwch y golofn sy&apos;n adnabod y person.</translation>
    </message>
    <message>
        <source>The minimum count must be between 2 and 1,000,000.</source>
        <translation>Rhaid i&apos;r cyfrif lleiaf fod rhwng 2 a 1,000,000.</translation>
    </message>
    <message>
        <source>The marker cannot start with =, +, - or @.</source>
        <translation>Ni all y marciwr ddechrau ag =, +, - neu @.</translation>
    </message>
    <message>
        <source>Give a top value, a bottom value or both.</source>
        <translation>Rhowch werth uchaf, gwerth isaf neu&apos;r ddau.</translation>
    </message>
    <message>
        <source>The bottom value must be below the top value.</source>
        <translation>Rhaid i&apos;r gwerth isaf fod yn is na&apos;r gwerth uchaf.</translation>
    </message>
    <message>
        <source>A column that is left out cannot be a quasi-identifier.</source>
        <translation>Ni all colofn sy&apos;n cael ei gadael allan fod yn lled-ddynodydd.</translation>
    </message>
    <message>
        <source>The risk threshold must be between 2 and 1000.</source>
        <translation>Rhaid i drothwy&apos;r risg fod rhwng 2 a 1000.</translation>
    </message>
    <message>
        <source>The sensitive column for the risk check is left out. Choose a column that is sent.</source>
        <translation>Mae&apos;r golofn sensitif ar gyfer y gwiriad risg wedi&apos;i gadael allan. Dewiswch golofn sy&apos;n cael ei hanfon.</translation>
    </message>
    <message>
        <source>This is not a redaction profile: it must be a JSON object.</source>
        <translation>Nid yw hwn yn broffil golygu: rhaid iddo fod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>This is not a Sharewise redaction profile (its &quot;format&quot; is not &quot;sharewise-redaction-profile&quot;).</source>
        <translation>Nid yw hwn yn broffil golygu Sharewise (nid &quot;sharewise-redaction-profile&quot; yw ei &quot;format&quot;).</translation>
    </message>
    <message>
        <source>This profile was saved by a newer Sharewise (profile version %1). Update Sharewise to use it.</source>
        <translation>Cafodd y proffil hwn ei gadw gan fersiwn fwy diweddar o Sharewise (fersiwn %1 o&apos;r proffil). Diweddarwch Sharewise i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>The profile&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>Rhaid i &quot;version&quot; y proffil fod yn rhif cyfan, 1 neu fwy.</translation>
    </message>
    <message>
        <source>must be &quot;refuse&quot;, &quot;drop&quot; or &quot;keep&quot;</source>
        <translation>rhaid iddo fod yn &quot;refuse&quot;, &quot;drop&quot; neu &quot;keep&quot;</translation>
    </message>
    <message>
        <source>must be &quot;refuse&quot;, &quot;skip&quot; or &quot;pad&quot;</source>
        <translation>rhaid iddo fod yn &quot;refuse&quot;, &quot;skip&quot; neu &quot;pad&quot;</translation>
    </message>
    <message>
        <source>Each entry of &quot;columns&quot; must be an object (entry %1).</source>
        <translation>Rhaid i bob cofnod yn &quot;columns&quot; fod yn wrthrych (cofnod %1).</translation>
    </message>
    <message>
        <source>must be one of keep, drop, mask, generalise, pseudonymise, shift_date, suppress_rare, top_bottom_code</source>
        <translation>rhaid iddo fod yn un o keep, drop, mask, generalise, pseudonymise, shift_date, suppress_rare, top_bottom_code</translation>
    </message>
    <message>
        <source>must be one of month, quarter, year, age_band, postcode_sector, postcode_district, postcode_area, number_band, round, empty</source>
        <translation>rhaid iddo fod yn un o month, quarter, year, age_band, postcode_sector, postcode_district, postcode_area, number_band, round, empty</translation>
    </message>
    <message>
        <source>must be an identifier kind such as nhs_number, ni_number, postcode, email, phone, or text</source>
        <translation>rhaid iddo fod yn fath o ddynodydd fel nhs_number, ni_number, postcode, email, phone, neu text</translation>
    </message>
    <message>
        <source>The profile cannot be read (%1). Check the file name.</source>
        <translation>Nid oes modd darllen y proffil (%1). Gwiriwch enw&apos;r ffeil.</translation>
    </message>
    <message>
        <source>This file is too large to be a redaction profile.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn broffil golygu.</translation>
    </message>
    <message>
        <source>The profile cannot be saved (%1). Choose another folder.</source>
        <translation>Nid oes modd cadw&apos;r proffil (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>The profile could not be written (%1). Check there is space and try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r proffil (%1). Gwiriwch fod lle ar gael a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The profile has a rule for &quot;%1&quot;, but the file has no such column.</source>
        <translation>Mae gan y proffil reol ar gyfer &quot;%1&quot;, ond nid oes colofn o&apos;r fath yn y ffeil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the profile may be &quot;%2&quot; in the file: check and confirm the rule.</source>
        <translation>Efallai mai &quot;%2&quot; yn y ffeil yw &quot;%1&quot; yn y proffil: gwiriwch a chadarnhewch y rheol.</translation>
    </message>
    <message>
        <source>The file has a column &quot;%1&quot; the profile does not mention: choose what to do with it.</source>
        <translation>Mae gan y ffeil golofn &quot;%1&quot; nad yw&apos;r proffil yn sôn amdani: dewiswch beth i&apos;w wneud â hi.</translation>
    </message>
    <message>
        <source>The profile&apos;s rule for &quot;%1&quot; is used for the file&apos;s column &quot;%2&quot;.</source>
        <translation>Mae rheol y proffil ar gyfer &quot;%1&quot; yn cael ei defnyddio ar y golofn &quot;%2&quot; yn y ffeil.</translation>
    </message>
    <message>
        <source>Nothing in this column looks like it identifies a person.</source>
        <translation>Nid oes dim yn y golofn hon sy&apos;n edrych fel petai&apos;n adnabod person.</translation>
    </message>
    <message>
        <source>%1 identifies a person directly. Pseudonymising keeps records linkable without sending it.</source>
        <translation>%1: mae hwn yn adnabod person yn uniongyrchol. Drwy ffugenwi, gellir cysylltu cofnodion o hyd heb ei anfon.</translation>
    </message>
    <message>
        <source>%1 identifies a person directly. Leave it out unless the recipient needs to link records.</source>
        <translation>%1: mae hwn yn adnabod person yn uniongyrchol. Gadewch ef allan oni bai bod angen i&apos;r derbynnydd gysylltu cofnodion.</translation>
    </message>
    <message>
        <source>%1 identifies a person directly and is rarely needed: leave it out.</source>
        <translation>%1: mae hwn yn adnabod person yn uniongyrchol ac anaml y mae ei angen: gadewch ef allan.</translation>
    </message>
    <message>
        <source>Free text often holds names and other details nobody checked: leave it out.</source>
        <translation>Mae testun rhydd yn aml yn cynnwys enwau a manylion eraill nad oes neb wedi&apos;u gwirio: gadewch ef allan.</translation>
    </message>
    <message>
        <source>A full date of birth can single a person out; an age band rarely does.</source>
        <translation>Gall dyddiad geni llawn nodi person yn unigol; anaml y bydd band oedran yn gwneud hynny.</translation>
    </message>
    <message>
        <source>A full postcode covers about 15 homes; its district covers thousands.</source>
        <translation>Mae cod post llawn yn cwmpasu tua 15 cartref; mae ei ardal yn cwmpasu miloedd.</translation>
    </message>
    <message>
        <source>Special category or criminal offence data: send it only if the agreement allows it. It is checked as the sensitive column in the risk check.</source>
        <translation>Data categori arbennig neu ddata troseddau: anfonwch ef dim ond os yw&apos;r cytundeb yn caniatáu hynny. Caiff ei wirio fel y golofn sensitif yn y gwiriad risg.</translation>
    </message>
    <message>
        <source>Sex or gender, with age and area, can single a person out: it is checked as a quasi-identifier.</source>
        <translation>Gall rhyw neu rywedd, ynghyd ag oedran ac ardal, nodi person yn unigol: caiff ei wirio fel lled-ddynodydd.</translation>
    </message>
</context>
<context>
    <name>RegisterMembers</name>
    <message>
        <source>Your login to the shared register may not change its members; ask the register&apos;s administrator to make the change.</source>
        <translation>Nid oes gan eich cyfrif ar y gofrestr a rennir hawl i newid ei haelodau; gofynnwch i weinyddwr y gofrestr wneud y newid.</translation>
    </message>
    <message>
        <source>Could not read or change the register&apos;s members (%1).</source>
        <translation>Nid oedd modd darllen na newid aelodau&apos;r gofrestr (%1).</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>swyddog</translation>
    </message>
    <message>
        <source>IG reviewer</source>
        <translation>adolygydd llywodraethu gwybodaeth</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>Give the member&apos;s name.</source>
        <translation>Rhowch enw&apos;r aelod.</translation>
    </message>
    <message>
        <source>The member&apos;s name is too long: use at most 200 characters.</source>
        <translation>Mae enw&apos;r aelod yn rhy hir: defnyddiwch 200 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint: copy it from the person&apos;s key card (26 letters and digits, in groups of four).</source>
        <translation>Nid yw &quot;%1&quot; yn ôl bys allwedd: copïwch ef o gerdyn allwedd y person (26 o lythrennau a digidau, mewn grwpiau o bedwar).</translation>
    </message>
    <message>
        <source>%1 is already recorded as %2 in this register.</source>
        <translation>Mae %1 eisoes yn y gofrestr hon fel %2.</translation>
    </message>
    <message>
        <source>%1 is not recorded as %2 in this register: check the name (sharewise-cli register members list shows them).</source>
        <translation>Nid yw %1 yn y gofrestr hon fel %2: gwiriwch yr enw (mae sharewise-cli register members list yn eu dangos).</translation>
    </message>
    <message>
        <source>%1 is not one of this shared register&apos;s IG reviewers, so the decision was not recorded; ask the register&apos;s administrator to add them as a reviewer.</source>
        <translation>Nid yw %1 yn un o adolygwyr llywodraethu gwybodaeth y gofrestr a rennir hon, felly ni chafodd y penderfyniad ei gofnodi; gofynnwch i weinyddwr y gofrestr eu hychwanegu fel adolygydd.</translation>
    </message>
</context>
<context>
    <name>RegisterRoles</name>
    <message>
        <source>The schema name may hold only letters, digits and underscores, and cannot start with a digit.</source>
        <translation>Gall enw&apos;r sgema gynnwys llythrennau, digidau a thanlinellau yn unig, ac ni all ddechrau â digid.</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>This is not a Sharewise review file, or it is damaged. Ask for it to be sent again.</source>
        <translation>Nid ffeil adolygu Sharewise yw hon, neu mae wedi&apos;i difrodi. Gofynnwch iddi gael ei hanfon eto.</translation>
    </message>
    <message>
        <source>The review file&apos;s signature does not check: it was changed after it was signed. Ask for it to be sent again.</source>
        <translation>Nid oedd modd dilysu llofnod y ffeil adolygu: cafodd ei newid ar ôl ei llofnodi. Gofynnwch iddi gael ei hanfon eto.</translation>
    </message>
    <message>
        <source>Only a share waiting for review can be sent for review.</source>
        <translation>Dim ond rhanniad sy&apos;n aros am adolygiad y gellir ei anfon i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>This review request was made by a newer version of Sharewise. Update Sharewise to open it.</source>
        <translation>Cafodd y cais adolygu hwn ei wneud gan fersiwn ddiweddarach o Sharewise. Diweddarwch Sharewise i&apos;w agor.</translation>
    </message>
    <message>
        <source>The review request was signed by someone other than the share&apos;s preparer.</source>
        <translation>Cafodd y cais adolygu ei lofnodi gan rywun heblaw&apos;r person a baratôdd y rhanniad.</translation>
    </message>
    <message>
        <source>This review decision was made by a newer version of Sharewise. Update Sharewise to open it.</source>
        <translation>Cafodd y penderfyniad adolygu hwn ei wneud gan fersiwn ddiweddarach o Sharewise. Diweddarwch Sharewise i&apos;w agor.</translation>
    </message>
    <message>
        <source>The agreement in this review request is not the version the share was submitted under. Ask the preparer to submit the share again and send a new request.</source>
        <translation>Nid y cytundeb yn y cais adolygu hwn yw&apos;r fersiwn y cyflwynwyd y rhanniad oddi tani. Gofynnwch i&apos;r person a baratôdd y rhanniad ei gyflwyno eto ac anfon cais newydd.</translation>
    </message>
</context>
<context>
    <name>RiskCheck</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list: sex and age</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>items of a list before the last: sex, age</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No columns are marked as quasi-identifiers, so the chance of singling someone out was not checked.</source>
        <translation>Nid oes unrhyw golofnau wedi&apos;u marcio fel lled-ddynodyddion, felly ni chafodd y risg o nodi rhywun yn unigol ei gwirio.</translation>
    </message>
    <message>
        <source>There are no records to check.</source>
        <translation>Nid oes cofnodion i&apos;w gwirio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) could be singled out by %1.</source>
        <translation>
            <numerusform>Gellid nodi %Ln person yn unigol ar sail %1.</numerusform>
            <numerusform>Gellid nodi %Ln person yn unigol ar sail %1.</numerusform>
            <numerusform>Gellid nodi %Ln o bobl yn unigol ar sail %1.</numerusform>
            <numerusform>Gellid nodi %Ln pherson yn unigol ar sail %1.</numerusform>
            <numerusform>Gellid nodi %Ln person yn unigol ar sail %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another %Ln person(s) share(s) these details with fewer than %1 other people.</source>
        <translation>
            <numerusform>Mae %Ln person arall yn rhannu&apos;r manylion hyn â llai na %1 o bobl eraill.</numerusform>
            <numerusform>Mae %Ln person arall yn rhannu&apos;r manylion hyn â llai na %1 o bobl eraill.</numerusform>
            <numerusform>Mae %Ln o bobl eraill yn rhannu&apos;r manylion hyn â llai na %1 o bobl eraill.</numerusform>
            <numerusform>Mae %Ln pherson arall yn rhannu&apos;r manylion hyn â llai na %1 o bobl eraill.</numerusform>
            <numerusform>Mae %Ln person arall yn rhannu&apos;r manylion hyn â llai na %1 o bobl eraill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one can be singled out by %1 alone, but %Ln person(s) share(s) them with fewer than %2 other people.</source>
        <translation>
            <numerusform>Ni ellir nodi neb yn unigol ar sail %1 yn unig, ond mae %Ln person yn eu rhannu â llai na %2 o bobl eraill.</numerusform>
            <numerusform>Ni ellir nodi neb yn unigol ar sail %1 yn unig, ond mae %Ln person yn eu rhannu â llai na %2 o bobl eraill.</numerusform>
            <numerusform>Ni ellir nodi neb yn unigol ar sail %1 yn unig, ond mae %Ln o bobl yn eu rhannu â llai na %2 o bobl eraill.</numerusform>
            <numerusform>Ni ellir nodi neb yn unigol ar sail %1 yn unig, ond mae %Ln pherson yn eu rhannu â llai na %2 o bobl eraill.</numerusform>
            <numerusform>Ni ellir nodi neb yn unigol ar sail %1 yn unig, ond mae %Ln person yn eu rhannu â llai na %2 o bobl eraill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every person shares their %1 with at least %Ln other person(s).</source>
        <translation>
            <numerusform>Mae gan bob person o leiaf %Ln person arall â&apos;r un gwerthoedd o ran %1.</numerusform>
            <numerusform>Mae gan bob person o leiaf %Ln person arall â&apos;r un gwerthoedd o ran %1.</numerusform>
            <numerusform>Mae gan bob person o leiaf %Ln o bobl eraill â&apos;r un gwerthoedd o ran %1.</numerusform>
            <numerusform>Mae gan bob person o leiaf %Ln pherson arall â&apos;r un gwerthoedd o ran %1.</numerusform>
            <numerusform>Mae gan bob person o leiaf %Ln person arall â&apos;r un gwerthoedd o ran %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group of people with the same %1 has at least %Ln different value(s) of %2.</source>
        <translation>
            <numerusform>Mae gan bob grŵp o bobl â&apos;r un gwerthoedd o ran %1 o leiaf %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Mae gan bob grŵp o bobl â&apos;r un gwerthoedd o ran %1 o leiaf %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Mae gan bob grŵp o bobl â&apos;r un gwerthoedd o ran %1 o leiaf %Ln o werthoedd gwahanol ar gyfer %2.</numerusform>
            <numerusform>Mae gan bob grŵp o bobl â&apos;r un gwerthoedd o ran %1 o leiaf %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Mae gan bob grŵp o bobl â&apos;r un gwerthoedd o ran %1 o leiaf %Ln gwerth gwahanol ar gyfer %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among people with the same %1, the least varied group has %Ln different value(s) of %2.</source>
        <translation>
            <numerusform>Ymhlith pobl â&apos;r un gwerthoedd o ran %1, mae gan y grŵp lleiaf amrywiol %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Ymhlith pobl â&apos;r un gwerthoedd o ran %1, mae gan y grŵp lleiaf amrywiol %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Ymhlith pobl â&apos;r un gwerthoedd o ran %1, mae gan y grŵp lleiaf amrywiol %Ln o werthoedd gwahanol ar gyfer %2.</numerusform>
            <numerusform>Ymhlith pobl â&apos;r un gwerthoedd o ran %1, mae gan y grŵp lleiaf amrywiol %Ln gwerth gwahanol ar gyfer %2.</numerusform>
            <numerusform>Ymhlith pobl â&apos;r un gwerthoedd o ran %1, mae gan y grŵp lleiaf amrywiol %Ln gwerth gwahanol ar gyfer %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln group(s) of two or more people everyone has the same %1, so it can be learned without singling anyone out.</source>
        <translation>
            <numerusform>Mewn %Ln grŵp o ddau neu fwy o bobl, mae gan bawb yr un gwerth ar gyfer %1, felly gellir dysgu&apos;r gwerth heb nodi neb yn unigol.</numerusform>
            <numerusform>Mewn %Ln grŵp o ddau neu fwy o bobl, mae gan bawb yr un gwerth ar gyfer %1, felly gellir dysgu&apos;r gwerth heb nodi neb yn unigol.</numerusform>
            <numerusform>Mewn %Ln o grwpiau o ddau neu fwy o bobl, mae gan bawb yr un gwerth ar gyfer %1, felly gellir dysgu&apos;r gwerth heb nodi neb yn unigol.</numerusform>
            <numerusform>Mewn %Ln grŵp o ddau neu fwy o bobl, mae gan bawb yr un gwerth ar gyfer %1, felly gellir dysgu&apos;r gwerth heb nodi neb yn unigol.</numerusform>
            <numerusform>Mewn %Ln grŵp o ddau neu fwy o bobl, mae gan bawb yr un gwerth ar gyfer %1, felly gellir dysgu&apos;r gwerth heb nodi neb yn unigol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves %Ln person(s) in groups of fewer than %2.</source>
        <translation>
            <numerusform>%1: byddai %Ln person mewn grwpiau llai na %2 wedyn.</numerusform>
            <numerusform>%1: byddai %Ln person mewn grwpiau llai na %2 wedyn.</numerusform>
            <numerusform>%1: byddai %Ln o bobl mewn grwpiau llai na %2 wedyn.</numerusform>
            <numerusform>%1: byddai %Ln pherson mewn grwpiau llai na %2 wedyn.</numerusform>
            <numerusform>%1: byddai %Ln person mewn grwpiau llai na %2 wedyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Sharewise asked the password store for an entry without a name or without a value. This is a fault in Sharewise: please report it.</source>
        <translation>Gofynnodd Sharewise i&apos;r storfa gyfrineiriau am gofnod heb enw neu heb werth. Nam yn Sharewise yw hwn: rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>This computer has no password store that Sharewise can use. Ask your IT team to turn one on, or keep your identity in a passphrase-protected identity file instead.</source>
        <translation>Nid oes gan y cyfrifiadur hwn storfa gyfrineiriau y gall Sharewise ei defnyddio. Gofynnwch i&apos;ch tîm TG droi un ymlaen, neu cadwch eich hunaniaeth mewn ffeil hunaniaeth wedi&apos;i diogelu gan gyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <source>Sharewise was not allowed to use this computer&apos;s password store. Unlock it, or allow access when you are asked, then try again.</source>
        <translation>Ni chafodd Sharewise ganiatâd i ddefnyddio storfa gyfrineiriau&apos;r cyfrifiadur hwn. Datglowch hi, neu rhowch ganiatâd pan ofynnir i chi, ac yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The password store on this computer does not hold this entry. It may have been removed, or it was saved on another computer.</source>
        <translation>Nid yw&apos;r cofnod hwn yn y storfa gyfrineiriau ar y cyfrifiadur hwn. Efallai ei fod wedi cael ei ddileu, neu cafodd ei gadw ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <source>The password store did not answer in time. If it is waiting for you to unlock it, do so, then try again.</source>
        <translation>Ni wnaeth y storfa gyfrineiriau ymateb mewn pryd. Os yw&apos;n aros i chi ei datgloi, gwnewch hynny, ac yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The password store could not do what Sharewise asked. Try again; if it keeps happening, ask your IT team.</source>
        <translation>Nid oedd y storfa gyfrineiriau yn gallu gwneud yr hyn a ofynnodd Sharewise. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, gofynnwch i&apos;ch tîm TG.</translation>
    </message>
    <message>
        <source>The password store could not do what Sharewise asked (%1). Try again; if it keeps happening, ask your IT team.</source>
        <translation>Nid oedd y storfa gyfrineiriau yn gallu gwneud yr hyn a ofynnodd Sharewise (%1). Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, gofynnwch i&apos;ch tîm TG.</translation>
    </message>
</context>
<context>
    <name>ShareChecks</name>
    <message>
        <source>the lawful basis</source>
        <translation>y sail gyfreithlon</translation>
    </message>
    <message>
        <source>the special category conditions</source>
        <translation>yr amodau data categori arbennig</translation>
    </message>
    <message>
        <source>the criminal offence conditions</source>
        <translation>yr amodau data troseddau</translation>
    </message>
    <message>
        <source>the statutory powers</source>
        <translation>y pwerau statudol</translation>
    </message>
    <message>
        <source>the data items</source>
        <translation>yr eitemau data</translation>
    </message>
    <message>
        <source>the DPIA screening</source>
        <translation>y sgrinio AEDD</translation>
    </message>
    <message>
        <source>Agreement %1 is still a draft, so nothing can be shared under it.</source>
        <translation>Mae cytundeb %1 yn dal yn ddrafft, felly ni ellir rhannu dim oddi tano.</translation>
    </message>
    <message>
        <source>Ask the information governance lead to complete, sign off and activate the agreement first.</source>
        <translation>Gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth gwblhau, llofnodi a gweithredu&apos;r cytundeb yn gyntaf.</translation>
    </message>
    <message>
        <source>Agreement %1 is suspended, so nothing can be shared under it.</source>
        <translation>Mae cytundeb %1 wedi&apos;i atal, felly ni ellir rhannu dim oddi tano.</translation>
    </message>
    <message>
        <source>Ask the information governance lead why it was suspended and whether it can be made active again.</source>
        <translation>Gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth pam y cafodd ei atal ac a ellir ei wneud yn weithredol eto.</translation>
    </message>
    <message>
        <source>Agreement %1 has ended, so nothing can be shared under it.</source>
        <translation>Mae cytundeb %1 wedi&apos;i derfynu, felly ni ellir rhannu dim oddi tano.</translation>
    </message>
    <message>
        <source>Share under a current agreement, or ask the information governance lead for a new one.</source>
        <translation>Rhannwch o dan gytundeb cyfredol, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth am un newydd.</translation>
    </message>
    <message>
        <source>Agreement %1 starts on %2; nothing can be shared under it before then.</source>
        <translation>Mae cytundeb %1 yn dechrau ar %2; ni ellir rhannu dim oddi tano cyn hynny.</translation>
    </message>
    <message>
        <source>Wait until the start date, or ask the information governance lead to correct it.</source>
        <translation>Arhoswch tan y dyddiad dechrau, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ei gywiro.</translation>
    </message>
    <message>
        <source>Agreement %1 ended on %2, so it no longer allows sharing.</source>
        <translation>Daeth cytundeb %1 i ben ar %2, felly nid yw&apos;n caniatáu rhannu mwyach.</translation>
    </message>
    <message>
        <source>Ask the information governance lead to renew the agreement with a new end date, or to agree a new one.</source>
        <translation>Gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth adnewyddu&apos;r cytundeb gyda dyddiad gorffen newydd, neu gytuno ar un newydd.</translation>
    </message>
    <message>
        <source>Agreement %1 was due for review on %2.</source>
        <translation>Roedd cytundeb %1 yn ddyledus i&apos;w adolygu ar %2.</translation>
    </message>
    <message>
        <source>Tell the information governance lead, who should review it and record a new review date.</source>
        <translation>Rhowch wybod i&apos;r arweinydd llywodraethu gwybodaeth, a ddylai ei adolygu a chofnodi dyddiad adolygu newydd.</translation>
    </message>
    <message>
        <source>In agreement %1, %2 is still a proposal nobody has confirmed.</source>
        <translation>Yng nghytundeb %1, mae&apos;r canlynol yn dal yn gynnig nad oes neb wedi&apos;i gadarnhau: %2.</translation>
    </message>
    <message>
        <source>Ask the information governance lead to check and confirm it in the agreement.</source>
        <translation>Gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ei wirio a&apos;i gadarnhau yn y cytundeb.</translation>
    </message>
    <message>
        <source>Agreement %1 needs a data protection impact assessment (DPIA), and none is recorded as completed.</source>
        <translation>Mae angen asesiad o&apos;r effaith ar ddiogelu data (AEDD) ar gytundeb %1, ac nid oes un wedi&apos;i gofnodi fel un wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>Complete the DPIA with the data protection officer and record its reference in the agreement.</source>
        <translation>Cwblhewch yr AEDD gyda&apos;r swyddog diogelu data a chofnodwch ei gyfeirnod yn y cytundeb.</translation>
    </message>
    <message>
        <source>Nobody has checked whether agreement %1 needs a data protection impact assessment (DPIA).</source>
        <translation>Nid oes neb wedi gwirio a oes angen asesiad o&apos;r effaith ar ddiogelu data (AEDD) ar gytundeb %1.</translation>
    </message>
    <message>
        <source>Ask the information governance lead to answer the DPIA screening questions in the agreement.</source>
        <translation>Gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ateb cwestiynau sgrinio&apos;r AEDD yn y cytundeb.</translation>
    </message>
    <message>
        <source>The redaction profile belongs to agreement %1, not to agreement %2.</source>
        <translation>Mae&apos;r proffil golygu&apos;n perthyn i gytundeb %1, nid i gytundeb %2.</translation>
    </message>
    <message>
        <source>Use the redaction profile made for agreement %1, or check you chose the right agreement.</source>
        <translation>Defnyddiwch y proffil golygu a wnaed ar gyfer cytundeb %1, neu gwiriwch eich bod wedi dewis y cytundeb cywir.</translation>
    </message>
    <message>
        <source>The key %1 is not one of the recipients agreement %2 names, so the data cannot be sent to it.</source>
        <translation>Nid yw allwedd %1 yn un o&apos;r derbynwyr y mae cytundeb %2 yn eu henwi, felly ni ellir anfon y data iddi.</translation>
    </message>
    <message>
        <source>Remove that recipient from this share, or ask the information governance lead to add them to the agreement.</source>
        <translation>Tynnwch y derbynnydd hwnnw o&apos;r rhanniad hwn, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ei ychwanegu at y cytundeb.</translation>
    </message>
    <message>
        <source>The redaction profile does not say what to do with the column &quot;%1&quot;.</source>
        <translation>Nid yw&apos;r proffil golygu&apos;n dweud beth i&apos;w wneud â&apos;r golofn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add a rule for &quot;%1&quot; to the redaction profile, or drop it.</source>
        <translation>Ychwanegwch reol ar gyfer &quot;%1&quot; at y proffil golygu, neu gadewch hi allan.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one of the data items agreement %2 allows.</source>
        <translation>Nid yw&apos;r golofn &quot;%1&quot; yn un o&apos;r eitemau data y mae cytundeb %2 yn eu caniatáu.</translation>
    </message>
    <message>
        <source>Drop &quot;%1&quot; in the redaction, or ask the information governance lead to add it to the agreement.</source>
        <translation>Gadewch &quot;%1&quot; allan wrth olygu, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ei hychwanegu at y cytundeb.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is set to &quot;%2&quot;, which is weaker than agreement %3 allows for %4: at least &quot;%5&quot;.</source>
        <translation>Mae&apos;r golofn &quot;%1&quot; wedi&apos;i gosod i &quot;%2&quot;, sy&apos;n wannach nag y mae cytundeb %3 yn ei ganiatáu ar gyfer %4: o leiaf &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>Change the rule for &quot;%1&quot; to &quot;%2&quot; or something stronger, or drop it.</source>
        <translation>Newidiwch y rheol ar gyfer &quot;%1&quot; i &quot;%2&quot; neu rywbeth cryfach, neu gadewch hi allan.</translation>
    </message>
    <message>
        <source>special category data</source>
        <translation>data categori arbennig</translation>
    </message>
    <message>
        <source>special category data (%1)</source>
        <translation>data categori arbennig (%1)</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like it holds %2, but agreement %3 names no Article 9 condition for it.</source>
        <translation>Mae&apos;n ymddangos bod y golofn &quot;%1&quot; yn cynnwys %2, ond nid yw cytundeb %3 yn enwi amod Erthygl 9 ar ei chyfer.</translation>
    </message>
    <message>
        <source>Drop &quot;%1&quot;, or ask the information governance lead to add the Article 9 condition (and its Schedule 1 paragraph) that allows sharing it.</source>
        <translation>Gadewch &quot;%1&quot; allan, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ychwanegu&apos;r amod Erthygl 9 (a&apos;i baragraff o Atodlen 1) sy&apos;n caniatáu ei rhannu.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like it holds criminal offence data, but agreement %2 names no condition for sharing it.</source>
        <translation>Mae&apos;n ymddangos bod y golofn &quot;%1&quot; yn cynnwys data troseddau, ond nid yw cytundeb %2 yn enwi amod ar gyfer ei rhannu.</translation>
    </message>
    <message>
        <source>Drop &quot;%1&quot;, or ask the information governance lead to add the criminal offence condition that allows sharing it.</source>
        <translation>Gadewch &quot;%1&quot; allan, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ychwanegu&apos;r amod data troseddau sy&apos;n caniatáu ei rhannu.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Yn rhwystro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>No agreement is chosen for this share.</source>
        <translation>Nid oes cytundeb wedi&apos;i ddewis ar gyfer y rhanniad hwn.</translation>
    </message>
    <message>
        <source>Choose the agreement the data is shared under.</source>
        <translation>Dewiswch y cytundeb y mae&apos;r data&apos;n cael ei rannu oddi tano.</translation>
    </message>
    <message>
        <source>Agreement %1 names no recipient who receives by passphrase, so this share cannot be sealed under one.</source>
        <translation>Nid yw cytundeb %1 yn enwi derbynnydd sy&apos;n derbyn drwy gyfrinymadrodd, felly ni ellir selio&apos;r rhanniad hwn dan un.</translation>
    </message>
    <message>
        <source>Choose the recipients&apos; keys instead, or ask the information governance lead to add a recipient who receives by passphrase.</source>
        <translation>Dewiswch allweddi&apos;r derbynwyr yn lle hynny, neu gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ychwanegu derbynnydd sy&apos;n derbyn drwy gyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>ShareDetail</name>
    <message>
        <source>%1 under %2</source>
        <translation>%1 o dan %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n yn rhwystro</numerusform>
            <numerusform>%n yn rhwystro</numerusform>
            <numerusform>%n yn rhwystro</numerusform>
            <numerusform>%n yn rhwystro</numerusform>
            <numerusform>%n yn rhwystro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n o rybuddion</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Prepared by %1; created %2</source>
        <translation>Paratowyd gan %1; crëwyd ar %2</translation>
    </message>
    <message>
        <source>Submitted for review %1</source>
        <translation>Cyflwynwyd i&apos;w adolygu ar %1</translation>
    </message>
    <message>
        <source>Going to: %1</source>
        <translation>Yn mynd i: %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (allwedd %2)</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <translation>Derbynwyr: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Cyfeirnod: %1</translation>
    </message>
    <message>
        <source>What leaves the building</source>
        <translation>Beth sy&apos;n gadael y cyngor</translation>
    </message>
    <message>
        <source>Not worked out yet: the share has not been submitted.</source>
        <translation>Heb ei gyfrifo eto: nid yw&apos;r rhanniad wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>Checks against the agreement</source>
        <translation>Gwiriadau yn erbyn y cytundeb</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni chafwyd hyd i broblemau.</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Yn rhwystro:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Rhybudd:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Beth i&apos;w wneud: %1</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Y cytundeb</translation>
    </message>
    <message>
        <source>%1, version %2: %3</source>
        <translation>%1, fersiwn %2: %3</translation>
    </message>
    <message>
        <source>This version of the agreement is not in your register; what the share says of it is shown.</source>
        <translation>Nid yw&apos;r fersiwn hon o&apos;r cytundeb yn eich cofrestr; dangosir yr hyn y mae&apos;r rhanniad yn ei ddweud amdani.</translation>
    </message>
    <message>
        <source>Lawful basis: %1</source>
        <translation>Sail gyfreithlon: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Cymeradwywyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>Sent back by %1 on %2: %3</source>
        <translation>Anfonwyd yn ôl gan %1 ar %2: %3</translation>
    </message>
    <message>
        <source>No summary was recorded for this share.</source>
        <translation>Ni chofnodwyd crynodeb ar gyfer y rhanniad hwn.</translation>
    </message>
    <message>
        <source>No checks were recorded: they run when the share is submitted.</source>
        <translation>Ni chofnodwyd gwiriadau: maen nhw&apos;n cael eu cynnal pan fydd y rhanniad yn cael ei gyflwyno.</translation>
    </message>
</context>
<context>
    <name>SharePipeline</name>
    <message>
        <source>The redacted data cannot be read back (%1).</source>
        <translation>Nid oes modd darllen y data wedi&apos;i olygu yn ôl (%1).</translation>
    </message>
    <message>
        <source>A share needs an agreement.</source>
        <translation>Mae angen cytundeb ar gyfer rhanniad.</translation>
    </message>
    <message>
        <source>The share was cancelled.</source>
        <translation>Cafodd y rhanniad ei ganslo.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the redacted data.</source>
        <translation>Nid oedd modd creu ffolder dros dro ar gyfer y data wedi&apos;i olygu.</translation>
    </message>
    <message>
        <source>Redacting</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>Sealing needs your identity.</source>
        <translation>Mae angen eich hunaniaeth i selio.</translation>
    </message>
    <message>
        <source>Share %1 is waiting for review: it can be sealed once an IG lead approves it.</source>
        <translation>Mae rhanniad %1 yn aros am adolygiad: gellir ei selio unwaith y bydd arweinydd llywodraethu gwybodaeth yn ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Share %1 is &quot;%2&quot;: only an approved share can be sealed.</source>
        <translation>Statws rhanniad %1 yw &quot;%2&quot;: dim ond rhanniad a gymeradwywyd y gellir ei selio.</translation>
    </message>
    <message>
        <source>Share %1 cannot be sealed yet: agreement %2 needs an IG review first. Submit it for review.</source>
        <translation>Nid oes modd selio rhanniad %1 eto: mae angen adolygiad llywodraethu gwybodaeth ar gytundeb %2 yn gyntaf. Cyflwynwch ef i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>Share %1 has no approval that checks. Submit it for review again.</source>
        <translation>Nid oes gan ranniad %1 gymeradwyaeth y mae modd ei dilysu. Cyflwynwch ef i&apos;w adolygu eto.</translation>
    </message>
    <message>
        <source>share %1</source>
        <translation>rhanniad %1</translation>
    </message>
    <message>
        <source>The file of this share is no longer there. Put it back, or start a new share.</source>
        <translation>Nid yw ffeil y rhanniad hwn yno mwyach. Rhowch hi yn ôl, neu dechreuwch ranniad newydd.</translation>
    </message>
    <message>
        <source>Share %1 cannot be sealed: %2 differs from what was approved. Submit it for review again.</source>
        <translation>Nid oes modd selio rhanniad %1 gan fod hyn yn wahanol i&apos;r hyn a gymeradwywyd: %2. Cyflwynwch ef i&apos;w adolygu eto.</translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Selio</translation>
    </message>
    <message>
        <source>The sealed data does not match the redacted data; nothing was kept. Try again.</source>
        <translation>Nid yw&apos;r data a seliwyd yn cyfateb i&apos;r data wedi&apos;i olygu; ni chadwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Agreement: %1 (version %2), %3</source>
        <translation>Cytundeb: %1 (fersiwn %2), %3</translation>
    </message>
    <message>
        <source>Lawful basis: %1</source>
        <translation>Sail gyfreithlon: %1</translation>
    </message>
    <message>
        <source>File: %1, %2 rows; %3 of its %4 columns are sent</source>
        <translation>Ffeil: %1, %2 rhes; mae %3 o&apos;i %4 colofn yn cael eu hanfon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recipient: %1 (%2)</source>
        <translation>Derbynnydd: %1 (%2)</translation>
    </message>
    <message>
        <source>Share %1 has no recipients&apos; keys: it is sealed under a passphrase, and none was given.</source>
        <translation>Nid oes gan rannu %1 allweddi derbynwyr: caiff ei selio dan gyfrinymadrodd, ac ni roddwyd un.</translation>
    </message>
    <message numerus="yes">
        <source>The smallest group has %Ln record(s).</source>
        <translation>
            <numerusform>Mae gan y grŵp lleiaf %Ln cofnod.</numerusform>
            <numerusform>Mae gan y grŵp lleiaf %Ln cofnod.</numerusform>
            <numerusform>Mae gan y grŵp lleiaf %Ln o gofnodion.</numerusform>
            <numerusform>Mae gan y grŵp lleiaf %Ln chofnod.</numerusform>
            <numerusform>Mae gan y grŵp lleiaf %Ln cofnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) are unique.</source>
        <translation>
            <numerusform>Mae %Ln cofnod yn unigryw.</numerusform>
            <numerusform>Mae %Ln cofnod yn unigryw.</numerusform>
            <numerusform>Mae %Ln o gofnodion yn unigryw.</numerusform>
            <numerusform>Mae %Ln chofnod yn unigryw.</numerusform>
            <numerusform>Mae %Ln cofnod yn unigryw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) are in groups smaller than %1.</source>
        <translation>
            <numerusform>Mae %Ln cofnod mewn grwpiau llai na %1.</numerusform>
            <numerusform>Mae %Ln cofnod mewn grwpiau llai na %1.</numerusform>
            <numerusform>Mae %Ln o gofnodion mewn grwpiau llai na %1.</numerusform>
            <numerusform>Mae %Ln chofnod mewn grwpiau llai na %1.</numerusform>
            <numerusform>Mae %Ln cofnod mewn grwpiau llai na %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-identification risk: %1</source>
        <translation>Risg ail-adnabod: %1</translation>
    </message>
    <message>
        <source>Sealed under a passphrase, for %1; the passphrase goes by another route</source>
        <translation>Wedi&apos;i selio dan gyfrinymadrodd, ar gyfer %1; mae&apos;r cyfrinymadrodd yn mynd ar hyd llwybr arall</translation>
    </message>
</context>
<context>
    <name>ShareRecord</name>
    <message>
        <source>The approval record is damaged: &quot;%1&quot; is not a hash.</source>
        <translation>Mae cofnod y gymeradwyaeth wedi&apos;i ddifrodi: nid yw &quot;%1&quot; yn stwnsh.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Wedi&apos;i anfon yn ôl</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Wedi&apos;i selio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>The approval record is damaged: a part of what it approves is missing.</source>
        <translation>Mae cofnod y gymeradwyaeth wedi&apos;i ddifrodi: mae rhan o&apos;r hyn y mae&apos;n ei gymeradwyo ar goll.</translation>
    </message>
    <message>
        <source>the agreement (it has a new version since the approval)</source>
        <translation>y cytundeb (mae fersiwn newydd ohono ers y gymeradwyaeth)</translation>
    </message>
    <message>
        <source>the redaction rules</source>
        <translation>y rheolau golygu</translation>
    </message>
    <message>
        <source>the redacted data (the file or the key has changed)</source>
        <translation>y data wedi&apos;i olygu (mae&apos;r ffeil neu&apos;r allwedd wedi newid)</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>y derbynwyr</translation>
    </message>
    <message>
        <source>the person sealing it (only the preparer may seal)</source>
        <translation>y person sy&apos;n ei selio (dim ond y person a&apos;i paratôdd gaiff ei selio)</translation>
    </message>
</context>
<context>
    <name>ShareStore</name>
    <message>
        <source>Could not read or change the shares in the history (%1).</source>
        <translation>Nid oedd modd darllen na newid y rhanniadau yn yr hanes (%1).</translation>
    </message>
    <message>
        <source>There is no share &quot;%1&quot; in this history. Check the number (sharewise-cli share list shows them).</source>
        <translation>Nid oes rhanniad &quot;%1&quot; yn yr hanes hwn. Gwiriwch y rhif (mae sharewise-cli share list yn eu dangos).</translation>
    </message>
    <message>
        <source>Someone changed this share since you opened it. Open it again to see its current state, then try again.</source>
        <translation>Mae rhywun wedi newid y rhanniad hwn ers i chi ei agor. Agorwch ef eto i weld ei statws presennol, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Share %1 is &quot;%2&quot;, so it cannot be %3.</source>
        <translation>Statws rhanniad %1 yw &quot;%2&quot;, felly nid oes modd %3.</translation>
    </message>
    <message>
        <source>A share needs an agreement.</source>
        <translation>Mae angen cytundeb ar gyfer rhanniad.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ei newid</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>ei gyflwyno i&apos;w adolygu</translation>
    </message>
    <message>
        <source>The review request has nothing to review (it was never submitted).</source>
        <translation>Nid oes dim i&apos;w adolygu yn y cais adolygu (ni chafodd y rhanniad erioed ei gyflwyno).</translation>
    </message>
    <message>
        <source>This share is already in your history (share %1).</source>
        <translation>Mae&apos;r rhanniad hwn yn eich hanes eisoes (rhanniad %1).</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ei adolygu</translation>
    </message>
    <message>
        <source>You prepared this share, so you cannot review it: another IG lead must approve or send it back (four eyes).</source>
        <translation>Chi a baratôdd y rhanniad hwn, felly ni allwch ei adolygu: rhaid i arweinydd llywodraethu gwybodaeth arall ei gymeradwyo neu ei anfon yn ôl (egwyddor pedwar llygad).</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>ei selio</translation>
    </message>
    <message>
        <source>This share&apos;s agreement needs an IG review before sealing: submit it for review first.</source>
        <translation>Mae angen adolygiad llywodraethu gwybodaeth ar gytundeb y rhanniad hwn cyn ei selio: cyflwynwch ef i&apos;w adolygu yn gyntaf.</translation>
    </message>
    <message>
        <source>The share differs from what was approved: %1.</source>
        <translation>Mae&apos;r rhanniad yn wahanol i&apos;r hyn a gymeradwywyd: %1.</translation>
    </message>
    <message>
        <source>Say how the bundle was sent (for example, &quot;DLUHC portal&quot;).</source>
        <translation>Nodwch sut cafodd y bwndel ei anfon (er enghraifft, &quot;porth DLUHC&quot;).</translation>
    </message>
    <message>
        <source>marked as sent</source>
        <translation>nodi ei fod wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>marked as received</source>
        <translation>nodi ei fod wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Say why the share is cancelled.</source>
        <translation>Nodwch pam mae&apos;r rhanniad yn cael ei ganslo.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ei ganslo</translation>
    </message>
    <message>
        <source>More than one share starts with &quot;%1&quot;: give more of its id.</source>
        <translation>Mae mwy nag un rhanniad yn dechrau â &quot;%1&quot;: rhowch fwy o&apos;i ddynodydd.</translation>
    </message>
</context>
<context>
    <name>SharesPdf</name>
    <message>
        <source>No shares match.</source>
        <translation>Nid oes rhanniadau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>The PDF cannot be made: the printing part of Sharewise did not start. Try again from the Sharewise window.</source>
        <translation>Ni ellir gwneud y PDF: ni ddechreuodd y rhan o Sharewise sy&apos;n argraffu. Rhowch gynnig arall arni o ffenestr Sharewise.</translation>
    </message>
    <message>
        <source>The PDF cannot be written (%1). Choose another folder.</source>
        <translation>Ni ellir ysgrifennu&apos;r PDF (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out. Check that fonts are installed and try again.</source>
        <translation>Nid oedd modd gosod y PDF. Gwiriwch fod ffontiau wedi&apos;u gosod a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The PDF could not be written (%1). Check there is space and try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF (%1). Gwiriwch fod lle ar gael a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Nid yw&apos;r ffeil yn bodoli.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a CSV or Excel file.</source>
        <translation>Ffolder yw hwn, nid ffeil. Dewiswch ffeil CSV neu Excel.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is not open in another program and that you may read it.</source>
        <translation>Nid oes modd darllen y ffeil (%1). Gwiriwch nad yw ar agor mewn rhaglen arall a bod gennych hawl i&apos;w darllen.</translation>
    </message>
</context>
<context>
    <name>WhyAsked</name>
    <message>
        <source>Why am I asked this?</source>
        <translation>Pam rydw i&apos;n cael fy holi am hyn?</translation>
    </message>
    <message>
        <source>Shows or hides why this step is needed</source>
        <translation>Yn dangos neu&apos;n cuddio pam mae angen y cam hwn</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>cell %1 holds more than 4 MB of text</source>
        <translation>mae cell %1 yn cynnwys mwy na 4 MB o destun</translation>
    </message>
    <message>
        <source>it has more than 100,000 sheets</source>
        <translation>mae ganddo fwy na 100,000 o ddalennau</translation>
    </message>
    <message>
        <source>it is an OpenDocument file but not a spreadsheet</source>
        <translation>ffeil OpenDocument yw hi, ond nid taenlen</translation>
    </message>
    <message>
        <source>the part “content.xml” is missing</source>
        <translation>mae&apos;r rhan “content.xml” ar goll</translation>
    </message>
    <message>
        <source>the part “content.xml” is damaged</source>
        <translation>mae&apos;r rhan “content.xml” wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>the sheet goes past row %L1</source>
        <translation>mae&apos;r ddalen yn mynd heibio i res %L1</translation>
    </message>
    <message>
        <source>the sheet goes past column %1 (column %L2)</source>
        <translation>mae&apos;r ddalen yn mynd heibio i golofn %1 (colofn %L2)</translation>
    </message>
    <message>
        <source>its text takes more than %1 MB</source>
        <translation>mae&apos;r testun yn cymryd mwy na %1 MB</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 cells with something in them</source>
        <translation>mae gan y ddalen fwy na %L1 o gelloedd sydd â rhywbeth ynddyn nhw</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rhes %1</translation>
    </message>
    <message>
        <source>its cells repeat so much text that reading it would give more than %1 MB</source>
        <translation>mae&apos;r celloedd yn ailadrodd cymaint o destun y byddai eu darllen yn rhoi mwy na %1 MB</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument (.ods)</source>
        <translation>OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>Excel 97–2003 (.xls)</source>
        <translation>Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>taenlen</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, dalen “%2”</translation>
    </message>
    <message>
        <source>This file cannot be read (%1). Check that it still exists and that you may open it.</source>
        <translation>Nid oes modd darllen y ffeil hon (%1). Gwiriwch ei bod yn dal i fodoli a bod gennych hawl i&apos;w hagor.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really an %1 workbook. Open it in your spreadsheet program, save a new copy, and choose that copy.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi, neu nid yw&apos;n llyfr gwaith %1 go iawn. Agorwch hi yn eich rhaglen taenlenni, cadwch gopi newydd, a dewiswch y copi hwnnw.</translation>
    </message>
    <message>
        <source>(What was wrong: %1.)</source>
        <translation>(Y broblem: %1.)</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Open it in Excel, save a copy without a password, and choose that copy.</source>
        <translation>Mae&apos;r llyfr gwaith hwn wedi&apos;i ddiogelu gan gyfrinair. Agorwch ef yn Excel, cadwch gopi heb gyfrinair, a dewiswch y copi hwnnw.</translation>
    </message>
    <message>
        <source>This workbook has no sheets of cells to read. Check that you chose the right file.</source>
        <translation>Nid oes gan y llyfr gwaith hwn ddalennau o gelloedd i&apos;w darllen. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>This workbook has no sheet called “%1”. Choose one of its sheets: %2.</source>
        <translation>Nid oes dalen o&apos;r enw “%1” yn y llyfr gwaith hwn. Dewiswch un o&apos;i ddalennau: %2.</translation>
    </message>
    <message>
        <source>This workbook is too large to read safely: %1. Split the data into smaller workbooks, or save the sheet as CSV, and choose that file.</source>
        <translation>Mae&apos;r llyfr gwaith hwn yn rhy fawr i&apos;w ddarllen yn ddiogel: %1. Rhannwch y data yn llyfrau gwaith llai, neu cadwch y ddalen fel CSV, a dewiswch y ffeil honno.</translation>
    </message>
    <message>
        <source>there is not enough memory to hold it</source>
        <translation>nid oes digon o gof i&apos;w ddal</translation>
    </message>
    <message>
        <source>it was not found</source>
        <translation>ni chafodd ei chanfod</translation>
    </message>
    <message>
        <source>it has no workbook inside</source>
        <translation>nid oes llyfr gwaith y tu mewn iddi</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Dalen %1</translation>
    </message>
    <message>
        <source>the sheet “%1” is damaged</source>
        <translation>mae&apos;r ddalen “%1” wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>the sheet says it has %L1 rows and %L2 columns</source>
        <translation>mae&apos;r ddalen yn dweud bod ganddi %L1 o resi a %L2 o golofnau</translation>
    </message>
    <message>
        <source>one of its texts is longer than 4 MB</source>
        <translation>mae un o&apos;r testunau yn hwy na 4 MB</translation>
    </message>
    <message>
        <source>it has more than %L1 different texts</source>
        <translation>mae ganddo fwy na %L1 o destunau gwahanol</translation>
    </message>
    <message>
        <source>a cell refers to a text that is not in the workbook</source>
        <translation>mae cell yn cyfeirio at destun nad yw yn y llyfr gwaith</translation>
    </message>
    <message>
        <source>the part “%1” is damaged</source>
        <translation>mae&apos;r rhan “%1” wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>it is in the older Excel 97–2003 form</source>
        <translation>mae hi yn yr hen ffurf Excel 97–2003</translation>
    </message>
    <message>
        <source>it has no workbook inside; it may be another kind of file</source>
        <translation>nid oes llyfr gwaith y tu mewn iddi; efallai ei bod yn fath arall o ffeil</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing</source>
        <translation>mae&apos;r ddalen “%1” ar goll</translation>
    </message>
    <message>
        <source>the file is too short to be a workbook</source>
        <translation>mae&apos;r ffeil yn rhy fyr i fod yn llyfr gwaith</translation>
    </message>
    <message>
        <source>its table of contents is missing; the file may have been cut short</source>
        <translation>mae tabl cynnwys y ffeil ar goll; efallai fod y ffeil wedi&apos;i thorri&apos;n fyr</translation>
    </message>
    <message>
        <source>the file uses the ZIP64 extension</source>
        <translation>mae&apos;r ffeil yn defnyddio&apos;r estyniad ZIP64</translation>
    </message>
    <message>
        <source>its table of contents is out of place</source>
        <translation>nid yw tabl cynnwys y ffeil yn y lle iawn</translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation>mae&apos;n cynnwys mwy na %1 o ffeiliau</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>mae tabl cynnwys y ffeil wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>the part “%1” is missing</source>
        <translation>mae&apos;r rhan “%1” ar goll</translation>
    </message>
    <message>
        <source>its part “%1” expands to more than %2 MB</source>
        <translation>mae&apos;r rhan “%1” yn ehangu i fwy na %2 MB</translation>
    </message>
    <message>
        <source>the part “%1” uses an unknown compression</source>
        <translation>mae&apos;r rhan “%1” yn defnyddio math anhysbys o gywasgu</translation>
    </message>
    <message>
        <source>The decompressor could not start.</source>
        <translation>Nid oedd modd cychwyn y datgywasgydd.</translation>
    </message>
    <message>
        <source>the file is larger than 512 MB</source>
        <translation>mae&apos;r ffeil yn fwy na 512 MB</translation>
    </message>
    <message>
        <source>its structure is damaged</source>
        <translation>mae ei strwythur wedi&apos;i ddifrodi</translation>
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
    <name>sharewise::ui::AddRecipientDialog</name>
    <message>
        <source>Load a key card</source>
        <translation>Llwytho cerdyn allwedd</translation>
    </message>
    <message>
        <source>Key cards (*.txt);;All files (*)</source>
        <translation>Cardiau allwedd (*.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The file could not be read as a key card: choose the .txt file your partner sent</source>
        <translation>Nid oedd modd darllen y ffeil fel cerdyn allwedd: dewiswch y ffeil .txt a anfonodd eich partner</translation>
    </message>
    <message>
        <source>Paste the key card your partner sent, or load it from its file</source>
        <translation>Gludwch y cerdyn allwedd a anfonodd eich partner, neu llwythwch ef o&apos;i ffeil</translation>
    </message>
    <message>
        <source>The key card is not complete or was changed: ask your partner to send it again</source>
        <translation>Nid yw&apos;r cerdyn allwedd yn gyflawn, neu cafodd ei newid: gofynnwch i&apos;ch partner ei anfon eto</translation>
    </message>
    <message>
        <source>Enter the organisation this key belongs to</source>
        <translation>Rhowch y sefydliad y mae&apos;r allwedd hon yn perthyn iddo</translation>
    </message>
    <message>
        <source>Enter the name of the person who holds this key</source>
        <translation>Rhowch enw deiliad yr allwedd hon</translation>
    </message>
    <message>
        <source>Add a partner&apos;s key</source>
        <translation>Ychwanegu allwedd partner</translation>
    </message>
    <message>
        <source>A key card is one line of text starting &quot;sharewise-key-1:&quot;. Your partner sends it to you, usually by email.</source>
        <translation>Un llinell o destun sy&apos;n dechrau â &quot;sharewise-key-1:&quot; yw cerdyn allwedd. Bydd eich partner yn ei anfon atoch, fel arfer drwy e-bost.</translation>
    </message>
    <message>
        <source>&amp;Key card</source>
        <translation>&amp;Cerdyn allwedd</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Cerdyn allwedd</translation>
    </message>
    <message>
        <source>&amp;Load from a file…</source>
        <translation>&amp;Llwytho o ffeil…</translation>
    </message>
    <message>
        <source>Load the key card from a file</source>
        <translation>Llwytho&apos;r cerdyn allwedd o ffeil</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>For example, Office for National Statistics</source>
        <translation>Er enghraifft, y Swyddfa Ystadegau Gwladol</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>For example, Alex Morgan</source>
        <translation>Er enghraifft, Alex Morgan</translation>
    </message>
    <message>
        <source>Fingerprint of this key card:</source>
        <translation>Ôl bys y cerdyn allwedd hwn:</translation>
    </message>
    <message>
        <source>The card says it belongs to &quot;%1&quot;. Anyone can write any name, which is why you check the fingerprint.</source>
        <extracomment>%1 is the name written inside the key card by its holder.</extracomment>
        <translation>Mae&apos;r cerdyn yn dweud ei fod yn perthyn i &quot;%1&quot;. Gall unrhyw un ysgrifennu unrhyw enw: dyna pam rydych chi&apos;n gwirio&apos;r ôl bys.</translation>
    </message>
    <message>
        <source>(shown when a complete key card is pasted)</source>
        <translation>(bydd yn cael ei ddangos pan fyddwch wedi gludo cerdyn allwedd cyflawn)</translation>
    </message>
    <message>
        <source>Phone the person on a number you already know (not one from the email that brought the card) and ask them to read out their fingerprint. Every group must match.</source>
        <translation>Ffoniwch y person ar rif rydych chi&apos;n ei wybod eisoes (nid rhif o&apos;r e-bost a ddaeth â&apos;r cerdyn) a gofynnwch iddyn nhw ddarllen eu hôl bys yn uchel. Rhaid i bob grŵp gyfateb.</translation>
    </message>
    <message>
        <source>I have &amp;checked this fingerprint with them</source>
        <translation>Rydw i wedi &amp;gwirio&apos;r ôl bys hwn gyda nhw</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with them</source>
        <translation>Rydw i wedi gwirio&apos;r ôl bys hwn gyda nhw</translation>
    </message>
    <message>
        <source>&amp;Accept the new key: they confirmed it by phone</source>
        <translation>&amp;Derbyn yr allwedd newydd: maen nhw wedi&apos;i chadarnhau dros y ffôn</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Derbyn yr allwedd newydd</translation>
    </message>
    <message>
        <source>Add the key</source>
        <translation>Ychwanegu&apos;r allwedd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementEditorDialog</name>
    <message>
        <source>Not signed yet</source>
        <translation>Heb ei lofnodi eto</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose a paragraph…</source>
        <translation>Dewis paragraff…</translation>
    </message>
    <message>
        <source>Not needed</source>
        <extracomment>The Schedule 1 column, for a condition that needs no Schedule 1 paragraph.</extracomment>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>Choose the lawful basis from UK GDPR Article 6 that the sharing relies on. Councils sharing for their statutory duties usually rely on public task.</source>
        <translation>Dewiswch y sail gyfreithlon o Erthygl 6 GDPR y DU y mae&apos;r rhannu&apos;n dibynnu arni. Mae cynghorau sy&apos;n rhannu ar gyfer eu dyletswyddau statudol fel arfer yn dibynnu ar dasg gyhoeddus.</translation>
    </message>
    <message>
        <source>Typically used: %1</source>
        <extracomment>%1 says when a lawful basis typically applies.</extracomment>
        <translation>Defnydd arferol: %1</translation>
    </message>
    <message>
        <source>A public authority cannot rely on this basis for its own public tasks.</source>
        <translation>Ni all awdurdod cyhoeddus ddibynnu ar y sail hon ar gyfer ei dasgau cyhoeddus ei hun.</translation>
    </message>
    <message>
        <source>This condition also needs a paragraph of Schedule 1 to the Data Protection Act 2018: choose it in the Schedule 1 column.</source>
        <translation>Mae&apos;r amod hwn hefyd angen paragraff o Atodlen 1 i Ddeddf Diogelu Data 2018: dewiswch ef yng ngholofn Atodlen 1.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partïon</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Sail gyfreithiol</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Eitemau data</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Trin y data</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>AEDD</translation>
    </message>
    <message>
        <source>Dates and sign-offs</source>
        <translation>Dyddiadau a llofnodion</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Allbynnau</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>%1 (to confirm)</source>
        <extracomment>A section of the agreement editor with proposals the user has not confirmed.</extracomment>
        <translation>%1 (i&apos;w gadarnhau)</translation>
    </message>
    <message>
        <source>Made from the template %1</source>
        <translation>Wedi&apos;i wneud o&apos;r templed %1</translation>
    </message>
    <message>
        <source>You have not changed anything: change the agreement, or choose Cancel</source>
        <translation>Nid ydych wedi newid dim: newidiwch y cytundeb, neu dewiswch Canslo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Schedule 1 paragraph</source>
        <translation>Paragraff Atodlen 1</translation>
    </message>
    <message>
        <source>Why it applies</source>
        <translation>Pam mae&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Pŵer</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>Eitem ddata</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Least redaction</source>
        <translation>Y golygu lleiaf</translation>
    </message>
    <message>
        <source>To at least</source>
        <translation>O leiaf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Dyddiad llofnodi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Allbwn</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Checked by phone</source>
        <translation>Gwiriwyd dros y ffôn</translation>
    </message>
    <message>
        <source>Fingerprint not checked yet</source>
        <translation>Ôl bys heb ei wirio eto</translation>
    </message>
    <message>
        <source>Revoked: nothing can be sent to this key</source>
        <translation>Wedi&apos;i dirymu: ni ellir anfon dim i&apos;r allwedd hon</translation>
    </message>
    <message>
        <source>Not in your recipients directory</source>
        <translation>Nid yw yn eich cyfeiriadur derbynwyr</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Cytundeb newydd</translation>
    </message>
    <message>
        <source>Edit agreement %1 (version %2)</source>
        <translation>Newid cytundeb %1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>Fill in each section; the list on the left moves between them. Parts marked Proposed were filled in by a template or the Agreement helper: check each one and choose Confirm.</source>
        <translation>Llenwch bob adran; mae&apos;r rhestr ar y chwith yn symud rhyngddynt. Cafodd y rhannau sydd wedi&apos;u marcio&apos;n Arfaethedig eu llenwi gan dempled neu gan y Cynorthwyydd cytundeb: gwiriwch bob un a dewiswch Cadarnhau.</translation>
    </message>
    <message>
        <source>Sections of the agreement</source>
        <translation>Adrannau&apos;r cytundeb</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Cyfeirnod</translation>
    </message>
    <message>
        <source>The short reference you and your partners use for this agreement, for example DSA-2026-014. At most 64 characters.</source>
        <translation>Y cyfeirnod byr rydych chi a&apos;ch partneriaid yn ei ddefnyddio ar gyfer y cytundeb hwn, er enghraifft DSA-2026-014. 64 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>change it with Make active, Suspend or End in the register</source>
        <translation>newidiwch ef gyda Gwneud yn weithredol, Atal neu Terfynu yn y gofrestr</translation>
    </message>
    <message>
        <source>Made from the template: %1</source>
        <extracomment>%1 is the title of the template the agreement was made from.</extracomment>
        <translation>Wedi&apos;i wneud o&apos;r templed: %1</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <source>In plain English: why the data is shared and what the recipient does with it.</source>
        <translation>Mewn iaith glir: pam mae&apos;r data&apos;n cael ei rannu a beth mae&apos;r derbynnydd yn ei wneud ag ef.</translation>
    </message>
    <message>
        <source>Expected &amp;benefits</source>
        <translation>&amp;Manteision disgwyliedig</translation>
    </message>
    <message>
        <source>What the sharing achieves, including for the council and the people the data is about.</source>
        <translation>Beth mae&apos;r rhannu&apos;n ei gyflawni, gan gynnwys i&apos;r cyngor ac i&apos;r bobl y mae&apos;r data&apos;n ymwneud â nhw.</translation>
    </message>
    <message>
        <source>What it will &amp;not be used for</source>
        <translation>At beth na &amp;fydd yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>For example: not for immigration enforcement, benefit decisions about individuals, or funding allocations.</source>
        <translation>Er enghraifft: nid ar gyfer gorfodi mewnfudo, penderfyniadau budd-daliadau am unigolion, na dyrannu cyllid.</translation>
    </message>
    <message>
        <source>Every organisation in the agreement and its role. A controller decides why and how the data is used; joint controllers decide together; a processor acts only on a controller&apos;s instructions. Name a contact for each.</source>
        <translation>Pob sefydliad yn y cytundeb a&apos;i rôl. Mae rheolydd yn penderfynu pam a sut mae&apos;r data&apos;n cael ei ddefnyddio; mae cyd-reolwyr yn penderfynu gyda&apos;i gilydd; dim ond ar gyfarwyddiadau rheolydd y mae prosesydd yn gweithredu. Enwch gyswllt ar gyfer pob un.</translation>
    </message>
    <message>
        <source>&amp;Lawful basis (UK GDPR Article 6)</source>
        <translation>&amp;Sail gyfreithlon (Erthygl 6 GDPR y DU)</translation>
    </message>
    <message>
        <source>Why this basis &amp;applies here</source>
        <translation>Pam mae&apos;r sail hon yn &amp;berthnasol yma</translation>
    </message>
    <message>
        <source>Special category conditions (Article 9)</source>
        <translation>Amodau data categori arbennig (Erthygl 9)</translation>
    </message>
    <message>
        <source>Needed when the data includes health, ethnicity, religion, sexual orientation, biometric or genetic data, political opinions or trade union membership.</source>
        <translation>Eu hangen pan fydd y data&apos;n cynnwys data am iechyd, ethnigrwydd, crefydd, cyfeiriadedd rhywiol, data biometrig neu enetig, barn wleidyddol neu aelodaeth o undeb llafur.</translation>
    </message>
    <message>
        <source>Special category conditions</source>
        <translation>Amodau data categori arbennig</translation>
    </message>
    <message>
        <source>Criminal offence conditions (Article 10)</source>
        <translation>Amodau data troseddau (Erthygl 10)</translation>
    </message>
    <message>
        <source>Needed when the data includes offences, allegations or convictions.</source>
        <translation>Eu hangen pan fydd y data&apos;n cynnwys troseddau, honiadau neu euogfarnau.</translation>
    </message>
    <message>
        <source>Criminal offence conditions</source>
        <translation>Amodau data troseddau</translation>
    </message>
    <message>
        <source>Statutory powers</source>
        <translation>Pwerau statudol</translation>
    </message>
    <message>
        <source>The Acts and sections that allow the council to share this data.</source>
        <translation>Y Deddfau a&apos;r adrannau sy&apos;n caniatáu i&apos;r cyngor rannu&apos;r data hwn.</translation>
    </message>
    <message>
        <source>The data items the agreement allows, one per column of the data. A file&apos;s column matches an item by its name or one of the names it is also called (separate them with commas). Each item must be redacted at least as strongly as its least redaction says, for example a date of birth to the month.</source>
        <translation>Yr eitemau data y mae&apos;r cytundeb yn eu caniatáu, un ar gyfer pob colofn o&apos;r data. Mae colofn mewn ffeil yn cyfateb i eitem drwy ei henw neu un o&apos;i henwau eraill (gwahanwch nhw â chomâu). Rhaid golygu pob eitem o leiaf mor gryf ag y mae ei golygu lleiaf yn ei ddweud, er enghraifft dyddiad geni i&apos;r mis.</translation>
    </message>
    <message>
        <source>How &amp;often data is shared</source>
        <translation>Pa mor &amp;aml y caiff data ei rannu</translation>
    </message>
    <message>
        <source>&amp;Retention and deletion</source>
        <translation>&amp;Cadw a dileu</translation>
    </message>
    <message>
        <source>How long the recipient keeps the data, and how it is deleted.</source>
        <translation>Am ba hyd y mae&apos;r derbynnydd yn cadw&apos;r data, a sut mae&apos;n cael ei ddileu.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Diogelwch</translation>
    </message>
    <message>
        <source>The security standards the recipient meets, for example Cyber Essentials Plus.</source>
        <translation>Y safonau diogelwch y mae&apos;r derbynnydd yn eu bodloni, er enghraifft Cyber Essentials Plus.</translation>
    </message>
    <message>
        <source>&amp;Transfer method</source>
        <translation>Dull &amp;trosglwyddo</translation>
    </message>
    <message>
        <source>Individuals&apos; &amp;rights and complaints</source>
        <translation>&amp;Hawliau unigolion a chwynion</translation>
    </message>
    <message>
        <source>How people can see their data, object, or complain, and who answers.</source>
        <translation>Sut y gall pobl weld eu data, gwrthwynebu neu gwyno, a phwy sy&apos;n ateb.</translation>
    </message>
    <message>
        <source>DPIA &amp;status</source>
        <translation>&amp;Statws yr AEDD</translation>
    </message>
    <message>
        <source>A data protection impact assessment (DPIA) is needed when the sharing is likely to be high risk to people, for example matching data from several sources.</source>
        <translation>Mae angen asesiad o&apos;r effaith ar ddiogelu data (AEDD) pan fydd y rhannu&apos;n debygol o beri risg uchel i bobl, er enghraifft paru data o sawl ffynhonnell.</translation>
    </message>
    <message>
        <source>DPIA &amp;reference</source>
        <translation>&amp;Cyfeirnod yr AEDD</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>The screening answered yes to:</source>
        <translation>Atebodd y sgrinio &quot;Ie&quot; i:</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Yn &amp;dechrau ar</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>Yn &amp;gorffen ar</translation>
    </message>
    <message>
        <source>Leave it as No end date for an open-ended agreement. An active agreement past its end date shows as expired.</source>
        <translation>Gadewch ef fel Dim dyddiad gorffen ar gyfer cytundeb penagored. Mae cytundeb gweithredol sydd wedi mynd heibio i&apos;w ddyddiad gorffen yn cael ei ddangos fel un sydd wedi dod i ben.</translation>
    </message>
    <message>
        <source>Re&amp;view due on</source>
        <translation>Adolygiad yn ddyledus &amp;erbyn</translation>
    </message>
    <message>
        <source>The register reminds you three months before.</source>
        <translation>Mae&apos;r gofrestr yn eich atgoffa dri mis ymlaen llaw.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Dim dyddiad gorffen</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>Who signs the agreement for each party: the Senior Information Risk Owner (SIRO), the Data Protection Officer (DPO), the Caldicott Guardian for health and care data, or another role (say which in Job title).</source>
        <translation>Pwy sy&apos;n llofnodi&apos;r cytundeb ar gyfer pob parti: yr Uwch Berchennog Risg Gwybodaeth (SIRO), y Swyddog Diogelu Data (DPO), y Gwarcheidwad Caldicott ar gyfer data iechyd a gofal, neu rôl arall (dywedwch pa un yn Teitl swydd).</translation>
    </message>
    <message>
        <source>What the recipient promises to give back (statistics, dashboards, linked results) and when. Sharewise reminds you when they are due.</source>
        <translation>Beth mae&apos;r derbynnydd yn addo ei roi yn ôl (ystadegau, dangosfyrddau, canlyniadau wedi&apos;u cysylltu) a phryd. Mae Sharewise yn eich atgoffa pan fyddant yn ddyledus.</translation>
    </message>
    <message>
        <source>Tick the organisations that may receive data under this agreement; a share can go to no one else. The list is your recipients directory: add a partner&apos;s key there first.</source>
        <translation>Ticiwch y sefydliadau a gaiff dderbyn data o dan y cytundeb hwn; ni all rhanniad fynd i neb arall. Eich cyfeiriadur derbynwyr yw&apos;r rhestr: ychwanegwch allwedd partner yno yn gyntaf.</translation>
    </message>
    <message>
        <source>Each share needs &amp;IG review before it is sealed</source>
        <translation>Mae angen adolygiad &amp;llywodraethu gwybodaeth ar bob rhanniad cyn ei selio</translation>
    </message>
    <message>
        <source>Untick only for routine returns that your information governance lead allows to be sealed at once.</source>
        <translation>Dad-diciwch dim ond ar gyfer ffurflenni arferol y mae eich arweinydd llywodraethu gwybodaeth yn caniatáu eu selio ar unwaith.</translation>
    </message>
    <message>
        <source>Proposed — confirm.</source>
        <translation>Arfaethedig — cadarnhewch.</translation>
    </message>
    <message>
        <source>Sharewise suggested this from a template or the Agreement helper. Check it, change it if needed, then choose Confirm.</source>
        <translation>Awgrymodd Sharewise hyn o dempled neu o&apos;r Cynorthwyydd cytundeb. Gwiriwch ef, newidiwch ef os oes angen, yna dewiswch Cadarnhau.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Confirm the proposal</source>
        <translation>Cadarnhau&apos;r cynnig</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Tynnu&apos;r rhes</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ychwanegu rhes at %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd o %1</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Cadw&apos;r drafft</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Cadw fel fersiwn newydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Other identifier, as text</source>
        <translation>Dynodydd arall, fel testun</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date an output is due back</comment>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Receives by passphrase</source>
        <translation>Derbyn drwy gyfrinymadrodd</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Dim allwedd</translation>
    </message>
    <message>
        <source>A partner with no Sharewise key can still be named: shares to them are sealed under a passphrase, which the officer sends them by another route, such as a phone call.</source>
        <translation>Gellir enwi partner heb allwedd Sharewise o hyd: caiff rhanniadau iddynt eu selio dan gyfrinymadrodd, y mae&apos;r swyddog yn ei anfon atynt ar hyd llwybr arall, fel galwad ffôn.</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Sef&amp;ydliad:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Cy&amp;swllt:</translation>
    </message>
    <message>
        <source>Add without a &amp;key</source>
        <translation>Ychwanegu heb &amp;allwedd</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <extracomment>A control in a table, named for a screen reader: its column&apos;s heading, then its row&apos;s number.</extracomment>
        <translation>%1, rhes %2</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementHelperWizard</name>
    <message>
        <source>Enter the agreement&apos;s reference, for example &quot;DSA-2026-014&quot;.</source>
        <translation>Rhowch gyfeirnod y cytundeb, er enghraifft &quot;DSA-2026-014&quot;.</translation>
    </message>
    <message>
        <source>The register already has an agreement %1: choose another reference, or edit that agreement instead.</source>
        <translation>Mae gan y gofrestr gytundeb %1 yn barod: dewiswch gyfeirnod arall, neu newidiwch y cytundeb hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <source>Enter a title that says what is shared, for example &quot;Homelessness case-level return&quot;.</source>
        <translation>Rhowch deitl sy&apos;n dweud beth sy&apos;n cael ei rannu, er enghraifft &quot;Ffurflen ddigartrefedd ar lefel achosion&quot;.</translation>
    </message>
    <message>
        <source>Enter the organisation that will receive the data.</source>
        <translation>Rhowch y sefydliad a fydd yn derbyn y data.</translation>
    </message>
    <message>
        <source>Say in plain words what the data will be used for.</source>
        <translation>Dywedwch mewn geiriau clir at beth y bydd y data&apos;n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>About the sharing</source>
        <translation>Am y rhannu</translation>
    </message>
    <message>
        <source>This helper asks plain questions and suggests the legal parts of the agreement, with the reason for each. Nothing it suggests is settled: your information governance lead confirms each part before the agreement can be used.</source>
        <translation>Mae&apos;r cynorthwyydd hwn yn gofyn cwestiynau clir ac yn awgrymu rhannau cyfreithiol y cytundeb, gyda&apos;r rheswm dros bob un. Nid oes dim y mae&apos;n ei awgrymu wedi&apos;i benderfynu: mae eich arweinydd llywodraethu gwybodaeth yn cadarnhau pob rhan cyn y gellir defnyddio&apos;r cytundeb.</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Cyfei&amp;rnod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Who decides what the data is used for?</source>
        <translation>Pwy sy&apos;n penderfynu at beth y defnyddir y data?</translation>
    </message>
    <message>
        <source>The receiving organisation decides, for its own duties</source>
        <translation>Y sefydliad sy&apos;n derbyn sy&apos;n penderfynu, ar gyfer ei ddyletswyddau ei hun</translation>
    </message>
    <message>
        <source>We decide together, for a shared purpose</source>
        <translation>Rydym yn penderfynu gyda&apos;n gilydd, ar gyfer diben a rennir</translation>
    </message>
    <message>
        <source>The receiving organisation only acts on our instructions</source>
        <translation>Dim ond ar ein cyfarwyddiadau ni y mae&apos;r sefydliad sy&apos;n derbyn yn gweithredu</translation>
    </message>
    <message>
        <source>What will the data be &amp;used for?</source>
        <translation>At &amp;beth y bydd y data&apos;n cael ei ddefnyddio?</translation>
    </message>
    <message>
        <source>What good will it do, including for the council? (&amp;optional)</source>
        <translation>Pa les a wnaiff, gan gynnwys i&apos;r cyngor? (de&amp;wisol)</translation>
    </message>
    <message>
        <source>DSA-2026-014</source>
        <translation>DSA-2026-014</translation>
    </message>
    <message>
        <source>Does the sharing need a DPIA?</source>
        <translation>A oes angen AEDD ar y rhannu?</translation>
    </message>
    <message>
        <source>A data protection impact assessment (DPIA) is needed before sharing that is likely to put people at high risk. Answer each question; &quot;Not sure&quot; is a fair answer and is recorded as one.</source>
        <translation>Mae angen asesiad o&apos;r effaith ar ddiogelu data (AEDD) cyn rhannu sy&apos;n debygol o roi pobl mewn risg uchel. Atebwch bob cwestiwn; mae &quot;Ddim yn siŵr&quot; yn ateb teg ac yn cael ei gofnodi felly.</translation>
    </message>
    <message>
        <source>Questions about the sharing</source>
        <translation>Cwestiynau am y rhannu</translation>
    </message>
    <message>
        <source>Answer what you know; leave a question unanswered or choose &quot;Not sure&quot; if you do not. Each answer suggests part of the legal basis, which your information governance lead confirms.</source>
        <translation>Atebwch yr hyn rydych chi&apos;n ei wybod; gadewch gwestiwn heb ei ateb neu dewiswch &quot;Ddim yn siŵr&quot; os nad ydych. Mae pob ateb yn awgrymu rhan o&apos;r sail gyfreithiol, y mae eich arweinydd llywodraethu gwybodaeth yn ei chadarnhau.</translation>
    </message>
    <message>
        <source>What the answers suggest</source>
        <translation>Beth mae&apos;r atebion yn ei awgrymu</translation>
    </message>
    <message>
        <source>These are proposals, not decisions. Finish records the agreement as a draft with each of them marked &quot;Proposed&quot;; it cannot be made active until your information governance lead has confirmed them.</source>
        <translation>Cynigion yw&apos;r rhain, nid penderfyniadau. Mae Gorffen yn cofnodi&apos;r cytundeb fel drafft gyda phob un wedi&apos;i farcio&apos;n &quot;Arfaethedig&quot;; ni ellir ei wneud yn weithredol nes bod eich arweinydd llywodraethu gwybodaeth wedi&apos;u cadarnhau.</translation>
    </message>
    <message>
        <source>Your answers do not suggest a legal basis yet. Go back and answer more of the questions, or record the legal basis in the agreement with your information governance lead.</source>
        <translation>Nid yw eich atebion yn awgrymu sail gyfreithiol eto. Ewch yn ôl ac atebwch ragor o&apos;r cwestiynau, neu cofnodwch y sail gyfreithiol yn y cytundeb gyda&apos;ch arweinydd llywodraethu gwybodaeth.</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Arfaethedig:</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Asesiad o&apos;r effaith ar ddiogelu data</translation>
    </message>
    <message>
        <source>Lawful basis (UK GDPR Article 6)</source>
        <translation>Sail gyfreithlon (Erthygl 6 GDPR y DU)</translation>
    </message>
    <message>
        <source>Conditions for special category data (Article 9)</source>
        <translation>Amodau ar gyfer data categori arbennig (Erthygl 9)</translation>
    </message>
    <message>
        <source>Conditions for criminal offence data (Article 10)</source>
        <translation>Amodau ar gyfer data troseddau (Erthygl 10)</translation>
    </message>
    <message>
        <source>Statutory powers relied on</source>
        <translation>Pwerau statudol y dibynnir arnynt</translation>
    </message>
    <message>
        <source>Made with the Agreement helper; the legal fields are proposals to confirm.</source>
        <translation>Wedi&apos;i wneud gyda&apos;r Cynorthwyydd cytundeb; mae&apos;r meysydd cyfreithiol yn gynigion i&apos;w cadarnhau.</translation>
    </message>
    <message>
        <source>Agreement helper</source>
        <translation>Cynorthwyydd cytundeb</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Organisation receiving the &amp;data:</source>
        <translation>Y sefydliad sy&apos;n derbyn y &amp;data:</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <source>The lawful bases and conditions the answers suggest, each with its reason.</source>
        <translation>Y seiliau cyfreithlon a&apos;r amodau y mae&apos;r atebion yn eu hawgrymu, pob un gyda&apos;i reswm.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementKeysDialog</name>
    <message>
        <source>You have no identity in Sharewise yet, and you need one to make or hold agreement keys. Choose Settings, then My identity, to create one.</source>
        <translation>Nid oes gennych hunaniaeth yn Sharewise eto, ac mae angen un arnoch i greu neu ddal allweddi cytundeb. Dewiswch Gosodiadau, yna Fy hunaniaeth, i greu un.</translation>
    </message>
    <message>
        <source>Nobody: only the recovery copy</source>
        <translation>Neb: dim ond y copi adfer</translation>
    </message>
    <message numerus="yes">
        <source>%n (you among them)</source>
        <translation>
            <numerusform>%n (gan eich cynnwys chi)</numerusform>
            <numerusform>%n (chi)</numerusform>
            <numerusform>%n (gan eich cynnwys chi)</numerusform>
            <numerusform>%n (gan eich cynnwys chi)</numerusform>
            <numerusform>%n (gan eich cynnwys chi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>A holder of a key who is the user. %1 is their name.</extracomment>
        <translation>%1 (chi)</translation>
    </message>
    <message>
        <source>Holds it</source>
        <translation>Yn ei dal</translation>
    </message>
    <message>
        <source>Taken back: %1 (by %2, %3)</source>
        <translation>Tynnwyd yn ôl: %1 (gan %2, %3)</translation>
    </message>
    <message>
        <source>Agreement %1 has its pseudonymisation key (key %2), and you hold it.</source>
        <translation>Mae gan gytundeb %1 ei allwedd ffugenwi (allwedd %2), ac rydych chi&apos;n ei dal.</translation>
    </message>
    <message>
        <source>You have no identity in Sharewise, so the key can be given only with its recovery passphrase. Ask your information governance lead to type it.</source>
        <translation>Nid oes gennych hunaniaeth yn Sharewise, felly dim ond gyda&apos;i chyfrinymadrodd adfer y gellir rhoi&apos;r allwedd. Gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth ei deipio.</translation>
    </message>
    <message>
        <source>Your identity is locked, so your copy of the key cannot be opened. Enter the key&apos;s recovery passphrase, or cancel, unlock your identity in Settings, My identity, and try again.</source>
        <translation>Mae eich hunaniaeth wedi&apos;i chloi, felly nid oes modd agor eich copi o&apos;r allwedd. Rhowch gyfrinymadrodd adfer yr allwedd, neu canslwch, datglowch eich hunaniaeth drwy ddewis Gosodiadau, yna Fy hunaniaeth, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>You do not hold this key yourself, so it can be given only with its recovery passphrase. Ask your information governance lead to type it.</source>
        <translation>Nid ydych chi&apos;n dal yr allwedd hon eich hun, felly dim ond gyda&apos;i chyfrinymadrodd adfer y gellir ei rhoi. Gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth ei deipio.</translation>
    </message>
    <message>
        <source>The key of agreement %1 was taken back from %2.</source>
        <translation>Tynnwyd allwedd cytundeb %1 yn ôl oddi wrth %2.</translation>
    </message>
    <message>
        <source>The key of agreement %1 was taken back from %2. Nobody holds it now: only its recovery passphrase can give it again.</source>
        <translation>Tynnwyd allwedd cytundeb %1 yn ôl oddi wrth %2. Nid oes neb yn ei dal nawr: dim ond ei chyfrinymadrodd adfer all ei rhoi eto.</translation>
    </message>
    <message>
        <source>No one holds an agreement key: there is nothing to hand over.</source>
        <translation>Nid oes neb yn dal allwedd cytundeb: nid oes dim i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>The recovery copy of the key of agreement %1 was saved as %2. Keep it away from this computer, and its passphrase apart from it: together they open the key.</source>
        <translation>Cafodd copi adfer allwedd cytundeb %1 ei gadw fel %2. Cadwch ef oddi ar y cyfrifiadur hwn, a chadwch ei gyfrinymadrodd ar wahân iddo: gyda&apos;i gilydd, maen nhw&apos;n agor yr allwedd.</translation>
    </message>
    <message>
        <source>Choose the recovery copy of an agreement key</source>
        <translation>Dewiswch gopi adfer allwedd cytundeb</translation>
    </message>
    <message>
        <source>The recovery copy %1 cannot be read (%2). Check the file and try again.</source>
        <translation>Nid oes modd darllen y copi adfer %1 (%2). Gwiriwch y ffeil a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 is not a recovery copy of an agreement key: it is far too large. Choose the file that was saved as the recovery copy.</source>
        <translation>Nid yw %1 yn gopi adfer o allwedd cytundeb: mae&apos;n llawer rhy fawr. Dewiswch y ffeil a gadwyd fel y copi adfer.</translation>
    </message>
    <message>
        <source>Your identity is still being loaded from this computer&apos;s password store. Try again in a moment.</source>
        <translation>Mae eich hunaniaeth yn dal i gael ei llwytho o storfa gyfrineiriau&apos;r cyfrifiadur hwn. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Your identity is locked, so your copy of the key cannot be opened. Choose Settings, then My identity, and unlock it; then try again.</source>
        <translation>Mae eich hunaniaeth wedi&apos;i chloi, felly nid oes modd agor eich copi o&apos;r allwedd. Dewiswch Gosodiadau, yna Fy hunaniaeth, a datglowch hi; yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your copy of the key of agreement %1 opens with your identity, and it is the agreement&apos;s key (key %2).</source>
        <translation>Mae eich copi o allwedd cytundeb %1 yn agor gyda&apos;ch hunaniaeth, a dyma allwedd y cytundeb (allwedd %2).</translation>
    </message>
    <message>
        <source>Agreement keys</source>
        <translation>Allweddi cytundebau</translation>
    </message>
    <message>
        <source>Each agreement has one pseudonymisation key, so that everyone sharing under it turns the same identifier into the same pseudonym. Sharewise keeps it only locked: a copy for each person who holds it, opened by their identity, and a recovery copy under your information governance lead&apos;s passphrase. Every change here is recorded in the history.</source>
        <translation>Mae gan bob cytundeb un allwedd ffugenwi, er mwyn i bawb sy&apos;n rhannu dano droi&apos;r un dynodydd yn yr un ffugenw. Dim ond dan glo y mae Sharewise yn ei chadw: copi ar gyfer pob person sy&apos;n ei dal, sy&apos;n cael ei agor gan ei hunaniaeth, a chopi adfer dan gyfrinymadrodd eich arweinydd llywodraethu gwybodaeth. Caiff pob newid yma ei gofnodi yn yr hanes.</translation>
    </message>
    <message>
        <source>You are %1 (fingerprint %2). Your identity opens your copies of keys.</source>
        <translation>Chi yw %1 (ôl bys %2). Mae eich hunaniaeth yn agor eich copïau o allweddi.</translation>
    </message>
    <message>
        <source>Loading your identity from this computer&apos;s password store…</source>
        <translation>Wrthi&apos;n llwytho eich hunaniaeth o storfa gyfrineiriau&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Your identity could not be loaded from this computer&apos;s password store (%1), so your copies of keys cannot be opened. Where a key is needed, its recovery passphrase can be used instead.</source>
        <translation>Nid oedd modd llwytho eich hunaniaeth o storfa gyfrineiriau&apos;r cyfrifiadur hwn (%1), felly nid oes modd agor eich copïau o allweddi. Lle mae angen allwedd, gellir defnyddio ei chyfrinymadrodd adfer yn lle hynny.</translation>
    </message>
    <message>
        <source>Your identity is kept in a protected file and is locked, so your copies of keys cannot be opened. Choose Settings, then My identity, and unlock it. Where a key is needed, its recovery passphrase can be used instead.</source>
        <translation>Caiff eich hunaniaeth ei chadw mewn ffeil wedi&apos;i diogelu ac mae wedi&apos;i chloi, felly nid oes modd agor eich copïau o allweddi. Dewiswch Gosodiadau, yna Fy hunaniaeth, a datglowch hi. Lle mae angen allwedd, gellir defnyddio ei chyfrinymadrodd adfer yn lle hynny.</translation>
    </message>
    <message>
        <source>&amp;Agreements with a key</source>
        <translation>&amp;Cytundebau ag allwedd</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Crëwyd gan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Crëwyd ar</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Deiliaid</translation>
    </message>
    <message>
        <source>Agreements with a key</source>
        <translation>Cytundebau ag allwedd</translation>
    </message>
    <message>
        <source>&amp;Make a key…</source>
        <translation>C&amp;reu allwedd…</translation>
    </message>
    <message>
        <source>Make a key for an agreement</source>
        <translation>Creu allwedd ar gyfer cytundeb</translation>
    </message>
    <message>
        <source>&amp;Save recovery copy…</source>
        <translation>Cadw&apos;r co&amp;pi adfer…</translation>
    </message>
    <message>
        <source>Save the recovery copy of the selected key</source>
        <translation>Cadw copi adfer yr allwedd a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Put a key back…</source>
        <translation>&amp;Adfer allwedd…</translation>
    </message>
    <message>
        <source>Put a key back from its recovery copy</source>
        <translation>Adfer allwedd o&apos;i chopi adfer</translation>
    </message>
    <message>
        <source>&amp;Hand over a leaver&apos;s keys…</source>
        <translation>Trosglwyddo allweddi rhywun sy&apos;n &amp;gadael…</translation>
    </message>
    <message>
        <source>Hand over the keys of someone who is leaving</source>
        <translation>Trosglwyddo allweddi rhywun sy&apos;n gadael</translation>
    </message>
    <message>
        <source>Who holds the key</source>
        <translation>Pwy sy&apos;n dal yr allwedd</translation>
    </message>
    <message>
        <source>Who holds the key of agreement %1</source>
        <translation>Pwy sy&apos;n dal allwedd cytundeb %1</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Give the key…</source>
        <translation>Rhoi&apos;r all&amp;wedd…</translation>
    </message>
    <message>
        <source>Give the key to someone</source>
        <translation>Rhoi&apos;r allwedd i rywun</translation>
    </message>
    <message>
        <source>&amp;Take it back…</source>
        <translation>&amp;Tynnu hi&apos;n ôl…</translation>
    </message>
    <message>
        <source>Take the key back from the selected holder</source>
        <translation>Tynnu&apos;r allwedd yn ôl oddi wrth y deiliad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Check my copy</source>
        <translation>Gwirio fy &amp;nghopi</translation>
    </message>
    <message>
        <source>Check that my copy of the key opens</source>
        <translation>Gwirio bod fy nghopi o&apos;r allwedd yn agor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Agreement key recovery copies (*.swkey);;All files (*)</source>
        <translation>Copïau adfer allweddi cytundeb (*.swkey);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1-key-recovery.swkey</source>
        <extracomment>Suggested file name for an agreement key&apos;s recovery copy; %1 is the agreement&apos;s reference. Keep it short, no spaces.</extracomment>
        <translation>%1-adfer-allwedd.swkey</translation>
    </message>
    <message>
        <source>Save the recovery copy of the key of %1</source>
        <translation>Cadw copi adfer allwedd %1</translation>
    </message>
    <message>
        <source>The recovery copy could not be written (%1). Choose another folder.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi adfer (%1). Dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementPage</name>
    <message>
        <source>Only an active agreement can be used for a share.</source>
        <translation>Dim ond cytundeb gweithredol y gellir ei ddefnyddio ar gyfer rhanniad.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>The agreements could not be listed: %1</source>
        <translation>Nid oedd modd rhestru&apos;r cytundebau: %1</translation>
    </message>
    <message>
        <source>No register of agreements is open.</source>
        <translation>Nid oes cofrestr cytundebau ar agor.</translation>
    </message>
    <message>
        <source>There is no active agreement to share under. An information governance lead records agreements and makes them active in Agreements, on the home page.</source>
        <translation>Nid oes cytundeb gweithredol i rannu oddi tano. Mae arweinydd llywodraethu gwybodaeth yn cofnodi cytundebau ac yn eu gwneud yn weithredol yn Cytundebau, ar y dudalen gartref.</translation>
    </message>
    <message>
        <source>Choose the agreement</source>
        <translation>Dewiswch y cytundeb</translation>
    </message>
    <message>
        <source>Every share is made under a data-sharing agreement: it says who may have the data, why, and what must be removed first. Choose the one this share falls under. Only active agreements can be chosen.</source>
        <translation>Mae pob rhanniad yn cael ei wneud o dan gytundeb rhannu data: mae&apos;n dweud pwy gaiff y data, pam, a beth sy&apos;n rhaid ei dynnu yn gyntaf. Dewiswch yr un y mae&apos;r rhanniad hwn yn dod oddi tano. Dim ond cytundebau gweithredol y gellir eu dewis.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>The agreement is what makes the share lawful: it records the purpose, the legal basis, which data items may go and how each must be redacted, and who may receive them. Sharewise checks the file against it at every step, so it must be chosen first.</source>
        <translation>Y cytundeb sy&apos;n gwneud y rhanniad yn gyfreithlon: mae&apos;n cofnodi&apos;r diben, y sail gyfreithiol, pa eitemau data a gaiff fynd a sut mae&apos;n rhaid golygu pob un, a phwy gaiff eu derbyn. Mae Sharewise yn gwirio&apos;r ffeil yn ei erbyn ym mhob cam, felly rhaid ei ddewis yn gyntaf.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
    </message>
    <message>
        <source>Choose the agreement this share falls under with the arrow keys; only active agreements can be chosen.</source>
        <translation>Dewiswch y cytundeb y mae&apos;r rhanniad hwn yn dod oddi tano gyda&apos;r bysellau saeth; dim ond cytundebau gweithredol y gellir eu dewis.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::AgreementsDialog</name>
    <message>
        <source>Not set</source>
        <extracomment>Column &quot;Review due&quot;: no review date was set.</extracomment>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>Column &quot;Review due&quot;: %1 is the date, already passed.</extracomment>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>%1 (soon)</source>
        <extracomment>Column &quot;Review due&quot;: %1 is the date, within three months.</extracomment>
        <translation>%1 (cyn bo hir)</translation>
    </message>
    <message>
        <source>No agreement matches these filters.</source>
        <translation>Nid oes cytundeb yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>The register is empty. Choose New agreement to add the first one.</source>
        <translation>Mae&apos;r gofrestr yn wag. Dewiswch Cytundeb newydd i ychwanegu&apos;r un cyntaf.</translation>
    </message>
    <message>
        <source>Choose an agreement in the list to see its summary.</source>
        <translation>Dewiswch gytundeb yn y rhestr i weld ei grynodeb.</translation>
    </message>
    <message>
        <source>Agreement %1 was saved as a draft (version 1).</source>
        <translation>Cadwyd cytundeb %1 fel drafft (fersiwn 1).</translation>
    </message>
    <message>
        <source>Agreement %1 was saved as version %2.</source>
        <translation>Cadwyd cytundeb %1 fel fersiwn %2.</translation>
    </message>
    <message>
        <source>Agreement %1 was saved as a draft. Its legal parts are proposals: open it with Edit to check and confirm each one.</source>
        <translation>Cadwyd cytundeb %1 fel drafft. Cynigion yw ei rannau cyfreithiol: agorwch ef gyda Newid i wirio a chadarnhau pob un.</translation>
    </message>
    <message>
        <source>Agreement %1 is now %2 (version %3).</source>
        <extracomment>%1 is the reference, %2 the new status (&quot;Active&quot;, &quot;Suspended&quot;, &quot;Ended&quot;).</extracomment>
        <translation>Statws cytundeb %1 bellach yw %2 (fersiwn %3).</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Cadw&apos;r cytundeb fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement %1 was saved as %2, ready to print and sign.</source>
        <translation>Cadwyd cytundeb %1 fel %2, yn barod i&apos;w argraffu a&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>Export the agreement</source>
        <translation>Allforio&apos;r cytundeb</translation>
    </message>
    <message>
        <source>Agreement files (*.json)</source>
        <translation>Ffeiliau cytundeb (*.json)</translation>
    </message>
    <message>
        <source>The agreement could not be saved as %1 (%2). Choose another folder and try again.</source>
        <translation>Nid oedd modd cadw&apos;r cytundeb fel %1 (%2). Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Agreement %1 was exported as %2. Send it to a partner to import into their register.</source>
        <translation>Allforiwyd cytundeb %1 fel %2. Anfonwch ef at bartner i&apos;w fewnforio i&apos;w gofrestr.</translation>
    </message>
    <message>
        <source>Import an agreement</source>
        <translation>Mewnforio cytundeb</translation>
    </message>
    <message>
        <source>Agreement files (*.json);;All files (*)</source>
        <translation>Ffeiliau cytundeb (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check the file and try again.</source>
        <translation>Ni ellir darllen %1 (%2). Gwiriwch y ffeil a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 is not an agreement file: it is far too large. Choose the .json file exported from a register.</source>
        <translation>Nid yw %1 yn ffeil cytundeb: mae&apos;n llawer rhy fawr. Dewiswch y ffeil .json a allforiwyd o gofrestr.</translation>
    </message>
    <message>
        <source>Agreement %1 was imported from %2; the register now has version %3.</source>
        <translation>Mewnforiwyd cytundeb %1 o %2; mae gan y gofrestr fersiwn %3 bellach.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
    </message>
    <message>
        <source>Every data-sharing agreement your council keeps: why and how data may be shared, with whom, and until when. A share can be made only under an active agreement. Every change is kept as a new version.</source>
        <translation>Pob cytundeb rhannu data y mae eich cyngor yn ei gadw: pam a sut y gellir rhannu data, gyda phwy, a than pryd. Dim ond o dan gytundeb gweithredol y gellir gwneud rhanniad. Mae pob newid yn cael ei gadw fel fersiwn newydd.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Show agreements with this status</source>
        <translation>Dangos cytundebau sydd â&apos;r statws hwn</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Show agreements with this partner</source>
        <translation>Dangos cytundebau gyda&apos;r partner hwn</translation>
    </message>
    <message>
        <source>Part of an organisation&apos;s name</source>
        <translation>Rhan o enw sefydliad</translation>
    </message>
    <message>
        <source>Re&amp;view due within 3 months</source>
        <translation>Adolygiad yn ddyled&amp;us o fewn 3 mis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Stwnsh y cynnwys</translation>
    </message>
    <message>
        <source>Versions of the agreement</source>
        <translation>Fersiynau&apos;r cytundeb</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Y cytundeb</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Summary of the agreement</source>
        <translation>Crynodeb o&apos;r cytundeb</translation>
    </message>
    <message>
        <source>The whole agreement</source>
        <translation>Y cytundeb cyfan</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>Cytundeb &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ne&amp;wid…</translation>
    </message>
    <message>
        <source>Make &amp;active…</source>
        <translation>Gwneud yn w&amp;eithredol…</translation>
    </message>
    <message>
        <source>S&amp;uspend…</source>
        <translation>&amp;Atal…</translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation>&amp;Terfynu…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Cadw fel PD&amp;F…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>Allforio &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Mewnforio JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::CreateKeyDialog</name>
    <message>
        <source>Enter the agreement&apos;s reference, as written on the agreement</source>
        <translation>Rhowch gyfeirnod y cytundeb, fel y mae wedi&apos;i ysgrifennu ar y cytundeb</translation>
    </message>
    <message>
        <source>Confirm that you have read what the key means and what losing it means</source>
        <translation>Cadarnhewch eich bod wedi darllen beth yw ystyr yr allwedd a beth yw ystyr ei cholli</translation>
    </message>
    <message numerus="yes">
        <source>Enter a recovery passphrase of at least %n characters</source>
        <translation>
            <numerusform>Rhowch gyfrinymadrodd adfer sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd adfer sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd adfer sydd o leiaf %n o nodau o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd adfer sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd adfer sydd o leiaf %n nod o hyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the same passphrase again in the second box</source>
        <translation>Rhowch yr un cyfrinymadrodd eto yn yr ail flwch</translation>
    </message>
    <message>
        <source>Making the key and locking its recovery copy with the passphrase…</source>
        <translation>Wrthi&apos;n creu&apos;r allwedd ac yn cloi ei chopi adfer gyda&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Make an agreement key</source>
        <translation>Creu allwedd cytundeb</translation>
    </message>
    <message>
        <source>Before you make an agreement key</source>
        <translation>Cyn i chi greu allwedd cytundeb</translation>
    </message>
    <message>
        <source>The key turns identifiers such as NHS numbers into pseudonyms for one agreement. The same person gets the same pseudonym in every share under it, so the people who receive the shares can link them without seeing who anyone is.</source>
        <translation>Mae&apos;r allwedd yn troi dynodyddion fel rhifau GIG yn ffugenwau ar gyfer un cytundeb. Mae&apos;r un person yn cael yr un ffugenw ym mhob rhanniad dan y cytundeb, felly gall y bobl sy&apos;n derbyn y rhanniadau eu cysylltu heb weld pwy yw neb.</translation>
    </message>
    <message>
        <source>Pseudonymised data is still personal data. Whoever holds the key can reverse the pseudonyms, for example by trying every possible NHS number, so give the key only to the people who need it and protect every share as personal data.</source>
        <translation>Mae data wedi&apos;i ffugenwi yn dal i fod yn ddata personol. Gall unrhyw un sy&apos;n dal yr allwedd wrthdroi&apos;r ffugenwau, er enghraifft drwy roi cynnig ar bob rhif GIG posibl, felly rhowch yr allwedd i&apos;r bobl sydd ei hangen yn unig, a diogelwch bob rhanniad fel data personol.</translation>
    </message>
    <message>
        <source>If every copy of the key is lost, new shares can never be linked to earlier ones again. Nothing can bring it back.</source>
        <translation>Os bydd pob copi o&apos;r allwedd yn cael ei golli, ni fydd modd cysylltu rhanniadau newydd â rhai cynharach byth eto. Ni all dim ddod â hi yn ôl.</translation>
    </message>
    <message>
        <source>So the key also has a recovery copy, locked with a passphrase that your information governance lead chooses and keeps apart from this computer.</source>
        <translation>Felly mae gan yr allwedd gopi adfer hefyd, wedi&apos;i gloi â chyfrinymadrodd y mae eich arweinydd llywodraethu gwybodaeth yn ei ddewis ac yn ei gadw ar wahân i&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Agreement reference</source>
        <translation>&amp;Cyfeirnod y cytundeb</translation>
    </message>
    <message>
        <source>As written on the data sharing agreement, for example DSA-2026-014.</source>
        <translation>Fel y mae wedi&apos;i ysgrifennu ar y cytundeb rhannu data, er enghraifft DSA-2026-014.</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Cyfeirnod y cytundeb</translation>
    </message>
    <message>
        <source>Pseudonymised data is still personal data, and losing every copy of the key breaks the link with earlier shares for good.</source>
        <translation>Mae data wedi&apos;i ffugenwi yn dal i fod yn ddata personol, ac mae colli pob copi o&apos;r allwedd yn torri&apos;r cysylltiad â rhanniadau cynharach am byth.</translation>
    </message>
    <message>
        <source>I &amp;understand this</source>
        <translation>Rydw i&apos;n &amp;deall hyn</translation>
    </message>
    <message>
        <source>I understand that pseudonymised data is still personal data, and that losing every copy of the key breaks the link with earlier shares for good</source>
        <translation>Rydw i&apos;n deall bod data wedi&apos;i ffugenwi yn dal i fod yn ddata personol, a bod colli pob copi o&apos;r allwedd yn torri&apos;r cysylltiad â rhanniadau cynharach am byth</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Choose the recovery passphrase</source>
        <translation>Dewiswch y cyfrinymadrodd adfer</translation>
    </message>
    <message numerus="yes">
        <source>Your information governance lead should type this passphrase and keep it apart from this computer, for example sealed in an envelope in a safe. With it, the key can be recovered if every holder loses theirs; without it, the recovery copy cannot be opened. Use at least %n characters: several words are easier to remember than a jumble.</source>
        <translation>
            <numerusform>Dylai eich arweinydd llywodraethu gwybodaeth deipio&apos;r cyfrinymadrodd hwn a&apos;i gadw ar wahân i&apos;r cyfrifiadur hwn, er enghraifft wedi&apos;i selio mewn amlen mewn sêff. Gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi; hebddo, nid oes modd agor y copi adfer. Defnyddiwch o leiaf %n nod: mae&apos;n haws cofio sawl gair na chymysgedd o nodau.</numerusform>
            <numerusform>Dylai eich arweinydd llywodraethu gwybodaeth deipio&apos;r cyfrinymadrodd hwn a&apos;i gadw ar wahân i&apos;r cyfrifiadur hwn, er enghraifft wedi&apos;i selio mewn amlen mewn sêff. Gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi; hebddo, nid oes modd agor y copi adfer. Defnyddiwch o leiaf %n nod: mae&apos;n haws cofio sawl gair na chymysgedd o nodau.</numerusform>
            <numerusform>Dylai eich arweinydd llywodraethu gwybodaeth deipio&apos;r cyfrinymadrodd hwn a&apos;i gadw ar wahân i&apos;r cyfrifiadur hwn, er enghraifft wedi&apos;i selio mewn amlen mewn sêff. Gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi; hebddo, nid oes modd agor y copi adfer. Defnyddiwch o leiaf %n o nodau: mae&apos;n haws cofio sawl gair na chymysgedd o nodau.</numerusform>
            <numerusform>Dylai eich arweinydd llywodraethu gwybodaeth deipio&apos;r cyfrinymadrodd hwn a&apos;i gadw ar wahân i&apos;r cyfrifiadur hwn, er enghraifft wedi&apos;i selio mewn amlen mewn sêff. Gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi; hebddo, nid oes modd agor y copi adfer. Defnyddiwch o leiaf %n nod: mae&apos;n haws cofio sawl gair na chymysgedd o nodau.</numerusform>
            <numerusform>Dylai eich arweinydd llywodraethu gwybodaeth deipio&apos;r cyfrinymadrodd hwn a&apos;i gadw ar wahân i&apos;r cyfrifiadur hwn, er enghraifft wedi&apos;i selio mewn amlen mewn sêff. Gydag ef, gellir adfer yr allwedd os bydd pob deiliad yn colli ei gopi; hebddo, nid oes modd agor y copi adfer. Defnyddiwch o leiaf %n nod: mae&apos;n haws cofio sawl gair na chymysgedd o nodau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase</source>
        <translation>Cyfrinymadrodd &amp;adfer</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Cyfrinymadrodd adfer</translation>
    </message>
    <message>
        <source>&amp;Enter the passphrase again</source>
        <translation>&amp;Rhowch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Recovery passphrase again</source>
        <translation>Cyfrinymadrodd adfer eto</translation>
    </message>
    <message>
        <source>The key will be given to you first: %1 (fingerprint %2). You can give it to others afterwards.</source>
        <translation>Bydd yr allwedd yn cael ei rhoi i chi yn gyntaf: %1 (ôl bys %2). Gallwch ei rhoi i bobl eraill wedyn.</translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation>&amp;Creu&apos;r allwedd</translation>
    </message>
    <message>
        <source>Make the key</source>
        <translation>Creu&apos;r allwedd</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>The key is made</source>
        <translation>Mae&apos;r allwedd wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>Agreement %1 has its pseudonymisation key (key %2). You hold it. This is recorded in the history.</source>
        <translation>Mae gan gytundeb %1 ei allwedd ffugenwi (allwedd %2). Chi sy&apos;n ei dal. Mae hyn wedi&apos;i gofnodi yn yr hanes.</translation>
    </message>
    <message>
        <source>Save the recovery copy to a file now and give it to your information governance lead, to keep away from this computer and apart from the passphrase: together they open the key.</source>
        <translation>Cadwch y copi adfer mewn ffeil nawr a&apos;i roi i&apos;ch arweinydd llywodraethu gwybodaeth, i&apos;w gadw oddi ar y cyfrifiadur hwn ac ar wahân i&apos;r cyfrinymadrodd: gyda&apos;i gilydd, maen nhw&apos;n agor yr allwedd.</translation>
    </message>
    <message>
        <source>The recovery copy was saved as %1. Keep it away from this computer, and its passphrase apart from it: together they open the key.</source>
        <translation>Cafodd y copi adfer ei gadw fel %1. Cadwch ef oddi ar y cyfrifiadur hwn, a chadwch ei gyfrinymadrodd ar wahân iddo: gyda&apos;i gilydd, maen nhw&apos;n agor yr allwedd.</translation>
    </message>
    <message>
        <source>&amp;Save the recovery copy…</source>
        <translation>&amp;Cadw&apos;r copi adfer…</translation>
    </message>
    <message>
        <source>&amp;Save another copy…</source>
        <translation>&amp;Cadw copi arall…</translation>
    </message>
    <message>
        <source>Save the recovery copy</source>
        <translation>Cadw&apos;r copi adfer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::DatasetPage</name>
    <message>
        <source>Choose the data to share</source>
        <translation>Dewiswch y data i&apos;w rannu</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls);;All files (*)</source>
        <translation>Ffeiliau data (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wrthi&apos;n darllen y ffeil…</translation>
    </message>
    <message>
        <source>Reading was cancelled before the end of the file, so the rows are not counted and the columns are not checked. Choose &quot;Read the whole file&quot; to try again.</source>
        <translation>Canslwyd y darllen cyn diwedd y ffeil, felly nid yw&apos;r rhesi wedi&apos;u cyfrif ac nid yw&apos;r colofnau wedi&apos;u gwirio. Dewiswch &quot;Darllen y ffeil gyfan&quot; i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Read the whole file</source>
        <translation>Darllen y ffeil gyfan</translation>
    </message>
    <message>
        <source>Showing the first rows. Reading the rest of the file to count the rows and check each column…</source>
        <translation>Yn dangos y rhesi cyntaf. Wrthi&apos;n darllen gweddill y ffeil i gyfrif y rhesi a gwirio pob colofn…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (cudd)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>hanner colonau</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabiau</translation>
    </message>
    <message>
        <source>vertical bars (|)</source>
        <translation>barrau fertigol (|)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comâu</translation>
    </message>
    <message>
        <source>A CSV file in %1 text (because %2), with fields separated by %3.</source>
        <translation>Ffeil CSV mewn testun %1 (y rheswm: %2); %3 sy&apos;n gwahanu&apos;r meysydd.</translation>
    </message>
    <message>
        <source>A CSV file in %1 text, as you chose, with fields separated by %2.</source>
        <translation>Ffeil CSV mewn testun %1, fel y dewisoch chi; %2 sy&apos;n gwahanu&apos;r meysydd.</translation>
    </message>
    <message>
        <source>A spreadsheet (.%1); Sharewise is reading the sheet &quot;%2&quot;.</source>
        <translation>Taenlen (.%1); mae Sharewise yn darllen y ddalen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The column names were found on row %1.</source>
        <translation>Cafwyd enwau&apos;r colofnau ar res %1.</translation>
    </message>
    <message>
        <source>The column names are on row %1, as you chose.</source>
        <translation>Mae enwau&apos;r colofnau ar res %1, fel y dewisoch chi.</translation>
    </message>
    <message>
        <source>If the preview looks wrong, change these settings.</source>
        <translation>Os yw&apos;r rhagolwg yn edrych yn anghywir, newidiwch y gosodiadau hyn.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the column names (titles or notes) are left out.</source>
        <translation>
            <numerusform>Gadawyd %n rhes uwchben enwau&apos;r colofnau (teitlau neu nodiadau) allan.</numerusform>
            <numerusform>Gadawyd %n rhes uwchben enwau&apos;r colofnau (teitl neu nodyn) allan.</numerusform>
            <numerusform>Gadawyd %n o resi uwchben enwau&apos;r colofnau (teitlau neu nodiadau) allan.</numerusform>
            <numerusform>Gadawyd %n rhes uwchben enwau&apos;r colofnau (teitlau neu nodiadau) allan.</numerusform>
            <numerusform>Gadawyd %n rhes uwchben enwau&apos;r colofnau (teitlau neu nodiadau) allan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>Hepgorwyd %n rhes wag.</numerusform>
            <numerusform>Hepgorwyd %n rhes wag.</numerusform>
            <numerusform>Hepgorwyd %n o resi gwag.</numerusform>
            <numerusform>Hepgorwyd %n rhes wag.</numerusform>
            <numerusform>Hepgorwyd %n rhes wag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty column(s) at the right-hand side left out.</source>
        <translation>
            <numerusform>Gadawyd %n colofn wag ar yr ochr dde allan.</numerusform>
            <numerusform>Gadawyd %n colofn wag ar yr ochr dde allan.</numerusform>
            <numerusform>Gadawyd %n o golofnau gwag ar yr ochr dde allan.</numerusform>
            <numerusform>Gadawyd %n cholofn wag ar yr ochr dde allan.</numerusform>
            <numerusform>Gadawyd %n colofn wag ar yr ochr dde allan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 looks like a totals row, so it is left out of the data.</source>
        <translation>Mae rhes %1 yn edrych fel rhes gyfansymiau, felly mae wedi&apos;i gadael allan o&apos;r data.</translation>
    </message>
    <message>
        <source>Column %1 has no name, so it is called &quot;%2&quot;.</source>
        <translation>Nid oes enw gan golofn %1, felly &quot;%2&quot; yw ei henw.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used more than once, so column %2 is called &quot;%3&quot;.</source>
        <translation>Mae&apos;r enw &quot;%1&quot; yn cael ei ddefnyddio fwy nag unwaith, felly &quot;%3&quot; yw enw colofn %2.</translation>
    </message>
    <message>
        <source>Column %1 is under a merged cell, so it is called &quot;%2&quot;.</source>
        <translation>Mae colofn %1 o dan gell wedi&apos;i huno, felly &quot;%2&quot; yw ei henw.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Rhybudd:</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hold personal data; they are marked ⚠ in the preview. See the Columns tab for what was found and why.</source>
        <translation>
            <numerusform>Mae %n colofn yn cynnwys data personol; maen nhw wedi&apos;u marcio â ⚠ yn y rhagolwg. Edrychwch ar y tab Colofnau i weld beth a ganfuwyd a pham.</numerusform>
            <numerusform>Mae %n colofn yn cynnwys data personol; mae wedi&apos;i marcio â ⚠ yn y rhagolwg. Edrychwch ar y tab Colofnau i weld beth a ganfuwyd a pham.</numerusform>
            <numerusform>Mae %n o golofnau yn cynnwys data personol; maen nhw wedi&apos;u marcio â ⚠ yn y rhagolwg. Edrychwch ar y tab Colofnau i weld beth a ganfuwyd a pham.</numerusform>
            <numerusform>Mae %n cholofn yn cynnwys data personol; maen nhw wedi&apos;u marcio â ⚠ yn y rhagolwg. Edrychwch ar y tab Colofnau i weld beth a ganfuwyd a pham.</numerusform>
            <numerusform>Mae %n colofn yn cynnwys data personol; maen nhw wedi&apos;u marcio â ⚠ yn y rhagolwg. Edrychwch ar y tab Colofnau i weld beth a ganfuwyd a pham.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the CSV file or spreadsheet you want to share, or drop it on this page. Sharewise reads it on this computer and sends nothing anywhere. It shows the first rows at once and then checks every column for personal data.</source>
        <translation>Dewiswch y ffeil CSV neu&apos;r daenlen rydych chi am ei rhannu, neu llusgwch hi i&apos;r dudalen hon. Mae Sharewise yn ei darllen ar y cyfrifiadur hwn ac nid yw&apos;n anfon dim i unman. Mae&apos;n dangos y rhesi cyntaf ar unwaith, ac yna&apos;n gwirio pob colofn am ddata personol.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Dim ffeil wedi&apos;i dewis eto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>How Sharewise read the file</source>
        <translation>Sut darllenodd Sharewise y ffeil</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Amgodiad:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>G&amp;wahanydd:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Da&amp;len:</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Canfod yn awtomatig</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows)</source>
        <translation>Windows-1252 (Excel ar Windows)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Hanner colon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Bar fertigol (|)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Rhagolwg o&apos;r rhesi cyntaf</translation>
    </message>
    <message>
        <source>Columns and the personal data found in them</source>
        <translation>Colofnau a&apos;r data personol a ganfuwyd ynddyn nhw</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have the same number of fields as the column names (%1). Sharewise will not redact or share this file until you decide what to do with them, because a shifted row can put a name into a column you mean to keep.</source>
        <translation>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd ag enwau&apos;r colofnau (%1). Ni fydd Sharewise yn golygu nac yn rhannu&apos;r ffeil hon nes i chi benderfynu beth i&apos;w wneud â nhw, oherwydd gall rhes sydd wedi symud roi enw mewn colofn rydych chi am ei chadw.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd ag enwau&apos;r colofnau (%1). Ni fydd Sharewise yn golygu nac yn rhannu&apos;r ffeil hon nes i chi benderfynu beth i&apos;w wneud â hi, oherwydd gall rhes sydd wedi symud roi enw mewn colofn rydych chi am ei chadw.</numerusform>
            <numerusform>Nid oes gan %n o resi yr un nifer o feysydd ag enwau&apos;r colofnau (%1). Ni fydd Sharewise yn golygu nac yn rhannu&apos;r ffeil hon nes i chi benderfynu beth i&apos;w wneud â nhw, oherwydd gall rhes sydd wedi symud roi enw mewn colofn rydych chi am ei chadw.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd ag enwau&apos;r colofnau (%1). Ni fydd Sharewise yn golygu nac yn rhannu&apos;r ffeil hon nes i chi benderfynu beth i&apos;w wneud â nhw, oherwydd gall rhes sydd wedi symud roi enw mewn colofn rydych chi am ei chadw.</numerusform>
            <numerusform>Nid oes gan %n rhes yr un nifer o feysydd ag enwau&apos;r colofnau (%1). Ni fydd Sharewise yn golygu nac yn rhannu&apos;r ffeil hon nes i chi benderfynu beth i&apos;w wneud â nhw, oherwydd gall rhes sydd wedi symud roi enw mewn colofn rydych chi am ei chadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>the first at lines %1</source>
        <translation>mae&apos;r rhai cyntaf ar linellau %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>llinellau %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) of data&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n rhes o ddata&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n rhes o ddata&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n o resi o ddata&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n rhes o ddata&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n rhes o ddata&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n column(s).</source>
        <translation>
            <numerusform>mewn %n colofn.</numerusform>
            <numerusform>mewn %n colofn.</numerusform>
            <numerusform>mewn %n colofn.</numerusform>
            <numerusform>mewn %n colofn.</numerusform>
            <numerusform>mewn %n colofn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a CSV file or spreadsheet here, or choose one above.</source>
        <translation>Llusgwch ffeil CSV neu daenlen i fan hyn, neu dewiswch un uchod.</translation>
    </message>
    <message>
        <source>Sharewise needs to see what the file really holds before anything is sent: which columns there are, and which of them are personal data such as names, dates of birth or NHS numbers. The checks and the suggested redaction on the next pages come from this.</source>
        <translation>Mae angen i Sharewise weld beth sydd yn y ffeil mewn gwirionedd cyn i unrhyw beth gael ei anfon: pa golofnau sydd ynddi, a pha rai ohonyn nhw sy&apos;n ddata personol fel enwau, dyddiadau geni neu rifau GIG. O hyn y daw&apos;r gwiriadau a&apos;r golygu a awgrymir ar y tudalennau nesaf.</translation>
    </message>
    <message>
        <source>Column names on ro&amp;w:</source>
        <translation>&amp;Enwau&apos;r colofnau ar res:</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::DonePage</name>
    <message>
        <source>The bundle is sealed</source>
        <translation>Mae&apos;r bwndel wedi&apos;i selio</translation>
    </message>
    <message>
        <source>The redacted data is sealed in a bundle that only the recipients can open. Nothing has been sent yet.</source>
        <translation>Mae&apos;r data wedi&apos;i olygu wedi&apos;i selio mewn bwndel na all neb ond y derbynwyr ei agor. Nid oes dim wedi&apos;i anfon eto.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle: %1
Data: %2
%n row(s), %3</source>
        <translation>
            <numerusform>Bwndel: %1
Data: %2
%n rhes, %3</numerusform>
            <numerusform>Bwndel: %1
Data: %2
%n rhes, %3</numerusform>
            <numerusform>Bwndel: %1
Data: %2
%n o resi, %3</numerusform>
            <numerusform>Bwndel: %1
Data: %2
%n rhes, %3</numerusform>
            <numerusform>Bwndel: %1
Data: %2
%n rhes, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload the bundle to the recipient&apos;s portal, or send it by the route your agreement sets.</source>
        <translation>Llwythwch y bwndel i borth y derbynnydd, neu anfonwch ef drwy&apos;r dull trosglwyddo y mae eich cytundeb yn ei bennu.</translation>
    </message>
    <message>
        <source>Send the bundle by the route the agreement sets: %1</source>
        <translation>Anfonwch y bwndel drwy&apos;r dull trosglwyddo y mae&apos;r cytundeb yn ei bennu: %1</translation>
    </message>
    <message>
        <source>Tell the recipient the passphrase by another route, such as a phone call; never in the same email or upload as the bundle.</source>
        <translation>Rhowch y cyfrinymadrodd i&apos;r derbynnydd mewn ffordd arall, fel galwad ffôn; byth yn yr un e-bost â&apos;r bwndel nac wedi&apos;i lwytho i fyny gydag ef.</translation>
    </message>
    <message>
        <source>Read the bundle and data fingerprints to the recipient if they ask: they see the same ones when they open it.</source>
        <translation>Darllenwch olion bys y bwndel a&apos;r data i&apos;r derbynnydd os byddan nhw&apos;n gofyn: byddan nhw&apos;n gweld yr un rhai wrth ei agor.</translation>
    </message>
    <message>
        <source>When it has gone, mark it as sent in History.</source>
        <translation>Pan fydd wedi mynd, nodwch ei fod wedi&apos;i anfon drwy ddewis Hanes.</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Wedi&apos;i gyflwyno i&apos;w adolygu</translation>
    </message>
    <message>
        <source>The share is waiting for review by an information governance lead. Nothing has been sealed or sent.</source>
        <translation>Mae&apos;r rhanniad yn aros am adolygiad gan arweinydd llywodraethu gwybodaeth. Nid oes dim wedi&apos;i selio na&apos;i anfon.</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Ble mae</translation>
    </message>
    <message>
        <source>Its fingerprints</source>
        <translation>Ei olion bys</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
    <message>
        <source>Open the folder with the bundle</source>
        <translation>Agor y ffolder sy&apos;n cynnwys y bwndel</translation>
    </message>
    <message>
        <source>• The reviewer sees what you saw on the Review page and approves it or sends it back, with a reason.
• When it is approved, open it from History and seal it: the bundle will carry the signed approval.
• If it is sent back, the reason is in History; change the share and submit it again.</source>
        <translation>• Mae&apos;r adolygydd yn gweld yr hyn a welsoch chi ar y dudalen Adolygu ac yn ei gymeradwyo neu&apos;n ei anfon yn ôl, gyda rheswm.
• Pan fydd wedi&apos;i gymeradwyo, agorwch ef o&apos;r Hanes a&apos;i selio: bydd y bwndel yn cario&apos;r gymeradwyaeth wedi&apos;i llofnodi.
• Os caiff ei anfon yn ôl, mae&apos;r rheswm yn yr Hanes; newidiwch y rhanniad a&apos;i gyflwyno eto.</translation>
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
    <name>sharewise::ui::GrantKeyDialog</name>
    <message>
        <source>You: %1</source>
        <extracomment>A person to give a key to: the user&apos;s own current identity. %1 is its name.</extracomment>
        <translation>Chi: %1</translation>
    </message>
    <message>
        <source>You, an earlier identity: %1</source>
        <extracomment>The user&apos;s own earlier (replaced) identity. %1 is its name.</extracomment>
        <translation>Chi, hunaniaeth gynharach: %1</translation>
    </message>
    <message>
        <source>%1, not checked by phone</source>
        <extracomment>A partner whose fingerprint was not checked by phone. %1 is their name.</extracomment>
        <translation>%1, heb ei wirio dros y ffôn</translation>
    </message>
    <message>
        <source>Giving the key…</source>
        <translation>Wrthi&apos;n rhoi&apos;r allwedd…</translation>
    </message>
    <message>
        <source>Choose who is to hold the key</source>
        <translation>Dewiswch pwy fydd yn dal yr allwedd</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase of the key</source>
        <translation>Rhowch gyfrinymadrodd adfer yr allwedd</translation>
    </message>
    <message>
        <source>Give the key to an unchecked key?</source>
        <translation>Rhoi&apos;r allwedd i berson ag allwedd heb ei gwirio?</translation>
    </message>
    <message>
        <source>You have not checked the fingerprint of %1 with them by phone. If the key card is not really theirs, whoever made it could reverse the pseudonyms of this agreement. Check it first in Recipients unless you are sure.</source>
        <translation>Nid ydych chi wedi gwirio ôl bys %1 gyda nhw dros y ffôn. Os nad nhw biau&apos;r cerdyn allwedd mewn gwirionedd, gallai pwy bynnag a&apos;i gwnaeth wrthdroi ffugenwau&apos;r cytundeb hwn. Gwiriwch ef yn Derbynwyr yn gyntaf oni bai eich bod yn sicr.</translation>
    </message>
    <message>
        <source>Give it anyway</source>
        <translation>Ei rhoi beth bynnag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1 (%2) holds the key of agreement %3.</source>
        <translation>Mae %1 (%2) yn dal allwedd cytundeb %3.</translation>
    </message>
    <message>
        <source>Give the key</source>
        <translation>Rhoi&apos;r allwedd</translation>
    </message>
    <message>
        <source>Give the key of agreement %1</source>
        <translation>Rhoi allwedd cytundeb %1</translation>
    </message>
    <message>
        <source>Choose who is to hold the key. Sharewise locks a copy of it to their key card, so that only they can open it, and records in the history who gave it to whom. Give it only to people who need it.</source>
        <translation>Dewiswch pwy fydd yn dal yr allwedd. Mae Sharewise yn cloi copi ohoni i&apos;w cerdyn allwedd, fel mai dim ond nhw all ei agor, ac yn cofnodi yn yr hanes pwy a&apos;i rhoddodd i bwy. Rhowch hi i&apos;r bobl sydd ei hangen yn unig.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Person to give the key to</source>
        <translation>Y person a fydd yn cael yr allwedd</translation>
    </message>
    <message>
        <source>There is no one to give it to. Add your partners&apos; keys in Recipients first.</source>
        <translation>Nid oes neb i&apos;w rhoi iddo. Ychwanegwch allweddi eich partneriaid yn Derbynwyr yn gyntaf.</translation>
    </message>
    <message>
        <source>Fingerprint %1. It has not been checked with its holder by phone: check it in Recipients first.</source>
        <translation>Ôl bys %1. Nid yw wedi&apos;i wirio gyda&apos;i ddeiliad dros y ffôn: gwiriwch ef yn Derbynwyr yn gyntaf.</translation>
    </message>
    <message>
        <source>Fingerprint %1. Only people in Recipients and your own identities are listed.</source>
        <translation>Ôl bys %1. Dim ond pobl yn Derbynwyr a&apos;ch hunaniaethau chi eich hun sydd wedi&apos;u rhestru.</translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase of the key</source>
        <translation>&amp;Cyfrinymadrodd adfer yr allwedd</translation>
    </message>
    <message>
        <source>Recovery passphrase of the key</source>
        <translation>Cyfrinymadrodd adfer yr allwedd</translation>
    </message>
    <message>
        <source>&amp;Give the key</source>
        <translation>&amp;Rhoi&apos;r allwedd</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::HandOverDialog</name>
    <message>
        <source>Handing the keys over…</source>
        <translation>Wrthi&apos;n trosglwyddo&apos;r allweddi…</translation>
    </message>
    <message>
        <source>Choose the person who is leaving</source>
        <translation>Dewiswch y person sy&apos;n gadael</translation>
    </message>
    <message>
        <source>Choose who takes over their keys</source>
        <translation>Dewiswch pwy sy&apos;n cymryd eu hallweddi drosodd</translation>
    </message>
    <message>
        <source>Choose someone other than the person who is leaving</source>
        <translation>Dewiswch rywun heblaw&apos;r person sy&apos;n gadael</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase of the keys</source>
        <translation>Rhowch gyfrinymadrodd adfer yr allweddi</translation>
    </message>
    <message>
        <source>Give the keys to an unchecked key?</source>
        <translation>Rhoi&apos;r allweddi i berson ag allwedd heb ei gwirio?</translation>
    </message>
    <message>
        <source>You have not checked the fingerprint of %1 with them by phone. If the key card is not really theirs, whoever made it could reverse the pseudonyms of these agreements. Check it first in Recipients unless you are sure.</source>
        <translation>Nid ydych chi wedi gwirio ôl bys %1 gyda nhw dros y ffôn. Os nad nhw biau&apos;r cerdyn allwedd mewn gwirionedd, gallai pwy bynnag a&apos;i gwnaeth wrthdroi ffugenwau&apos;r cytundebau hyn. Gwiriwch ef yn Derbynwyr yn gyntaf oni bai eich bod yn sicr.</translation>
    </message>
    <message>
        <source>Hand over anyway</source>
        <translation>Trosglwyddo beth bynnag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The keys of %1 were handed over to %2: %3.</source>
        <translation>Trosglwyddwyd allweddi %1 i %2: %3.</translation>
    </message>
    <message>
        <source>Hand over keys</source>
        <translation>Trosglwyddo allweddi</translation>
    </message>
    <message>
        <source>Hand over the keys of someone who is leaving</source>
        <translation>Trosglwyddo allweddi rhywun sy&apos;n gadael</translation>
    </message>
    <message>
        <source>Every agreement key the person holds is given to their successor, and taken back from them, in one step: all of them or none. The handover is recorded in the history.</source>
        <translation>Caiff pob allwedd cytundeb sydd gan y person ei rhoi i&apos;w holynydd, a&apos;i thynnu&apos;n ôl oddi wrthyn nhw, mewn un cam: pob un neu ddim un. Caiff y trosglwyddo ei gofnodi yn yr hanes.</translation>
    </message>
    <message>
        <source>&amp;Who is leaving?</source>
        <translation>&amp;Pwy sy&apos;n gadael?</translation>
    </message>
    <message>
        <source>Who is leaving</source>
        <translation>Pwy sy&apos;n gadael</translation>
    </message>
    <message>
        <source>Who &amp;takes over?</source>
        <translation>Pwy sy&apos;n &amp;cymryd drosodd?</translation>
    </message>
    <message>
        <source>Who takes over</source>
        <translation>Pwy sy&apos;n cymryd drosodd</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Dewiswch berson</translation>
    </message>
    <message>
        <source>%1 (fingerprint %2) holds the keys of: %3.</source>
        <translation>Mae %1 (ôl bys %2) yn dal allweddi: %3.</translation>
    </message>
    <message>
        <source>No one holds an agreement key: there is nothing to hand over.</source>
        <translation>Nid oes neb yn dal allwedd cytundeb: nid oes dim i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>%1 has the fingerprint %2.</source>
        <translation>Mae gan %1 yr ôl bys %2.</translation>
    </message>
    <message>
        <source>%1 has the fingerprint %2, not checked with them by phone yet.</source>
        <translation>Mae gan %1 yr ôl bys %2, nad yw wedi&apos;i wirio gyda nhw dros y ffôn eto.</translation>
    </message>
    <message>
        <source>You do not hold every one of these keys yourself (or your identity is locked), so the recovery passphrase is needed to pass them on. Ask your information governance lead to type it.</source>
        <translation>Nid ydych chi&apos;n dal pob un o&apos;r allweddi hyn eich hun (neu mae eich hunaniaeth wedi&apos;i chloi), felly mae angen y cyfrinymadrodd adfer i&apos;w trosglwyddo. Gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth ei deipio.</translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase of the keys</source>
        <translation>Cyfrinymadrodd &amp;adfer yr allweddi</translation>
    </message>
    <message>
        <source>Recovery passphrase of the keys</source>
        <translation>Cyfrinymadrodd adfer yr allweddi</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Trosglwyddo</translation>
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
    <message>
        <source>Share started as a draft</source>
        <translation>Dechreuwyd rhanniad fel drafft</translation>
    </message>
    <message>
        <source>Share changed</source>
        <translation>Newidiwyd rhanniad</translation>
    </message>
    <message>
        <source>Share submitted for review</source>
        <translation>Cyflwynwyd rhanniad i&apos;w adolygu</translation>
    </message>
    <message>
        <source>Share received for review from another computer</source>
        <translation>Derbyniwyd rhanniad i&apos;w adolygu o gyfrifiadur arall</translation>
    </message>
    <message>
        <source>Share approved</source>
        <translation>Cymeradwywyd rhanniad</translation>
    </message>
    <message>
        <source>Share sent back with a reason</source>
        <translation>Anfonwyd rhanniad yn ôl gyda rheswm</translation>
    </message>
    <message>
        <source>Share sealed into a bundle</source>
        <translation>Seliwyd rhanniad mewn bwndel</translation>
    </message>
    <message>
        <source>Sealing stopped; no bundle was kept</source>
        <translation>Stopiwyd y selio; ni chadwyd bwndel</translation>
    </message>
    <message>
        <source>Share marked as sent</source>
        <translation>Nodwyd bod rhanniad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Receipt imported: share received</source>
        <translation>Mewnforiwyd derbynneb: derbyniwyd y rhanniad</translation>
    </message>
    <message>
        <source>Share cancelled</source>
        <translation>Canslwyd rhanniad</translation>
    </message>
    <message>
        <source>Problem reported with a share</source>
        <translation>Rhoddwyd gwybod am broblem gyda rhanniad</translation>
    </message>
    <message>
        <source>Review request saved as a file</source>
        <translation>Cadwyd cais adolygu fel ffeil</translation>
    </message>
    <message>
        <source>Review decision saved as a file</source>
        <translation>Cadwyd penderfyniad adolygu fel ffeil</translation>
    </message>
    <message>
        <source>Output recorded as returned</source>
        <translation>Cofnodwyd bod allbwn wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <source>Sh&amp;ares</source>
        <translation>&amp;Rhanniadau</translation>
    </message>
    <message>
        <source>Everything &amp;recorded</source>
        <translation>&amp;Popeth a gofnodwyd</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Seliwyd bwndel</translation>
    </message>
    <message>
        <source>Bundle opened</source>
        <translation>Agorwyd bwndel</translation>
    </message>
    <message>
        <source>Receipt recorded</source>
        <translation>Cofnodwyd derbynneb</translation>
    </message>
    <message>
        <source>Identity created</source>
        <translation>Crëwyd hunaniaeth</translation>
    </message>
    <message>
        <source>Identity replaced</source>
        <translation>Disodlwyd hunaniaeth</translation>
    </message>
    <message>
        <source>Partner&apos;s key added</source>
        <translation>Ychwanegwyd allwedd partner</translation>
    </message>
    <message>
        <source>Practice history made</source>
        <translation>Crëwyd hanes ymarfer</translation>
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
    <message numerus="yes">
        <source>%n promised output(s) due in the next 30 days</source>
        <translation>
            <numerusform>%n allbwn a addawyd yn ddyledus yn ystod y 30 diwrnod nesaf</numerusform>
            <numerusform>%n allbwn a addawyd yn ddyledus yn ystod y 30 diwrnod nesaf</numerusform>
            <numerusform>%n o allbynnau a addawyd yn ddyledus yn ystod y 30 diwrnod nesaf</numerusform>
            <numerusform>%n allbwn a addawyd yn ddyledus yn ystod y 30 diwrnod nesaf</numerusform>
            <numerusform>%n allbwn a addawyd yn ddyledus yn ystod y 30 diwrnod nesaf</numerusform>
        </translation>
    </message>
    <message>
        <source>O&amp;utputs returned</source>
        <translation>A&amp;llbynnau a ddychwelwyd</translation>
    </message>
    <message>
        <source>See what partners promised to send back and when, and record what came back.</source>
        <translation>Gweld beth addawodd partneriaid ei anfon yn ôl a phryd, a chofnodi beth ddaeth yn ôl.</translation>
    </message>
    <message>
        <source>Try it with sample &amp;data</source>
        <translation>Rhoi cynnig arni gyda data &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>New to Sharewise? Take a made-up file through every step to a sealed bundle. It is kept apart from your real history.</source>
        <translation>Yn newydd i Sharewise? Ewch â ffeil wedi&apos;i dyfeisio drwy bob cam at fwndel wedi&apos;i selio. Caiff ei chadw ar wahân i&apos;ch hanes go iawn.</translation>
    </message>
    <message>
        <source>Open settin&amp;gs</source>
        <translation>Agor y g&amp;osodiadau</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <extracomment>Its letter (i) leaves H to the Help menu.</extracomment>
        <translation>&amp;Hanes</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::IdentityDialog</name>
    <message>
        <source>Enter your name and your organisation, for example Siân Evans, Gwynedd Council</source>
        <translation>Rhowch eich enw a&apos;ch sefydliad, er enghraifft Siân Evans, Cyngor Gwynedd</translation>
    </message>
    <message>
        <source>Creating your identity and saving it in this computer&apos;s password store…</source>
        <translation>Wrthi&apos;n creu eich hunaniaeth a&apos;i chadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Your identity is ready. Send your key card to your partners and read them your fingerprint by phone.</source>
        <translation>Mae eich hunaniaeth yn barod. Anfonwch eich cerdyn allwedd at eich partneriaid a darllenwch eich ôl bys iddyn nhw dros y ffôn.</translation>
    </message>
    <message>
        <source>Your key card was copied. Paste it into an email to your partner, then read them your fingerprint by phone.</source>
        <translation>Cafodd eich cerdyn allwedd ei gopïo. Gludwch ef mewn e-bost at eich partner, ac yna darllenwch eich ôl bys iddyn nhw dros y ffôn.</translation>
    </message>
    <message>
        <source>%1-key-card.txt</source>
        <extracomment>Suggested file name for the user&apos;s public key card; keep it short, no spaces.</extracomment>
        <translation>%1-cerdyn-allwedd.txt</translation>
    </message>
    <message>
        <source>Save your key card</source>
        <translation>Cadw eich cerdyn allwedd</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <source>Your key card could not be saved (%1). Choose another folder.</source>
        <translation>Nid oedd modd cadw eich cerdyn allwedd (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Your key card was saved as %1. It holds no secret: you can email it.</source>
        <translation>Cafodd eich cerdyn allwedd ei gadw fel %1. Nid yw&apos;n cynnwys unrhyw gyfrinach: gallwch ei anfon drwy e-bost.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a passphrase of at least %n characters</source>
        <translation>
            <numerusform>Rhowch gyfrinymadrodd sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd sydd o leiaf %n o nodau o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd sydd o leiaf %n nod o hyd</numerusform>
            <numerusform>Rhowch gyfrinymadrodd sydd o leiaf %n nod o hyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the same passphrase again in the second box</source>
        <translation>Rhowch yr un cyfrinymadrodd eto yn yr ail flwch</translation>
    </message>
    <message>
        <source>%1-identity-backup.swid</source>
        <extracomment>Suggested file name for the backup of the user&apos;s identity; keep it short, no spaces.</extracomment>
        <translation>%1-copi-wrth-gefn-hunaniaeth.swid</translation>
    </message>
    <message>
        <source>Save the backup of your identity</source>
        <translation>Cadw&apos;r copi wrth gefn o&apos;ch hunaniaeth</translation>
    </message>
    <message>
        <source>Sharewise identity files (*.swid)</source>
        <translation>Ffeiliau hunaniaeth Sharewise (*.swid)</translation>
    </message>
    <message>
        <source>Protecting your identity with the passphrase…</source>
        <translation>Wrthi&apos;n diogelu eich hunaniaeth gyda&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Your identity was saved, protected by your passphrase, as %1. Keep the file and the passphrase apart.</source>
        <translation>Cafodd eich hunaniaeth ei chadw fel %1, wedi&apos;i diogelu gan eich cyfrinymadrodd. Cadwch y ffeil a&apos;r cyfrinymadrodd ar wahân.</translation>
    </message>
    <message>
        <source>Replace your identity?</source>
        <translation>Disodli eich hunaniaeth?</translation>
    </message>
    <message>
        <source>You will get a new identity with a new fingerprint. Your partners must get your new key card and check the new fingerprint with you before they can send you bundles or trust yours.

Your old identity is kept, retired, so bundles already sent to you still open.</source>
        <translation>Byddwch chi&apos;n cael hunaniaeth newydd ag ôl bys newydd. Rhaid i&apos;ch partneriaid gael eich cerdyn allwedd newydd a gwirio&apos;r ôl bys newydd gyda chi cyn y gallan nhw anfon bwndeli atoch neu ymddiried yn y bwndeli rydych chi&apos;n eu hanfon.

Caiff eich hen hunaniaeth ei chadw a&apos;i rhoi o&apos;r neilltu, fel bod bwndeli sydd eisoes wedi&apos;u hanfon atoch yn dal i agor.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ei disodli</translation>
    </message>
    <message>
        <source>Keep my identity</source>
        <translation>Cadw fy hunaniaeth</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Fy hunaniaeth</translation>
    </message>
    <message>
        <source>Replace your identity</source>
        <translation>Disodli eich hunaniaeth</translation>
    </message>
    <message>
        <source>You do not have an identity yet</source>
        <translation>Nid oes gennych hunaniaeth eto</translation>
    </message>
    <message>
        <source>Your identity lets partners check that bundles really come from you, and lets them encrypt bundles only you can open. It is a pair of keys: a secret one that stays on this computer, and a public key card that you send to your partners.</source>
        <translation>Mae eich hunaniaeth yn galluogi partneriaid i wirio bod bwndeli yn dod oddi wrthych chi go iawn, ac i amgryptio bwndeli na all neb ond chi eu hagor. Pâr o allweddi yw hi: un gyfrinachol sy&apos;n aros ar y cyfrifiadur hwn, a cherdyn allwedd cyhoeddus rydych chi&apos;n ei anfon at eich partneriaid.</translation>
    </message>
    <message>
        <source>Your &amp;name and organisation</source>
        <translation>Eich &amp;enw a&apos;ch sefydliad</translation>
    </message>
    <message>
        <source>For example, Siân Evans, Gwynedd Council. Partners see this name beside your key card.</source>
        <translation>Er enghraifft, Siân Evans, Cyngor Gwynedd. Bydd partneriaid yn gweld yr enw hwn wrth ymyl eich cerdyn allwedd.</translation>
    </message>
    <message>
        <source>Your name and organisation</source>
        <translation>Eich enw a&apos;ch sefydliad</translation>
    </message>
    <message>
        <source>The secret key is kept in this computer&apos;s password store, not in a file.</source>
        <translation>Caiff yr allwedd gyfrinachol ei chadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn, nid mewn ffeil.</translation>
    </message>
    <message>
        <source>&amp;Create my new identity</source>
        <translation>&amp;Creu fy hunaniaeth newydd</translation>
    </message>
    <message>
        <source>&amp;Create my identity</source>
        <translation>&amp;Creu fy hunaniaeth</translation>
    </message>
    <message>
        <source>&amp;Keep my identity</source>
        <translation>C&amp;adw fy hunaniaeth</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Eich hunaniaeth</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Ôl &amp;bys:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Send your key card to each partner (it holds no secret, so email is fine). Then phone them and read out your fingerprint, so they know the card is really yours.</source>
        <translation>Anfonwch eich cerdyn allwedd at bob partner (nid yw&apos;n cynnwys unrhyw gyfrinach, felly mae e-bost yn iawn). Yna ffoniwch nhw a darllenwch eich ôl bys yn uchel, er mwyn iddyn nhw wybod mai chi biau&apos;r cerdyn go iawn.</translation>
    </message>
    <message>
        <source>C&amp;opy my key card</source>
        <translation>C&amp;opïo fy ngherdyn allwedd</translation>
    </message>
    <message>
        <source>Copy my key card</source>
        <translation>Copïo fy ngherdyn allwedd</translation>
    </message>
    <message>
        <source>&amp;Save key card…</source>
        <translation>&amp;Cadw&apos;r cerdyn allwedd…</translation>
    </message>
    <message>
        <source>Save key card</source>
        <translation>Cadw&apos;r cerdyn allwedd</translation>
    </message>
    <message>
        <source>If this computer is replaced or its password store is lost, your identity goes with it. A protected backup file keeps a copy.</source>
        <translation>Os bydd y cyfrifiadur hwn yn cael ei newid am un arall, neu os bydd ei storfa gyfrineiriau yn cael ei cholli, bydd eich hunaniaeth yn cael ei cholli hefyd. Mae ffeil copi wrth gefn wedi&apos;i diogelu yn cadw copi ohoni.</translation>
    </message>
    <message>
        <source>&amp;Back up to a protected file…</source>
        <translation>&amp;Gwneud copi wrth gefn mewn ffeil wedi&apos;i diogelu…</translation>
    </message>
    <message>
        <source>Back up to a protected file</source>
        <translation>Gwneud copi wrth gefn mewn ffeil wedi&apos;i diogelu</translation>
    </message>
    <message>
        <source>&amp;Replace my identity…</source>
        <translation>&amp;Disodli fy hunaniaeth…</translation>
    </message>
    <message>
        <source>Replace my identity</source>
        <translation>Disodli fy hunaniaeth</translation>
    </message>
    <message>
        <source>Back up your identity</source>
        <translation>Gwneud copi wrth gefn o&apos;ch hunaniaeth</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart and never send them together. If you forget the passphrase, the file cannot be opened.</source>
        <translation>
            <numerusform>Dewiswch gyfrinymadrodd sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân a pheidiwch byth â&apos;u hanfon gyda&apos;i gilydd. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, ni fydd modd agor y ffeil.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân a pheidiwch byth â&apos;u hanfon gyda&apos;i gilydd. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, ni fydd modd agor y ffeil.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd sydd o leiaf %n o nodau o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân a pheidiwch byth â&apos;u hanfon gyda&apos;i gilydd. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, ni fydd modd agor y ffeil.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân a pheidiwch byth â&apos;u hanfon gyda&apos;i gilydd. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, ni fydd modd agor y ffeil.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân a pheidiwch byth â&apos;u hanfon gyda&apos;i gilydd. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, ni fydd modd agor y ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Enter the passphrase again</source>
        <translation>&amp;Rhowch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Dewis ble i&apos;w gadw…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Dewis ble i gadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>%1-identity.swid</source>
        <extracomment>Suggested file name for the file that keeps the user&apos;s identity; keep it short, no spaces.</extracomment>
        <translation>%1-hunaniaeth.swid</translation>
    </message>
    <message>
        <source>Save your identity file</source>
        <translation>Cadw eich ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Creating your identity and protecting it with the passphrase…</source>
        <translation>Wrthi&apos;n creu eich hunaniaeth a&apos;i diogelu gyda&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Your identity is ready, kept in the protected file %1. Sharewise asks for its passphrase each time it is started and needs your identity. Send your key card to your partners and read them your fingerprint by phone.</source>
        <translation>Mae eich hunaniaeth yn barod, ac yn cael ei chadw yn y ffeil %1, sydd wedi&apos;i diogelu. Bydd Sharewise yn gofyn am ei chyfrinymadrodd bob tro y bydd yn cychwyn ac angen eich hunaniaeth. Anfonwch eich cerdyn allwedd at eich partneriaid a darllenwch eich ôl bys iddyn nhw dros y ffôn.</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Dewiswch eich ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Sharewise identity files (*.swid);;All files (*)</source>
        <translation>Ffeiliau hunaniaeth Sharewise (*.swid);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your identity file</source>
        <translation>Rhowch gyfrinymadrodd eich ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Opening your identity file with the passphrase…</source>
        <translation>Wrthi&apos;n agor eich ffeil hunaniaeth gyda&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>The file %1 holds an identity you have replaced (fingerprint %2). It still opens bundles sent to it, but it cannot be your identity again: choose the file of your current identity.</source>
        <translation>Mae&apos;r ffeil %1 yn cynnwys hunaniaeth rydych chi wedi&apos;i disodli (ôl bys %2). Mae&apos;n dal i agor bwndeli a anfonwyd ati, ond ni all fod yn hunaniaeth i chi eto: dewiswch ffeil eich hunaniaeth gyfredol.</translation>
    </message>
    <message>
        <source>Your identity is unlocked until Sharewise closes.</source>
        <translation>Mae eich hunaniaeth wedi&apos;i datgloi nes i Sharewise gau.</translation>
    </message>
    <message>
        <source>Use the identity in this file?</source>
        <translation>Defnyddio&apos;r hunaniaeth yn y ffeil hon?</translation>
    </message>
    <message>
        <source>The file holds a different identity (fingerprint %1) from your current one (fingerprint %2). If you use it, your current identity is retired: it still opens bundles already sent to it, but your partners need the key card of this one and must check its fingerprint with you.</source>
        <translation>Mae&apos;r ffeil yn cynnwys hunaniaeth wahanol (ôl bys %1) i&apos;ch un gyfredol (ôl bys %2). Os byddwch chi&apos;n ei defnyddio, caiff eich hunaniaeth gyfredol ei rhoi o&apos;r neilltu: bydd yn dal i agor bwndeli a anfonwyd ati eisoes, ond bydd angen cerdyn allwedd yr un hon ar eich partneriaid, a rhaid iddyn nhw wirio ei hôl bys gyda chi.</translation>
    </message>
    <message>
        <source>Use this identity</source>
        <translation>Defnyddio&apos;r hunaniaeth hon</translation>
    </message>
    <message>
        <source>The identity in %1 is now your identity in Sharewise, unlocked until Sharewise closes.</source>
        <translation>Yr hunaniaeth yn %1 yw eich hunaniaeth yn Sharewise bellach, wedi&apos;i datgloi nes i Sharewise gau.</translation>
    </message>
    <message>
        <source>Create my identity tries this computer&apos;s password store again.</source>
        <translation>Mae Creu fy hunaniaeth yn rhoi cynnig arall ar storfa gyfrineiriau&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This computer&apos;s password store cannot be used. You can keep your identity in a file protected by a passphrase instead, or use an identity file you already have.</source>
        <translation>Nid oes modd defnyddio storfa gyfrineiriau&apos;r cyfrifiadur hwn. Gallwch gadw eich hunaniaeth mewn ffeil wedi&apos;i diogelu gan gyfrinymadrodd yn lle hynny, neu ddefnyddio ffeil hunaniaeth sydd gennych eisoes.</translation>
    </message>
    <message>
        <source>If this computer has no password store, or you would rather not use it, your identity can be kept in a file protected by a passphrase instead.</source>
        <translation>Os nad oes gan y cyfrifiadur hwn storfa gyfrineiriau, neu os byddai&apos;n well gennych beidio â&apos;i defnyddio, gellir cadw eich hunaniaeth mewn ffeil wedi&apos;i diogelu gan gyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <source>Keep it in a protected &amp;file…</source>
        <translation>Ei chadw mewn &amp;ffeil wedi&apos;i diogelu…</translation>
    </message>
    <message>
        <source>Keep my identity in a protected file</source>
        <translation>Cadw fy hunaniaeth mewn ffeil wedi&apos;i diogelu</translation>
    </message>
    <message>
        <source>&amp;Use an identity file I have…</source>
        <translation>&amp;Defnyddio ffeil hunaniaeth sydd gen i…</translation>
    </message>
    <message>
        <source>Use an identity file I already have</source>
        <translation>Defnyddio ffeil hunaniaeth sydd gen i eisoes</translation>
    </message>
    <message>
        <source>Your identity is kept in the protected file %1 and is unlocked until Sharewise closes. Keep a copy of that file somewhere safe.</source>
        <translation>Caiff eich hunaniaeth ei chadw yn y ffeil %1, sydd wedi&apos;i diogelu, ac mae wedi&apos;i datgloi nes i Sharewise gau. Cadwch gopi o&apos;r ffeil honno mewn man diogel.</translation>
    </message>
    <message>
        <source>Your identity is kept in the protected file %1, not in this computer&apos;s password store. Unlock it with its passphrase to sign what you do in Sharewise until it closes. Keep a copy of that file somewhere safe.</source>
        <translation>Caiff eich hunaniaeth ei chadw yn y ffeil %1, sydd wedi&apos;i diogelu, nid yn storfa gyfrineiriau&apos;r cyfrifiadur hwn. Datglowch hi gyda&apos;i chyfrinymadrodd i lofnodi&apos;r hyn rydych chi&apos;n ei wneud yn Sharewise nes iddo gau. Cadwch gopi o&apos;r ffeil honno mewn man diogel.</translation>
    </message>
    <message>
        <source>&amp;Unlock for this session…</source>
        <translation>Datgloi ar gyfer y &amp;sesiwn hon…</translation>
    </message>
    <message>
        <source>Unlock my identity file for this session</source>
        <translation>Datgloi fy ffeil hunaniaeth ar gyfer y sesiwn hon</translation>
    </message>
    <message>
        <source>Keep your identity in a protected file</source>
        <translation>Cadw eich hunaniaeth mewn ffeil wedi&apos;i diogelu</translation>
    </message>
    <message numerus="yes">
        <source>Your identity will be kept in a file that only your passphrase opens, and Sharewise will ask for the passphrase when it needs your identity. Choose one of at least %n characters: several words are easier to remember than a jumble. Whoever has both the file and the passphrase can act as you, so keep them apart. If you forget the passphrase, you will need a new identity.</source>
        <translation>
            <numerusform>Caiff eich hunaniaeth ei chadw mewn ffeil na all dim ond eich cyfrinymadrodd ei hagor, a bydd Sharewise yn gofyn am y cyfrinymadrodd pan fydd angen eich hunaniaeth arno. Dewiswch un sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, bydd angen hunaniaeth newydd arnoch chi.</numerusform>
            <numerusform>Caiff eich hunaniaeth ei chadw mewn ffeil na all dim ond eich cyfrinymadrodd ei hagor, a bydd Sharewise yn gofyn am y cyfrinymadrodd pan fydd angen eich hunaniaeth arno. Dewiswch un sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, bydd angen hunaniaeth newydd arnoch chi.</numerusform>
            <numerusform>Caiff eich hunaniaeth ei chadw mewn ffeil na all dim ond eich cyfrinymadrodd ei hagor, a bydd Sharewise yn gofyn am y cyfrinymadrodd pan fydd angen eich hunaniaeth arno. Dewiswch un sydd o leiaf %n o nodau o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, bydd angen hunaniaeth newydd arnoch chi.</numerusform>
            <numerusform>Caiff eich hunaniaeth ei chadw mewn ffeil na all dim ond eich cyfrinymadrodd ei hagor, a bydd Sharewise yn gofyn am y cyfrinymadrodd pan fydd angen eich hunaniaeth arno. Dewiswch un sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, bydd angen hunaniaeth newydd arnoch chi.</numerusform>
            <numerusform>Caiff eich hunaniaeth ei chadw mewn ffeil na all dim ond eich cyfrinymadrodd ei hagor, a bydd Sharewise yn gofyn am y cyfrinymadrodd pan fydd angen eich hunaniaeth arno. Dewiswch un sydd o leiaf %n nod o hyd: mae&apos;n haws cofio sawl gair na chymysgedd o nodau. Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd weithredu fel chi, felly cadwch nhw ar wahân. Os byddwch chi&apos;n anghofio&apos;r cyfrinymadrodd, bydd angen hunaniaeth newydd arnoch chi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the identity file</source>
        <translation>Dewiswch ble i gadw&apos;r ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Unlock your identity</source>
        <translation>Datgloi eich hunaniaeth</translation>
    </message>
    <message>
        <source>Use an identity file you already have</source>
        <translation>Defnyddio ffeil hunaniaeth sydd gennych eisoes</translation>
    </message>
    <message>
        <source>Your identity is kept in a protected file. Enter its passphrase to use it until Sharewise closes: to open bundles sent to you and to sign what you do.</source>
        <translation>Caiff eich hunaniaeth ei chadw mewn ffeil wedi&apos;i diogelu. Rhowch ei chyfrinymadrodd i&apos;w defnyddio nes i Sharewise gau: i agor bwndeli a anfonwyd atoch ac i lofnodi&apos;r hyn rydych chi&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>If you made your identity with the command line or on another computer, or kept a protected backup of it, choose that file and enter its passphrase. Sharewise remembers where the file is, never the passphrase.</source>
        <translation>Os gwnaethoch chi eich hunaniaeth gyda&apos;r llinell orchymyn neu ar gyfrifiadur arall, neu os cadwoch chi gopi wrth gefn ohoni wedi&apos;i ddiogelu, dewiswch y ffeil honno a rhowch ei chyfrinymadrodd. Mae Sharewise yn cofio ble mae&apos;r ffeil, ond byth y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Ffeil hunaniaeth:</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nid oes ffeil wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>C&amp;hoose the file…</source>
        <translation>&amp;Dewis y ffeil…</translation>
    </message>
    <message>
        <source>C&amp;hoose another file…</source>
        <translation>&amp;Dewis ffeil arall…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Dewis y ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Passphrase of the identity file</source>
        <translation>Cyfrinymadrodd y ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Datg&amp;loi</translation>
    </message>
    <message>
        <source>U&amp;se this identity</source>
        <translation>Defnyddio&apos;r &amp;hunaniaeth hon</translation>
    </message>
    <message>
        <source>Unlock my identity</source>
        <translation>Datgloi fy hunaniaeth</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ImportRecoveryDialog</name>
    <message>
        <source>Opening the recovery copy with the passphrase…</source>
        <translation>Wrthi&apos;n agor y copi adfer gyda&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase</source>
        <translation>Rhowch y cyfrinymadrodd adfer</translation>
    </message>
    <message>
        <source>The key of agreement %1 was already in this history, and the recovery copy holds the same key (key %2). Nothing was changed.</source>
        <translation>Roedd allwedd cytundeb %1 yn yr hanes hwn eisoes, ac mae&apos;r copi adfer yn cynnwys yr un allwedd (allwedd %2). Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>The key of agreement %1 is in this history (key %2). Nobody holds it here yet: select it and choose Give the key, with its recovery passphrase.</source>
        <translation>Mae allwedd cytundeb %1 yn yr hanes hwn (allwedd %2). Nid oes neb yn ei dal yma eto: dewiswch hi a dewiswch Rhoi&apos;r allwedd, gyda&apos;i chyfrinymadrodd adfer.</translation>
    </message>
    <message>
        <source>Put a key back</source>
        <translation>Adfer allwedd</translation>
    </message>
    <message>
        <source>Put a key back from its recovery copy</source>
        <translation>Adfer allwedd o&apos;i chopi adfer</translation>
    </message>
    <message>
        <source>The recovery copy %1 names its agreement. Enter the passphrase it was locked with: your information governance lead chose it when the key was made. If this history already has a key for that agreement, it must be the same key.</source>
        <translation>Mae&apos;r copi adfer %1 yn enwi ei gytundeb. Rhowch y cyfrinymadrodd y cafodd ei gloi ag ef: dewisodd eich arweinydd llywodraethu gwybodaeth ef pan gafodd yr allwedd ei chreu. Os oes gan yr hanes hwn allwedd ar gyfer y cytundeb hwnnw eisoes, rhaid iddi fod yr un allwedd.</translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase</source>
        <translation>&amp;Cyfrinymadrodd adfer</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Cyfrinymadrodd adfer</translation>
    </message>
    <message>
        <source>&amp;Put the key back</source>
        <translation>&amp;Adfer yr allwedd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::IncidentDialog</name>
    <message>
        <source>Describe what happened, such as who received it and when</source>
        <translation>Disgrifiwch beth ddigwyddodd, fel pwy a&apos;i derbyniodd a phryd</translation>
    </message>
    <message>
        <source>Report a problem with this share</source>
        <translation>Rhoi gwybod am broblem gyda&apos;r rhanniad hwn</translation>
    </message>
    <message>
        <source>The problem is recorded</source>
        <translation>Mae&apos;r broblem wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>What went wrong with %1?</source>
        <translation>Beth aeth o&apos;i le gyda %1?</translation>
    </message>
    <message>
        <source>Why am I asked this? Personal data sent to the wrong place may be a data breach. The council may have to tell the Information Commissioner&apos;s Office within 72 hours of knowing about it, so report it now, even if you are not sure. Do not copy any of the data here.</source>
        <translation>Pam rydw i&apos;n cael fy holi am hyn? Gall data personol a anfonwyd i&apos;r lle anghywir fod yn dor-diogelwch data. Efallai y bydd rhaid i&apos;r cyngor roi gwybod i Swyddfa&apos;r Comisiynydd Gwybodaeth o fewn 72 awr i wybod amdano, felly rhowch wybod amdano nawr, hyd yn oed os nad ydych chi&apos;n siŵr. Peidiwch â chopïo dim o&apos;r data yma.</translation>
    </message>
    <message>
        <source>&amp;What kind of problem?</source>
        <translation>&amp;Pa fath o broblem?</translation>
    </message>
    <message>
        <source>What kind of problem</source>
        <translation>Pa fath o broblem</translation>
    </message>
    <message>
        <source>What &amp;happened? Who received it, when, and what has been done so far.</source>
        <translation>&amp;Beth ddigwyddodd? Pwy a&apos;i derbyniodd, pryd, a beth sydd wedi&apos;i wneud hyd yma.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>&amp;Report the problem</source>
        <translation>&amp;Rhoi gwybod am y broblem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;About Sharewise</source>
        <translation>Y&amp;nghylch Sharewise</translation>
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
        <source>The bundle cannot be opened</source>
        <translation>Nid oes modd agor y bwndel</translation>
    </message>
    <message>
        <source>Sharewise needs its history to open a bundle: it holds your identity and your partners&apos; keys. %1</source>
        <translation>Mae angen ei hanes ar Sharewise i agor bwndel: mae&apos;n cynnwys eich hunaniaeth ac allweddi eich partneriaid. %1</translation>
    </message>
    <message>
        <source>Open a received bundle</source>
        <translation>Agor bwndel a dderbyniwyd</translation>
    </message>
    <message>
        <source>Sharewise bundles (*.swb);;All files (*)</source>
        <translation>Bwndeli Sharewise (*.swb);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation>Fy &amp;hunaniaeth…</translation>
    </message>
    <message>
        <source>&amp;Recipients…</source>
        <translation>&amp;Derbynwyr…</translation>
    </message>
    <message>
        <source>&amp;Agreement keys…</source>
        <translation>&amp;Allweddi cytundebau…</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Nid oes modd agor y drafft</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>The practice could not start: %1</source>
        <translation>Nid oedd modd dechrau&apos;r ymarfer: %1</translation>
    </message>
    <message>
        <source>Practice officer</source>
        <translation>Swyddog ymarfer</translation>
    </message>
    <message>
        <source>Practice (not real): %1</source>
        <translation>Ymarfer (nid yw&apos;n go iawn): %1</translation>
    </message>
    <message>
        <source>Seal the approved share</source>
        <translation>Selio&apos;r rhanniad a gymeradwywyd</translation>
    </message>
    <message>
        <source>Sealing needs your identity, which is not unlocked: open My identity, unlock it, then try again.</source>
        <translation>Mae angen eich hunaniaeth i selio, ac nid yw wedi&apos;i datgloi: agorwch Fy hunaniaeth, datglowch hi, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The agreement&apos;s key cannot be unlocked with your identity.</source>
        <translation>Nid oes modd datgloi allwedd y cytundeb gyda&apos;ch hunaniaeth.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Cadw&apos;r bwndel</translation>
    </message>
    <message>
        <source>Sharewise bundles (*.swb)</source>
        <translation>Bwndeli Sharewise (*.swb)</translation>
    </message>
    <message>
        <source>Redacting the file again and sealing it…</source>
        <translation>Yn golygu&apos;r ffeil eto ac yn ei selio…</translation>
    </message>
    <message>
        <source>The bundle is sealed: %1. Send it by the agreed route, then mark the share as sent in the history.</source>
        <translation>Mae&apos;r bwndel wedi&apos;i selio: %1. Anfonwch ef drwy&apos;r dull trosglwyddo a gytunwyd, yna nodwch yn yr hanes fod y rhanniad wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>It opens with this passphrase:
%1
Tell it to the recipient by another route, such as a phone call, never with the bundle. It is shown only now.</source>
        <translation>Mae&apos;n agor gyda&apos;r cyfrinymadrodd hwn:
%1
Dywedwch ef wrth y derbynnydd ar hyd llwybr arall, fel galwad ffôn, byth gyda&apos;r bwndel. Dim ond nawr y caiff ei ddangos.</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <extracomment>The menu; its letter (t) leaves S to the home screen&apos;s Share data.</extracomment>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>The shared register is backed up on its server by your IT team. Ask them if you need a copy.</source>
        <translation>Eich tîm TG sy&apos;n gwneud copi wrth gefn o&apos;r gofrestr a rennir, ar ei gweinydd. Gofynnwch iddyn nhw os oes angen copi arnoch.</translation>
    </message>
    <message>
        <source>The shared register is restored on its server by your IT team. Ask them if something is missing from it.</source>
        <translation>Eich tîm TG sy&apos;n adfer y gofrestr a rennir, ar ei gweinydd. Gofynnwch iddyn nhw os oes rhywbeth ar goll ohoni.</translation>
    </message>
    <message>
        <source>Choose what you want to do on the home screen. Each step explains what it asks and why.

Your history of shares, approvals and agreements is the council&apos;s shared register on %1, which your IT team backs up.

Ask your information governance lead if you are unsure whether you may share some data.</source>
        <translation>Dewiswch beth rydych chi am ei wneud ar y sgrin gartref. Mae pob cam yn esbonio beth mae&apos;n ei ofyn a pham.

Mae hanes eich rhanniadau, eich cymeradwyaethau a&apos;ch cytundebau yn cael ei gadw yn y gofrestr a rennir ar draws y cyngor, ar %1. Eich tîm TG sy&apos;n gwneud copi wrth gefn ohoni.

Gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth os nad ydych chi&apos;n siŵr a gewch chi rannu data penodol.</translation>
    </message>
    <message>
        <source>Connecting to the shared register…</source>
        <translation>Wrthi&apos;n cysylltu â&apos;r gofrestr a rennir…</translation>
    </message>
    <message>
        <source>Shared register: %1</source>
        <translation>Cofrestr a rennir: %1</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Cytundeb newydd</translation>
    </message>
    <message>
        <source>How do you want to start? Whichever you choose, the agreement is a draft until you make it active, and you can change everything in it.</source>
        <translation>Sut hoffech chi ddechrau? Pa un bynnag a ddewiswch, mae&apos;r cytundeb yn ddrafft nes i chi ei wneud yn weithredol, a gallwch newid popeth ynddo.</translation>
    </message>
    <message>
        <source>A &amp;blank agreement</source>
        <translation>Cytundeb &amp;gwag</translation>
    </message>
    <message>
        <source>You fill in every part yourself.</source>
        <translation>Rydych chi&apos;n llenwi pob rhan eich hun.</translation>
    </message>
    <message>
        <source>From a template for a national collection</source>
        <translation>O dempled ar gyfer casgliad cenedlaethol</translation>
    </message>
    <message>
        <source>%1 Its purpose, legal basis and data items are filled in as proposals for you to check and confirm.</source>
        <extracomment>%1 is the template&apos;s one-sentence description.</extracomment>
        <translation>%1 Mae ei ddiben, ei sail gyfreithiol a&apos;i eitemau data wedi&apos;u llenwi fel cynigion i chi eu gwirio a&apos;u cadarnhau.</translation>
    </message>
    <message>
        <source>With the &amp;helper</source>
        <translation>Gyda&apos;r &amp;cynorthwyydd</translation>
    </message>
    <message>
        <source>Answer a few plain questions (for example, does the data include health information?) and Sharewise proposes the legal basis, with the reasons, for you to confirm.</source>
        <translation>Atebwch ychydig o gwestiynau clir (er enghraifft, a yw&apos;r data&apos;n cynnwys gwybodaeth iechyd?) ac mae Sharewise yn cynnig y sail gyfreithiol, gyda&apos;r rhesymau, i chi ei chadarnhau.</translation>
    </message>
    <message>
        <source>The Agreement helper is not available in this version of Sharewise yet.</source>
        <translation>Nid yw&apos;r Cynorthwyydd cytundeb ar gael yn y fersiwn hon o Sharewise eto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::OpenBundleDialog</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time: &quot;3 November 2026 at 14:05&quot;.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Enter the passphrase the sender gave you</source>
        <translation>Rhowch y cyfrinymadrodd a roddodd yr anfonwr i chi</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the fingerprint with the sender by phone, or close this window to leave the bundle unopened</source>
        <translation>Ticiwch y blwch ar ôl i chi wirio&apos;r ôl bys gyda&apos;r anfonwr dros y ffôn, neu caewch y ffenestr hon i adael y bwndel heb ei agor</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s organisation</source>
        <translation>Rhowch sefydliad yr anfonwr</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s name</source>
        <translation>Rhowch enw&apos;r anfonwr</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing was written.</source>
        <translation>Canslwyd cadw&apos;r data; ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The bundle file changed after it was checked, so the data was not saved. Open the bundle again.</source>
        <translation>Cafodd ffeil y bwndel ei newid ar ôl iddi gael ei gwirio, felly ni chafodd y data ei gadw. Agorwch y bwndel eto.</translation>
    </message>
    <message>
        <source>The data was saved as %1.</source>
        <translation>Cafodd y data ei gadw fel %1.</translation>
    </message>
    <message>
        <source>The bundle was sealed with the key of %1, which was revoked on %2 (%3). Do not use this bundle; ask the sender to send it again with their current key.</source>
        <translation>Cafodd y bwndel ei selio gydag allwedd %1, a gafodd ei dirymu ar %2 (%3). Peidiwch â defnyddio&apos;r bwndel hwn; gofynnwch i&apos;r anfonwr ei anfon eto gyda&apos;r allwedd gyfredol.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Cadw&apos;r data</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>Cadw derbynneb</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Derbynebau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The receipt could not be saved (%1). Choose another folder.</source>
        <translation>Nid oedd modd cadw&apos;r dderbynneb (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>The receipt was saved as %1. Send it to the sender: it shows them the bundle arrived intact.</source>
        <translation>Cafodd y dderbynneb ei chadw fel %1. Anfonwch hi at yr anfonwr: mae&apos;n dangos iddyn nhw fod y bwndel wedi cyrraedd yn gyfan.</translation>
    </message>
    <message>
        <source>%1, from your recipients directory (fingerprint checked by phone)</source>
        <translation>%1, o&apos;ch cyfeiriadur derbynwyr (gwiriwyd yr ôl bys dros y ffôn)</translation>
    </message>
    <message>
        <source>%1, from your recipients directory (fingerprint not checked yet)</source>
        <translation>%1, o&apos;ch cyfeiriadur derbynwyr (nid yw&apos;r ôl bys wedi&apos;i wirio eto)</translation>
    </message>
    <message>
        <source>the holder of the key with fingerprint %1, which you checked by phone; not in your recipients directory</source>
        <translation>deiliad yr allwedd ag ôl bys %1, a wiriwyd gennych dros y ffôn; nid yw&apos;r allwedd yn eich cyfeiriadur derbynwyr</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Oddi wrth:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sealed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Seliwyd:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows of data</source>
        <translation>
            <numerusform>%1 rhes o ddata</numerusform>
            <numerusform>%1 rhes o ddata</numerusform>
            <numerusform>%1 o resi o ddata</numerusform>
            <numerusform>%1 rhes o ddata</numerusform>
            <numerusform>%1 rhes o ddata</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Data:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protection:&lt;/b&gt; a passphrase</source>
        <translation>&lt;b&gt;Diogelwch:&lt;/b&gt; cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protection:&lt;/b&gt; encrypted for you</source>
        <translation>&lt;b&gt;Diogelwch:&lt;/b&gt; wedi&apos;i amgryptio ar eich cyfer chi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks:&lt;/b&gt; intact and genuine. Nothing was changed or cut short after the sender sealed it, and the sender&apos;s signature checks.</source>
        <translation>&lt;b&gt;Gwiriadau:&lt;/b&gt; yn gyfan ac yn ddilys. Ni chafodd dim ei newid na&apos;i dorri&apos;n fyr ar ôl i&apos;r anfonwr ei selio, ac mae llofnod yr anfonwr wedi&apos;i ddilysu.</translation>
    </message>
    <message>
        <source>Open a received bundle</source>
        <translation>Agor bwndel a dderbyniwyd</translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation>Wrthi&apos;n agor y bwndel</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Wrthi&apos;n agor %1</translation>
    </message>
    <message>
        <source>Checking the bundle again and saving the data…</source>
        <translation>Wrthi&apos;n gwirio&apos;r bwndel eto ac yn cadw&apos;r data…</translation>
    </message>
    <message>
        <source>Checking that the bundle is intact and who sealed it…</source>
        <translation>Wrthi&apos;n gwirio bod y bwndel yn gyfan a phwy a&apos;i seliodd…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>What is the passphrase for this bundle?</source>
        <translation>Beth yw&apos;r cyfrinymadrodd ar gyfer y bwndel hwn?</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase. The sender should have given it to you separately from the bundle, for example by phone or text message.</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i ddiogelu gan gyfrinymadrodd. Dylai&apos;r anfonwr fod wedi&apos;i roi i chi ar wahân i&apos;r bwndel, er enghraifft dros y ffôn neu mewn neges destun.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Open the bundle</source>
        <translation>&amp;Agor y bwndel</translation>
    </message>
    <message>
        <source>Open the bundle</source>
        <translation>Agor y bwndel</translation>
    </message>
    <message>
        <source>Check who sent this bundle</source>
        <translation>Gwiriwch pwy anfonodd y bwndel hwn</translation>
    </message>
    <message>
        <source>The bundle is intact, but the key that sealed it is not in your recipients directory. Phone the sender on a number you already know (not one from the message that brought the bundle) and ask them to read out their fingerprint. Every group must match.</source>
        <translation>Mae&apos;r bwndel yn gyfan, ond nid yw&apos;r allwedd a&apos;i seliodd yn eich cyfeiriadur derbynwyr. Ffoniwch yr anfonwr ar rif rydych chi&apos;n ei wybod eisoes (nid rhif o&apos;r neges a ddaeth â&apos;r bwndel) a gofynnwch iddyn nhw ddarllen eu hôl bys yn uchel. Rhaid i bob grŵp gyfateb.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint of the sender&apos;s key:</source>
        <translation>Ôl &amp;bys allwedd yr anfonwr:</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s key</source>
        <translation>Ôl bys allwedd yr anfonwr</translation>
    </message>
    <message>
        <source>The bundle says it comes from &quot;%1&quot;. Anyone can write any name, which is why you check the fingerprint.</source>
        <extracomment>%1 is the name written inside the bundle by whoever made it.</extracomment>
        <translation>Mae&apos;r bwndel yn dweud ei fod yn dod oddi wrth &quot;%1&quot;. Gall unrhyw un ysgrifennu unrhyw enw: dyna pam rydych chi&apos;n gwirio&apos;r ôl bys.</translation>
    </message>
    <message>
        <source>I have &amp;checked this fingerprint with the sender</source>
        <translation>Rydw i wedi &amp;gwirio&apos;r ôl bys hwn gyda&apos;r anfonwr</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the sender</source>
        <translation>Rydw i wedi gwirio&apos;r ôl bys hwn gyda&apos;r anfonwr</translation>
    </message>
    <message>
        <source>A&amp;dd the sender to my recipients directory</source>
        <translation>&amp;Ychwanegu&apos;r anfonwr at fy nghyfeiriadur derbynwyr</translation>
    </message>
    <message>
        <source>Add the sender to my recipients directory</source>
        <translation>Ychwanegu&apos;r anfonwr at fy nghyfeiriadur derbynwyr</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Sender&apos;s organisation</source>
        <translation>Sefydliad yr anfonwr</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Enw&apos;r anfonwr</translation>
    </message>
    <message>
        <source>The bundle is intact and genuine</source>
        <translation>Mae&apos;r bwndel yn gyfan ac yn ddilys</translation>
    </message>
    <message>
        <source>Save the data where your organisation keeps personal data. Then save a receipt and send it to the sender, to show them it arrived intact.</source>
        <translation>Cadwch y data yn y lle mae eich sefydliad yn cadw data personol. Yna cadwch dderbynneb a&apos;i hanfon at yr anfonwr, i ddangos iddyn nhw fod y bwndel wedi cyrraedd yn gyfan.</translation>
    </message>
    <message>
        <source>Save the data where your organisation keeps personal data. A receipt needs your identity: create it in Settings, My identity.</source>
        <translation>Cadwch y data yn y lle mae eich sefydliad yn cadw data personol. Mae angen eich hunaniaeth i greu derbynneb: crëwch hi drwy ddewis Gosodiadau, yna Fy hunaniaeth.</translation>
    </message>
    <message>
        <source>&amp;Save the data…</source>
        <translation>&amp;Cadw&apos;r data…</translation>
    </message>
    <message>
        <source>Save a &amp;receipt…</source>
        <translation>Cadw &amp;derbynneb…</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem wedi codi</translation>
    </message>
    <message>
        <source>Nothing was written. Check the passphrase with the sender and try again, or ask them to send the bundle again.</source>
        <translation>Ni chafodd dim ei ysgrifennu. Gwiriwch y cyfrinymadrodd gyda&apos;r anfonwr a rhowch gynnig arall arni, neu gofynnwch iddyn nhw anfon y bwndel eto.</translation>
    </message>
    <message>
        <source>Nothing was written. Ask the sender to send the bundle again, or ask your information governance lead for help.</source>
        <translation>Ni chafodd dim ei ysgrifennu. Gofynnwch i&apos;r anfonwr anfon y bwndel eto, neu gofynnwch i&apos;ch arweinydd llywodraethu gwybodaeth am gymorth.</translation>
    </message>
    <message>
        <source>&amp;Try another passphrase</source>
        <translation>&amp;Rhoi cynnig ar gyfrinymadrodd arall</translation>
    </message>
    <message>
        <source>Try another passphrase</source>
        <translation>Rhoi cynnig ar gyfrinymadrodd arall</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contents:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cynnwys:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Dewiswch eich ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Sharewise identity files (*.swid);;All files (*)</source>
        <translation>Ffeiliau hunaniaeth Sharewise (*.swid);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your identity file</source>
        <translation>Rhowch gyfrinymadrodd eich ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Opening your identity file with its passphrase…</source>
        <translation>Wrthi&apos;n agor eich ffeil hunaniaeth gyda&apos;i chyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Save the data where your organisation keeps personal data. A receipt needs your identity, which Sharewise could not use this time: unlock it in Settings, My identity, then open the bundle again.</source>
        <translation>Cadwch y data yn y lle mae eich sefydliad yn cadw data personol. Mae angen eich hunaniaeth i greu derbynneb, ac nid oedd Sharewise yn gallu ei defnyddio y tro hwn: datglowch hi drwy ddewis Gosodiadau, yna Fy hunaniaeth, ac yna agorwch y bwndel eto.</translation>
    </message>
    <message>
        <source>Unlock your identity to open the bundle</source>
        <translation>Datgloi eich hunaniaeth i agor y bwndel</translation>
    </message>
    <message>
        <source>This bundle was encrypted for you. Your identity is kept in a protected file: enter its passphrase to open the bundle.</source>
        <translation>Cafodd y bwndel hwn ei amgryptio ar eich cyfer chi. Caiff eich hunaniaeth ei chadw mewn ffeil wedi&apos;i diogelu: rhowch ei chyfrinymadrodd i agor y bwndel.</translation>
    </message>
    <message>
        <source>Open the bundle with your identity file</source>
        <translation>Agor y bwndel gyda&apos;ch ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>%1 If you have a protected file of your identity, such as a backup, choose it and enter its passphrase to open the bundle.</source>
        <extracomment>%1 is the password store&apos;s problem, one or two sentences.</extracomment>
        <translation>%1 Os oes gennych ffeil wedi&apos;i diogelu o&apos;ch hunaniaeth, fel copi wrth gefn, dewiswch hi a rhowch ei chyfrinymadrodd i agor y bwndel.</translation>
    </message>
    <message>
        <source>You do not have an identity in Sharewise yet, so this bundle can only be opened with a protected identity file made elsewhere. If you have none, close this window, create your identity in Settings, My identity, and send your key card to the sender.</source>
        <translation>Nid oes gennych hunaniaeth yn Sharewise eto, felly dim ond gyda ffeil hunaniaeth wedi&apos;i diogelu a wnaed yn rhywle arall y gellir agor y bwndel hwn. Os nad oes gennych un, caewch y ffenestr hon, crëwch eich hunaniaeth drwy ddewis Gosodiadau, yna Fy hunaniaeth, ac anfonwch eich cerdyn allwedd at yr anfonwr.</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Ffeil hunaniaeth:</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nid oes ffeil wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>C&amp;hoose the file…</source>
        <translation>&amp;Dewis y ffeil…</translation>
    </message>
    <message>
        <source>C&amp;hoose another file…</source>
        <translation>&amp;Dewis ffeil arall…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Dewis y ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the identity file</source>
        <translation>&amp;Cyfrinymadrodd y ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Passphrase of the identity file</source>
        <translation>Cyfrinymadrodd y ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared under:&lt;/b&gt; agreement %1, version %2 (%3)</source>
        <translation>&lt;b&gt;Rhannwyd o dan:&lt;/b&gt; cytundeb %1, fersiwn %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terms:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Telerau:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::OutputsDialog</name>
    <message>
        <source>Returned on %1</source>
        <translation>Dychwelwyd ar %1</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dychwelwyd</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Yn hwyr: %n diwrnod</numerusform>
            <numerusform>Yn hwyr: %n diwrnod</numerusform>
            <numerusform>Yn hwyr: %n o ddiwrnodau</numerusform>
            <numerusform>Yn hwyr: %n diwrnod</numerusform>
            <numerusform>Yn hwyr: %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon: in %n day(s)</source>
        <translation>
            <numerusform>Yn ddyledus cyn bo hir: ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus cyn bo hir: ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus cyn bo hir: ymhen %n o ddiwrnodau</numerusform>
            <numerusform>Yn ddyledus cyn bo hir: ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus cyn bo hir: ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>No agreement in the register promises an output back.</source>
        <translation>Nid oes cytundeb yn y gofrestr yn addo allbwn yn ôl.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due in the next 30 days.</source>
        <translation>%1 yn hwyr, %2 yn ddyledus yn ystod y 30 diwrnod nesaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n allbwn</numerusform>
            <numerusform>%n allbwn</numerusform>
            <numerusform>%n o allbynnau</numerusform>
            <numerusform>%n allbwn</numerusform>
            <numerusform>%n allbwn</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Ffeil %1</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n rhanniad</numerusform>
            <numerusform>%n rhanniad</numerusform>
            <numerusform>%n o ranniadau</numerusform>
            <numerusform>%n rhanniad</numerusform>
            <numerusform>%n rhanniad</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 came back on %2 under %3.</source>
        <translation>Cofnodwyd: daeth %1 yn ôl ar %2 o dan %3.</translation>
    </message>
    <message>
        <source>Outputs returned</source>
        <translation>Allbynnau a ddychwelwyd</translation>
    </message>
    <message>
        <source>What comes back from partners</source>
        <translation>Beth sy&apos;n dod yn ôl gan bartneriaid</translation>
    </message>
    <message>
        <source>Why am I asked this? Each agreement says what the recipient will send back and when: a report, a return, figures. Recording what came back shows the data was used for the agreed purpose.</source>
        <translation>Pam rydw i&apos;n cael fy holi am hyn? Mae pob cytundeb yn nodi beth fydd y derbynnydd yn ei anfon yn ôl a phryd: adroddiad, ffurflen, ffigurau. Mae cofnodi beth ddaeth yn ôl yn dangos bod y data wedi&apos;i ddefnyddio at y diben y cytunwyd arno.</translation>
    </message>
    <message>
        <source>&amp;Due and overdue</source>
        <translation>&amp;Yn ddyledus ac yn hwyr</translation>
    </message>
    <message>
        <source>&amp;Shares out and outputs back</source>
        <translation>&amp;Rhanniadau allan ac allbynnau&apos;n ôl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Promised output</source>
        <translation>Allbwn a addawyd</translation>
    </message>
    <message>
        <source>Promised outputs</source>
        <translation>Allbynnau a addawyd</translation>
    </message>
    <message>
        <source>&amp;Record what came back…</source>
        <translation>&amp;Cofnodi beth ddaeth yn ôl…</translation>
    </message>
    <message>
        <source>Record an output that came back</source>
        <translation>Cofnodi allbwn a ddaeth yn ôl</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Cytun&amp;deb:</translation>
    </message>
    <message>
        <source>Shares &amp;out</source>
        <translation>Rhanniadau a &amp;anfonwyd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set ddata</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Shares sent under this agreement</source>
        <translation>Rhanniadau a anfonwyd o dan y cytundeb hwn</translation>
    </message>
    <message>
        <source>Outputs &amp;back</source>
        <translation>Allbynnau a ddaeth yn ô&amp;l</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Daeth yn ôl</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Yn deillio o</translation>
    </message>
    <message>
        <source>Outputs that came back under this agreement</source>
        <translation>Allbynnau a ddaeth yn ôl o dan y cytundeb hwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date an output is due back</comment>
        <translation>Erbyn</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::PracticeBanner</name>
    <message>
        <source>Practice: nothing here is real</source>
        <translation>Ymarfer: nid oes dim byd yma yn go iawn</translation>
    </message>
    <message>
        <source>The agreement, the recipient and the file are made up, and what you do is kept in a practice history of its own, never in your real one. Practice bundles cannot be opened by anyone: do not send them.</source>
        <translation>Mae&apos;r cytundeb, y derbynnydd a&apos;r ffeil wedi&apos;u dyfeisio, ac mae&apos;r hyn rydych chi&apos;n ei wneud yn cael ei gadw mewn hanes ymarfer ar wahân, byth yn eich hanes go iawn. Ni all neb agor bwndeli ymarfer: peidiwch â&apos;u hanfon.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ProfileModel</name>
    <message>
        <source>Personal data: %1</source>
        <translation>Data personol: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>Rhifau cyfan</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rhifau</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dyddiadau ac amseroedd</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ie neu na</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>%1. %2 of the rows are empty; %3 %4 different values.</source>
        <translation>%1. Mae %2 o&apos;r rhesi yn wag; %3 %4 o werthoedd gwahanol.</translation>
    </message>
    <message>
        <source>there are</source>
        <translation>mae</translation>
    </message>
    <message>
        <source>there are about</source>
        <translation>mae tua</translation>
    </message>
    <message>
        <source>They run from %1 to %2.</source>
        <translation>Maen nhw&apos;n amrywio o %1 i %2.</translation>
    </message>
    <message numerus="yes">
        <source>Dates are written in %n different ways (%1).</source>
        <translation>
            <numerusform>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu mewn %n ffordd wahanol (%1).</numerusform>
            <numerusform>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu mewn %n ffordd (%1).</numerusform>
            <numerusform>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu mewn %n o ffyrdd gwahanol (%1).</numerusform>
            <numerusform>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu mewn %n ffordd wahanol (%1).</numerusform>
            <numerusform>Mae&apos;r dyddiadau wedi&apos;u hysgrifennu mewn %n ffordd wahanol (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal identifiers were found in this column.</source>
        <translation>Ni chanfuwyd unrhyw ddynodyddion personol yn y golofn hon.</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Ni chanfuwyd dim</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Yn cynnwys</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Gwerthoedd gwahanol</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Data personol a ganfuwyd</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::PurposePage</name>
    <message>
        <source>%1, with %2</source>
        <translation>%1, gyda %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>Special category condition</source>
        <translation>Amod data categori arbennig</translation>
    </message>
    <message>
        <source>Criminal offence condition</source>
        <translation>Amod data troseddau</translation>
    </message>
    <message>
        <source>Power to share</source>
        <translation>Pŵer i rannu</translation>
    </message>
    <message>
        <source>Rules from your last share under this agreement (%1, %2).</source>
        <translation>Rheolau o&apos;ch rhanniad diwethaf o dan y cytundeb hwn (%1, %2).</translation>
    </message>
    <message>
        <source>No agreement chosen</source>
        <translation>Dim cytundeb wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Go back to the first step and choose the agreement this share falls under.</source>
        <translation>Ewch yn ôl i&apos;r cam cyntaf a dewiswch y cytundeb y mae&apos;r rhanniad hwn yn dod oddi tano.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Diben: %1</translation>
    </message>
    <message>
        <source>Not to be used for: %1</source>
        <translation>Nid i&apos;w ddefnyddio ar gyfer: %1</translation>
    </message>
    <message>
        <source>Without an agreement nothing can be checked.</source>
        <translation>Heb gytundeb, nid oes modd gwirio dim.</translation>
    </message>
    <message>
        <source>The agreement allows this file as it will be redacted. Check the rules on the next page.</source>
        <translation>Mae&apos;r cytundeb yn caniatáu&apos;r ffeil hon fel y bydd yn cael ei golygu. Gwiriwch y rheolau ar y dudalen nesaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be put right before this share can go ahead.</source>
        <translation>
            <numerusform>Rhaid cywiro %n problem cyn y gall y rhanniad hwn fynd yn ei flaen.</numerusform>
            <numerusform>Rhaid cywiro %n broblem cyn y gall y rhanniad hwn fynd yn ei flaen.</numerusform>
            <numerusform>Rhaid cywiro %n o broblemau cyn y gall y rhanniad hwn fynd yn ei flaen.</numerusform>
            <numerusform>Rhaid cywiro %n phroblem cyn y gall y rhanniad hwn fynd yn ei flaen.</numerusform>
            <numerusform>Rhaid cywiro %n problem cyn y gall y rhanniad hwn fynd yn ei flaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stops this share; read the warnings below.</source>
        <translation>Nid oes dim yn atal y rhanniad hwn; darllenwch y rhybuddion isod.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Beth i&apos;w wneud: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni chafwyd hyd i broblemau.</translation>
    </message>
    <message numerus="yes">
        <source>Drop these %n column(s)</source>
        <translation>
            <numerusform>Gadael y colofnau hyn allan (%n)</numerusform>
            <numerusform>Gadael y golofn hon allan</numerusform>
            <numerusform>Gadael y colofnau hyn allan (%n)</numerusform>
            <numerusform>Gadael y colofnau hyn allan (%n)</numerusform>
            <numerusform>Gadael y colofnau hyn allan (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation>Yn gadael allan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Use the agreement&apos;s minimum for %n column(s)</source>
        <translation>
            <numerusform>Defnyddio isafswm golygu&apos;r cytundeb ar gyfer %n colofn</numerusform>
            <numerusform>Defnyddio isafswm golygu&apos;r cytundeb ar gyfer %n colofn</numerusform>
            <numerusform>Defnyddio isafswm golygu&apos;r cytundeb ar gyfer %n o golofnau</numerusform>
            <numerusform>Defnyddio isafswm golygu&apos;r cytundeb ar gyfer %n cholofn</numerusform>
            <numerusform>Defnyddio isafswm golygu&apos;r cytundeb ar gyfer %n colofn</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacts at least as the agreement says: %1</source>
        <translation>Yn golygu o leiaf cymaint ag y mae&apos;r cytundeb yn ei ddweud: %1</translation>
    </message>
    <message>
        <source>Check the purpose and the law</source>
        <translation>Gwirio&apos;r diben a&apos;r gyfraith</translation>
    </message>
    <message>
        <source>This is what the agreement allows, and what its checks found in your file. Anything marked as blocking must be put right before you can go on.</source>
        <translation>Dyma beth mae&apos;r cytundeb yn ei ganiatáu, a beth a ganfu ei wiriadau yn eich ffeil. Rhaid cywiro unrhyw beth sydd wedi&apos;i farcio fel un sy&apos;n rhwystro cyn y gallwch fynd ymlaen.</translation>
    </message>
    <message>
        <source>The law lets the council share personal data only for the purpose and on the legal basis the agreement records, and only the data items it lists. Checking now, before anything is redacted or sent, stops a share that the agreement does not cover.</source>
        <translation>Dim ond at y diben ac ar y sail gyfreithiol y mae&apos;r cytundeb yn eu cofnodi y mae&apos;r gyfraith yn gadael i&apos;r cyngor rannu data personol, a dim ond yr eitemau data y mae&apos;n eu rhestru. Mae gwirio nawr, cyn i unrhyw beth gael ei olygu neu ei anfon, yn atal rhanniad nad yw&apos;r cytundeb yn ei gwmpasu.</translation>
    </message>
    <message>
        <source>Purpose and legal basis</source>
        <translation>Diben a sail gyfreithiol</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Beth a ganfu&apos;r gwiriadau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::QuestionList</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ReasonDialog</name>
    <message>
        <source>Enter a few words on what changed in this version</source>
        <translation>Rhowch ychydig eiriau am beth newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <source>Enter the reason for this change of status</source>
        <translation>Rhowch y rheswm dros y newid statws hwn</translation>
    </message>
    <message>
        <source>Tick the box to confirm that ending the agreement is final</source>
        <translation>Ticiwch y blwch i gadarnhau bod terfynu&apos;r cytundeb yn derfynol</translation>
    </message>
    <message>
        <source>Save a new version</source>
        <translation>Cadw fersiwn newydd</translation>
    </message>
    <message>
        <source>Your changes to agreement %1 are saved as a new version. The earlier versions are kept, and the history records who changed it.</source>
        <translation>Mae eich newidiadau i gytundeb %1 yn cael eu cadw fel fersiwn newydd. Mae&apos;r fersiynau cynharach yn cael eu cadw, ac mae&apos;r hanes yn cofnodi pwy a&apos;i newidiodd.</translation>
    </message>
    <message>
        <source>&amp;What changed?</source>
        <translation>&amp;Beth newidiodd?</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>For example, extended to March 2027</source>
        <translation>Er enghraifft, wedi&apos;i estyn i fis Mawrth 2027</translation>
    </message>
    <message>
        <source>Save the new version</source>
        <translation>Cadw&apos;r fersiwn newydd</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation>Gwneud y cytundeb yn weithredol</translation>
    </message>
    <message>
        <source>Once agreement %1 is active, officers can share data under it. Make it active only when every party has signed it.</source>
        <translation>Unwaith y bydd cytundeb %1 yn weithredol, gall swyddogion rannu data oddi tano. Gwnewch ef yn weithredol dim ond pan fydd pob parti wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <source>&amp;Why is it being made active?</source>
        <translation>&amp;Pam mae&apos;n cael ei wneud yn weithredol?</translation>
    </message>
    <message>
        <source>Why the agreement is being made active</source>
        <translation>Pam mae&apos;r cytundeb yn cael ei wneud yn weithredol</translation>
    </message>
    <message>
        <source>For example, signed by all parties on 3 March</source>
        <translation>Er enghraifft, wedi&apos;i lofnodi gan bob parti ar 3 Mawrth</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Gwneud yn weithredol</translation>
    </message>
    <message>
        <source>Suspend the agreement</source>
        <translation>Atal y cytundeb</translation>
    </message>
    <message>
        <source>While agreement %1 is suspended, nothing can be shared under it. You can make it active again later.</source>
        <translation>Tra bydd cytundeb %1 wedi&apos;i atal, ni ellir rhannu dim oddi tano. Gallwch ei wneud yn weithredol eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Why is it being suspended?</source>
        <translation>&amp;Pam mae&apos;n cael ei atal?</translation>
    </message>
    <message>
        <source>Why the agreement is being suspended</source>
        <translation>Pam mae&apos;r cytundeb yn cael ei atal</translation>
    </message>
    <message>
        <source>For example, waiting for the new DPIA</source>
        <translation>Er enghraifft, yn aros am yr AEDD newydd</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Atal</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Terfynu&apos;r cytundeb</translation>
    </message>
    <message>
        <source>Ending agreement %1 is final: nothing can be shared under it again, and it cannot be made active again. Its versions stay in the register.</source>
        <translation>Mae terfynu cytundeb %1 yn derfynol: ni ellir rhannu dim oddi tano eto, ac ni ellir ei wneud yn weithredol eto. Mae ei fersiynau&apos;n aros yn y gofrestr.</translation>
    </message>
    <message>
        <source>&amp;Why is it ending?</source>
        <translation>&amp;Pam mae&apos;n cael ei derfynu?</translation>
    </message>
    <message>
        <source>Why the agreement is ending</source>
        <translation>Pam mae&apos;r cytundeb yn cael ei derfynu</translation>
    </message>
    <message>
        <source>For example, the collection stopped</source>
        <translation>Er enghraifft, daeth y casgliad i ben</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Rwy&apos;n deall na ellir dadwneud hyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RecipientsDialog</name>
    <message>
        <source>Yes, %1</source>
        <extracomment>Column &quot;Checked by phone?&quot;: yes, and the date it was checked.</extracomment>
        <translation>Do, %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <extracomment>Column &quot;Status&quot;: %1 is the date, %2 the reason given.</extracomment>
        <translation>Dirymwyd %1: %2</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Yn cael ei defnyddio</translation>
    </message>
    <message>
        <source>Mark as checked?</source>
        <translation>Nodi bod yr allwedd wedi&apos;i gwirio?</translation>
    </message>
    <message>
        <source>Phone %1 on a number you already know (not one from the email that brought the key card) and ask them to read out their fingerprint. It must be exactly:

%2

Did every group match?</source>
        <translation>Ffoniwch %1 ar rif rydych chi&apos;n ei wybod eisoes (nid rhif o&apos;r e-bost a ddaeth â&apos;r cerdyn allwedd) a gofynnwch iddyn nhw ddarllen eu hôl bys yn uchel. Rhaid iddo fod yn union fel hyn:

%2

A oedd pob grŵp yn cyfateb?</translation>
    </message>
    <message>
        <source>Yes, it matched</source>
        <translation>Oedd, roedd yn cyfateb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem wedi codi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>The people you exchange bundles with, and their keys. Sharewise shows these names for a sender, never the name written inside a bundle. Check each fingerprint with its holder by phone before you rely on it.</source>
        <translation>Y bobl rydych chi&apos;n cyfnewid bwndeli â nhw, a&apos;u hallweddi. Mae Sharewise yn dangos yr enwau hyn ar gyfer anfonwr, byth yr enw sydd wedi&apos;i ysgrifennu y tu mewn i fwndel. Gwiriwch bob ôl bys gyda&apos;i ddeiliad dros y ffôn cyn i chi ddibynnu arno.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Checked by phone?</source>
        <translation>Gwiriwyd dros y ffôn?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Partners&apos; keys</source>
        <translation>Allweddi partneriaid</translation>
    </message>
    <message>
        <source>&amp;Add a key…</source>
        <translation>&amp;Ychwanegu allwedd…</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Ychwanegu allwedd</translation>
    </message>
    <message>
        <source>&amp;Mark as checked…</source>
        <translation>&amp;Nodi bod yr allwedd wedi&apos;i gwirio…</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Nodi bod yr allwedd wedi&apos;i gwirio</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Dirymu…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Dirymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RecipientsPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Dim allwedd</translation>
    </message>
    <message>
        <source>Not in your recipients directory: add their key in Settings, Recipients, and check its fingerprint with them.</source>
        <translation>Nid yw yn eich cyfeiriadur derbynwyr: ychwanegwch eu hallwedd drwy ddewis Gosodiadau, yna Derbynwyr, a gwiriwch ei hôl bys gyda nhw.</translation>
    </message>
    <message>
        <source>Key revoked: it cannot be used. Ask the recipient for their new key.</source>
        <translation>Allwedd wedi&apos;i dirymu: nid oes modd ei defnyddio. Gofynnwch i&apos;r derbynnydd am eu hallwedd newydd.</translation>
    </message>
    <message>
        <source>Key never verified: check the fingerprint with the recipient (by phone or in person) before you send.</source>
        <translation>Ni chafodd yr allwedd erioed ei gwirio: gwiriwch yr ôl bys gyda&apos;r derbynnydd (dros y ffôn neu wyneb yn wyneb) cyn i chi anfon.</translation>
    </message>
    <message>
        <source>Key verified by %1.</source>
        <translation>Gwiriwyd yr allwedd gan %1.</translation>
    </message>
    <message>
        <source>The recipients directory could not be read: %1</source>
        <translation>Nid oedd modd darllen y cyfeiriadur derbynwyr: %1</translation>
    </message>
    <message>
        <source>No agreement was chosen. Go back to the first step.</source>
        <translation>Ni ddewiswyd cytundeb. Ewch yn ôl i&apos;r cam cyntaf.</translation>
    </message>
    <message>
        <source>The agreement names no recipient. An information governance lead adds them in Agreements.</source>
        <translation>Nid yw&apos;r cytundeb yn enwi unrhyw dderbynnydd. Mae arweinydd llywodraethu gwybodaeth yn eu hychwanegu drwy ddewis Cytundebau.</translation>
    </message>
    <message>
        <source>Choose who receives it</source>
        <translation>Dewis pwy sy&apos;n ei dderbyn</translation>
    </message>
    <message>
        <source>Only the recipients the agreement names are listed. The bundle is locked so that only the people you tick can open it.</source>
        <translation>Dim ond y derbynwyr y mae&apos;r cytundeb yn eu henwi sy&apos;n cael eu rhestru. Mae&apos;r bwndel wedi&apos;i gloi fel mai dim ond y bobl rydych chi&apos;n eu ticio sy&apos;n gallu ei agor.</translation>
    </message>
    <message>
        <source>A bundle is encrypted to each recipient&apos;s key, so nobody else can read it, even if it is sent to the wrong place. A key that was never checked with its holder could belong to someone pretending to be them.</source>
        <translation>Mae bwndel yn cael ei amgryptio i allwedd pob derbynnydd, felly ni all neb arall ei ddarllen, hyd yn oed os caiff ei anfon i&apos;r lle anghywir. Gallai allwedd na chafodd erioed ei gwirio gyda&apos;i deiliad berthyn i dwyllwr.</translation>
    </message>
    <message>
        <source>Lock it to the recipients&apos; keys</source>
        <translation>Ei gloi ag allweddi&apos;r derbynwyr</translation>
    </message>
    <message>
        <source>Lock it with a passphrase (for a recipient without a key)</source>
        <translation>Ei gloi â chyfrinymadrodd (ar gyfer derbynnydd heb allwedd)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ôl bys yr allwedd</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Recipients named in the agreement</source>
        <translation>Derbynwyr a enwir yn y cytundeb</translation>
    </message>
    <message>
        <source>Sharewise makes a strong passphrase of six words. It is shown only now: copy it or write it down.</source>
        <translation>Mae Sharewise yn creu cyfrinymadrodd cryf o chwe gair. Dim ond nawr y caiff ei ddangos: copïwch ef neu ysgrifennwch ef i lawr.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cyfrinym&amp;adrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Make a passphrase</source>
        <translation>C&amp;reu cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pïo</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Copïo&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Send the passphrase by another route than the bundle, such as a phone call, never in the same email or upload.</source>
        <translation>Anfonwch y cyfrinymadrodd mewn ffordd wahanol i&apos;r bwndel, fel galwad ffôn, a byth yn yr un e-bost na&apos;r un llwythiad.</translation>
    </message>
    <message>
        <source>Receives by passphrase</source>
        <translation>Derbyn drwy gyfrinymadrodd</translation>
    </message>
    <message>
        <source>No key in the agreement: ask the information governance lead to choose their key.</source>
        <translation>Dim allwedd yn y cytundeb: gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ddewis ei allwedd.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RecordOutputDialog</name>
    <message>
        <source>Something else (not a promised output)</source>
        <translation>Rhywbeth arall (nid allbwn a addawyd)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (erbyn %2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Choose the file that came back</source>
        <translation>Dewis y ffeil a ddaeth yn ôl</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose the agreement the output came under</source>
        <translation>Dewis y cytundeb y daeth yr allbwn oddi tano</translation>
    </message>
    <message>
        <source>Say what came back, such as &quot;Quarterly report, Q1&quot;</source>
        <translation>Nodwch beth ddaeth yn ôl, fel &quot;Adroddiad chwarterol, Ch1&quot;</translation>
    </message>
    <message>
        <source>Choose the file that came back, or pick another option</source>
        <translation>Dewiswch y ffeil a ddaeth yn ôl, neu dewiswch opsiwn arall</translation>
    </message>
    <message>
        <source>Enter the link where the output is published, such as https://www.example.gov.uk/report</source>
        <translation>Rhowch y ddolen lle mae&apos;r allbwn wedi&apos;i gyhoeddi, fel https://www.example.gov.uk/report</translation>
    </message>
    <message>
        <source>Record what came back</source>
        <translation>Cofnodi beth ddaeth yn ôl</translation>
    </message>
    <message>
        <source>Why am I asked this? Agreements say what the recipient will send back (a report, a return, figures). Recording it shows the data was used as agreed, and which shares it came from. A file stays where it is: Sharewise keeps its name and a fingerprint of its content.</source>
        <translation>Pam rydw i&apos;n cael fy holi am hyn? Mae cytundebau&apos;n nodi beth fydd y derbynnydd yn ei anfon yn ôl (adroddiad, ffurflen, ffigurau). Mae ei gofnodi yn dangos bod y data wedi&apos;i ddefnyddio fel y cytunwyd, ac o ba ranniadau y daeth. Mae ffeil yn aros lle mae hi: mae Sharewise yn cadw ei henw ac ôl bys o&apos;i chynnwys.</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>C&amp;ytundeb:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>&amp;Promised output:</source>
        <translation>&amp;Allbwn a addawyd:</translation>
    </message>
    <message>
        <source>The promised output it answers</source>
        <translation>Yr allbwn a addawyd y mae&apos;n ei ateb</translation>
    </message>
    <message>
        <source>Came back &amp;on:</source>
        <translation>Daeth yn ôl a&amp;r:</translation>
    </message>
    <message>
        <source>Date it came back</source>
        <translation>Y dyddiad y daeth yn ôl</translation>
    </message>
    <message>
        <source>&amp;What came back:</source>
        <translation>&amp;Beth ddaeth yn ôl:</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Beth ddaeth yn ôl</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Ble mae&apos;r allbwn?</translation>
    </message>
    <message>
        <source>A &amp;file</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Atodi ffeil</translation>
    </message>
    <message>
        <source>The file chosen</source>
        <translation>Y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>A &amp;link</source>
        <translation>D&amp;olen</translation>
    </message>
    <message>
        <source>Give a link</source>
        <translation>Rhoi dolen</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Y ddolen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Neither: recorded here only</source>
        <translation>Dim &amp;un: wedi&apos;i gofnodi yma yn unig</translation>
    </message>
    <message>
        <source>&amp;Shares that fed it (sealed, sent or received under this agreement):</source>
        <translation>Rhann&amp;iadau a gyfrannodd ato (wedi&apos;u selio, eu hanfon neu eu derbyn o dan y cytundeb hwn):</translation>
    </message>
    <message>
        <source>Shares that fed it</source>
        <translation>Rhanniadau a gyfrannodd ato</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RedactPage</name>
    <message>
        <source>The first rows could not be read: %1</source>
        <translation>Nid oedd modd darllen y rhesi cyntaf: %1</translation>
    </message>
    <message>
        <source>%1 (you hold its key)</source>
        <translation>%1 (mae&apos;r allwedd gennych)</translation>
    </message>
    <message>
        <source>%1 (not given to you)</source>
        <translation>%1 (heb ei rhoi i chi)</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>Ar waith.</translation>
    </message>
    <message>
        <source>The key of %1 is in use.</source>
        <translation>Mae allwedd %1 ar waith.</translation>
    </message>
    <message>
        <source>The agreements with a key could not be listed, so Pseudonymise and Shift dates cannot be used: %1</source>
        <translation>Nid oedd modd rhestru&apos;r cytundebau ag allwedd, felly nid oes modd defnyddio Ffugenwi a Symud dyddiadau: %1</translation>
    </message>
    <message>
        <source>Pseudonymise and Shift dates use the key of agreement %1.</source>
        <translation>Mae Ffugenwi a Symud dyddiadau yn defnyddio allwedd cytundeb %1.</translation>
    </message>
    <message>
        <source>No agreement has a pseudonymisation key yet, so Pseudonymise and Shift dates cannot be used; an information governance lead makes one in Settings › Agreement keys.</source>
        <translation>Nid oes gan unrhyw gytundeb allwedd ffugenwi eto, felly nid oes modd defnyddio Ffugenwi a Symud dyddiadau; mae arweinydd llywodraethu gwybodaeth yn creu un drwy ddewis Gosodiadau › Allweddi cytundebau.</translation>
    </message>
    <message>
        <source>No identity is loaded, so the agreement&apos;s key cannot be opened: choose Settings › My identity first (close this wizard to reach it).</source>
        <translation>Nid oes hunaniaeth wedi&apos;i llwytho, felly nid oes modd agor allwedd y cytundeb: dewiswch Gosodiadau › Fy hunaniaeth yn gyntaf (caewch y dewin hwn i gyrraedd yno).</translation>
    </message>
    <message>
        <source>Your identity is kept in a protected file and is locked, so the agreement&apos;s key cannot be opened: choose Settings › My identity and unlock it first (close this wizard to reach it).</source>
        <translation>Caiff eich hunaniaeth ei chadw mewn ffeil wedi&apos;i diogelu ac mae wedi&apos;i chloi, felly nid oes modd agor allwedd y cytundeb: dewiswch Gosodiadau › Fy hunaniaeth a datglowch hi yn gyntaf (caewch y dewin hwn i gyrraedd yno).</translation>
    </message>
    <message>
        <source>Your identity could not be loaded from this computer&apos;s password store, so the agreement&apos;s key cannot be opened: choose Settings › My identity first (close this wizard to reach it).</source>
        <translation>Nid oedd modd llwytho eich hunaniaeth o storfa gyfrineiriau&apos;r cyfrifiadur hwn, felly nid oes modd agor allwedd y cytundeb: dewiswch Gosodiadau › Fy hunaniaeth yn gyntaf (caewch y dewin hwn i gyrraedd yno).</translation>
    </message>
    <message>
        <source>You have not been given the key of agreement %1: ask the information governance lead to give it to you in Settings › Agreement keys.</source>
        <translation>Nid ydych wedi cael allwedd cytundeb %1: gofynnwch i&apos;r arweinydd llywodraethu gwybodaeth ei rhoi i chi drwy ddewis Gosodiadau › Allweddi cytundebau.</translation>
    </message>
    <message>
        <source>The key of agreement %1 could not be opened: %2</source>
        <translation>Nid oedd modd agor allwedd cytundeb %1: %2</translation>
    </message>
    <message>
        <source>it is not a pseudonymisation key.</source>
        <translation>nid yw&apos;n allwedd ffugenwi.</translation>
    </message>
    <message>
        <source>Generalise to…</source>
        <translation>Cyffredinoli i…</translation>
    </message>
    <message>
        <source>%1 (needs the agreement&apos;s key)</source>
        <translation>%1 (angen allwedd y cytundeb)</translation>
    </message>
    <message>
        <source>Needs the agreement&apos;s key: choose the agreement and unlock its key first.</source>
        <translation>Mae angen allwedd y cytundeb: dewiswch y cytundeb a datglowch ei allwedd yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose what to do…</source>
        <translation>Dewiswch beth i&apos;w wneud…</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Beth i&apos;w wneud â %1</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>Lled-ddynodydd</translation>
    </message>
    <message>
        <source>%1 is a quasi-identifier</source>
        <translation>Mae %1 yn lled-ddynodydd</translation>
    </message>
    <message>
        <source>A column that does not name anyone by itself but could single someone out together with others, such as sex, age band or postcode district. The risk check counts people by these columns.</source>
        <translation>Colofn nad yw&apos;n enwi neb ar ei phen ei hun ond a allai nodi rhywun yn unigol ynghyd ag eraill, fel rhyw, band oedran neu ardal cod post. Mae&apos;r gwiriad risg yn cyfrif pobl yn ôl y colofnau hyn.</translation>
    </message>
    <message>
        <source>Choose what to do with this column: nothing is sent until every column has a decision.</source>
        <translation>Dewiswch beth i&apos;w wneud â&apos;r golofn hon: ni chaiff dim ei anfon nes bod penderfyniad ar gyfer pob colofn.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Awgrym: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing personal found</source>
        <translation>Dim byd personol wedi&apos;i ganfod</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Canfuwyd: %1</translation>
    </message>
    <message>
        <source>Show first</source>
        <translation>Dangos ar y dechrau</translation>
    </message>
    <message>
        <source>Characters shown at the start of %1</source>
        <translation>Nodau a ddangosir ar ddechrau %1</translation>
    </message>
    <message>
        <source>and last</source>
        <translation>ac ar y diwedd</translation>
    </message>
    <message>
        <source>Characters shown at the end of %1</source>
        <translation>Nodau a ddangosir ar ddiwedd %1</translation>
    </message>
    <message>
        <source>Generalise %1 to</source>
        <translation>Cyffredinoli %1 i</translation>
    </message>
    <message>
        <source>Date on which ages in %1 are counted</source>
        <translation>Y dyddiad y caiff oedrannau yn %1 eu cyfrif arno</translation>
    </message>
    <message>
        <source>ages on</source>
        <translation>oedran ar</translation>
    </message>
    <message>
        <source>Years in each age band of %1</source>
        <translation>Nifer y blynyddoedd ym mhob band oedran yn %1</translation>
    </message>
    <message>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <source>bands of</source>
        <translation>bandiau</translation>
    </message>
    <message>
        <source>Width of each band of %1</source>
        <translation>Lled pob band yn %1</translation>
    </message>
    <message>
        <source>Round %1 to the nearest</source>
        <translation>Talgrynnu %1 i&apos;r lluosrif agosaf o</translation>
    </message>
    <message>
        <source>width</source>
        <translation>lled</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>lluosrif agosaf o</translation>
    </message>
    <message>
        <source>Kind of value in %1</source>
        <translation>Y math o werth yn %1</translation>
    </message>
    <message>
        <source>Other text</source>
        <translation>Testun arall</translation>
    </message>
    <message>
        <source>as</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>Column naming the person whose dates are in %1</source>
        <translation>Y golofn sy&apos;n enwi&apos;r person y mae ei ddyddiadau yn %1</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Dewiswch golofn…</translation>
    </message>
    <message>
        <source>for the person in</source>
        <translation>ar gyfer y person yn</translation>
    </message>
    <message>
        <source>Values of %1 seen fewer times than this are hidden</source>
        <translation>Caiff gwerthoedd %1 a welir yn llai aml na hyn eu hatal</translation>
    </message>
    <message>
        <source> times</source>
        <translation> gwaith</translation>
    </message>
    <message>
        <source>seen fewer than</source>
        <translation>a welir llai na</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>below</source>
        <translation>o dan</translation>
    </message>
    <message>
        <source>Lowest value of %1 sent as it is</source>
        <translation>Y gwerth isaf yn %1 a anfonir fel y mae</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ac o</translation>
    </message>
    <message>
        <source>Value of %1 from which values are shown as a range</source>
        <translation>Y gwerth yn %1 lle mae gwerthoedd yn dechrau cael eu dangos fel ystod</translation>
    </message>
    <message>
        <source>Choose what to do with the rows that have the wrong number of fields.</source>
        <translation>Dewiswch beth i&apos;w wneud â&apos;r rhesi sydd â&apos;r nifer anghywir o feysydd.</translation>
    </message>
    <message>
        <source>This profile is for agreement %1, but the key in use is agreement %2&apos;s: choose %1 above and use its key, so that its pseudonyms match earlier shares.</source>
        <translation>Mae&apos;r proffil hwn ar gyfer cytundeb %1, ond allwedd cytundeb %2 sy&apos;n cael ei defnyddio: dewiswch %1 uchod a defnyddiwch ei allwedd, fel bod ei ffugenwau&apos;n cyfateb i ranniadau cynharach.</translation>
    </message>
    <message>
        <source>Every column is left out, so there is nothing to send. Choose at least one column to send.</source>
        <translation>Mae pob colofn wedi&apos;i gadael allan, felly nid oes dim i&apos;w anfon. Dewiswch o leiaf un golofn i&apos;w hanfon.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>No: leave them out</source>
        <translation>Na: eu gadael allan</translation>
    </message>
    <message>
        <source>Yes: pad short rows with empty fields, cut long ones</source>
        <translation>Ie: llenwi rhesi byr â meysydd gwag, torri rhai hir</translation>
    </message>
    <message>
        <source>What to do with rows that have the wrong number of fields</source>
        <translation>Beth i&apos;w wneud â rhesi sydd â&apos;r nifer anghywir o feysydd</translation>
    </message>
    <message>
        <source>&amp;Risk of identifying someone</source>
        <translation>&amp;Risg o adnabod rhywun</translation>
    </message>
    <message>
        <source>&amp;Risk: checking…</source>
        <translation>&amp;Risg: wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>&amp;Risk: %1 of %2 people in groups smaller than %3</source>
        <translation>&amp;Risg: %1 o %2 o bobl mewn grwpiau llai na %3</translation>
    </message>
    <message>
        <source>&amp;Risk: not checked</source>
        <translation>&amp;Risg: heb ei gwirio</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>The risk check runs once the file is read.</source>
        <translation>Mae&apos;r gwiriad risg yn rhedeg pan fydd y ffeil wedi&apos;i darllen.</translation>
    </message>
    <message>
        <source>in the smallest group (k)</source>
        <translation>yn y grŵp lleiaf (k)</translation>
    </message>
    <message>
        <source>unique on %1</source>
        <translation>yn unigryw o ran %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>in groups smaller than %1</source>
        <translation>mewn grwpiau llai na %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>is the fewest different values of the sensitive column in any group (l)</source>
        <translation>yw&apos;r nifer lleiaf o werthoedd gwahanol yn y golofn sensitif mewn unrhyw grŵp (l)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the wrong number of fields were not counted.</source>
        <translation>
            <numerusform>Ni chyfrifwyd %n rhes â&apos;r nifer anghywir o feysydd.</numerusform>
            <numerusform>Ni chyfrifwyd %n rhes â&apos;r nifer anghywir o feysydd.</numerusform>
            <numerusform>Ni chyfrifwyd %n o resi â&apos;r nifer anghywir o feysydd.</numerusform>
            <numerusform>Ni chyfrifwyd %n rhes â&apos;r nifer anghywir o feysydd.</numerusform>
            <numerusform>Ni chyfrifwyd %n rhes â&apos;r nifer anghywir o feysydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Awgrym:</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Wrthi&apos;n darllen y rhesi cyntaf…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file: each column as it is in the file, and beside it, shaded, as it will be sent.</source>
        <translation>
            <numerusform>Y %n rhes gyntaf yn y ffeil: pob colofn fel y mae yn y ffeil, ac wrth ei hymyl, wedi&apos;i lliwio, fel y caiff ei hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf yn y ffeil: pob colofn fel y mae yn y ffeil, ac wrth ei hymyl, wedi&apos;i lliwio, fel y caiff ei hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf yn y ffeil: pob colofn fel y mae yn y ffeil, ac wrth ei hymyl, wedi&apos;i lliwio, fel y caiff ei hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf yn y ffeil: pob colofn fel y mae yn y ffeil, ac wrth ei hymyl, wedi&apos;i lliwio, fel y caiff ei hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf yn y ffeil: pob colofn fel y mae yn y ffeil, ac wrth ei hymyl, wedi&apos;i lliwio, fel y caiff ei hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a redaction profile</source>
        <translation>Llwytho proffil golygu</translation>
    </message>
    <message>
        <source>Redaction profiles (*.json);;All files (*)</source>
        <translation>Proffiliau golygu (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>redaction-profile</source>
        <translation>proffil-golygu</translation>
    </message>
    <message>
        <source>%1 redaction profile</source>
        <translation>proffil golygu %1</translation>
    </message>
    <message>
        <source>Save the redaction profile</source>
        <translation>Cadw&apos;r proffil golygu</translation>
    </message>
    <message>
        <source>Redaction profiles (*.json)</source>
        <translation>Proffiliau golygu (*.json)</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Ni chafodd y proffil ei gadw</translation>
    </message>
    <message>
        <source>The profile could not be loaded</source>
        <translation>Nid oedd modd llwytho&apos;r proffil</translation>
    </message>
    <message>
        <source>Decide what happens to each column</source>
        <translation>Penderfynwch beth sy&apos;n digwydd i bob colofn</translation>
    </message>
    <message>
        <source>Each column of the file has an action: sent as it is, left out, or made safer first. Sharewise has suggested one for each from what it found; change any you need to. The preview and the risk check below follow every change.</source>
        <translation>Mae gan bob colofn yn y ffeil weithred: ei hanfon fel y mae, ei gadael allan, neu ei gwneud yn fwy diogel yn gyntaf. Mae Sharewise wedi awgrymu un ar gyfer pob colofn ar sail yr hyn a ganfu; newidiwch unrhyw rai y mae angen eu newid. Mae&apos;r rhagolwg a&apos;r gwiriad risg isod yn dilyn pob newid.</translation>
    </message>
    <message>
        <source>The law allows you to share only the personal data the recipient needs for the purpose agreed (data minimisation). Columns that name someone are best left out or replaced with a code. Columns such as age, sex or postcode do not name anyone alone, but together they can single a person out: mark them as quasi-identifiers and the risk check counts how many people share each combination.</source>
        <translation>Mae&apos;r gyfraith yn caniatáu i chi rannu dim ond y data personol sydd ei angen ar y derbynnydd ar gyfer y diben a gytunwyd (lleihau data). Mae&apos;n well gadael colofnau sy&apos;n enwi rhywun allan, neu roi cod yn eu lle. Nid yw colofnau fel oedran, rhyw neu god post yn enwi neb ar eu pen eu hunain, ond gyda&apos;i gilydd gallan nhw nodi person yn unigol: marciwch nhw fel lled-ddynodyddion a bydd y gwiriad risg yn cyfrif faint o bobl sy&apos;n rhannu pob cyfuniad.</translation>
    </message>
    <message>
        <source>Use the &amp;suggestions</source>
        <translation>Defnyddio&apos;r a&amp;wgrymiadau</translation>
    </message>
    <message>
        <source>Start again from Sharewise&apos;s suggestions for this file</source>
        <translation>Dechrau eto o awgrymiadau Sharewise ar gyfer y ffeil hon</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>&amp;Llwytho proffil…</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <translation>Ca&amp;dw proffil…</translation>
    </message>
    <message>
        <source>&amp;Use the profile for the columns this file has</source>
        <translation>De&amp;fnyddio&apos;r proffil ar gyfer colofnau&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Pseudonyms and date shifts use the key of &amp;agreement:</source>
        <translation>Ffugenwi a symud dyddiadau gydag allwedd y cy&amp;tundeb:</translation>
    </message>
    <message>
        <source>Agreement whose key makes pseudonyms and date shifts</source>
        <translation>Y cytundeb y mae ei allwedd yn gwneud ffugenwau ac yn symud dyddiadau</translation>
    </message>
    <message>
        <source>The agreements that have a pseudonymisation key. You can use the key of one you hold.</source>
        <translation>Y cytundebau sydd ag allwedd ffugenwi. Gallwch ddefnyddio&apos;r allwedd os ydych chi&apos;n ei dal.</translation>
    </message>
    <message>
        <source>Use this &amp;key</source>
        <translation>Defnyddio&apos;r allw&amp;edd</translation>
    </message>
    <message>
        <source>Use the chosen agreement&apos;s key</source>
        <translation>Defnyddio allwedd y cytundeb a ddewiswyd</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Columns and what to do with each</source>
        <translation>Colofnau a beth i&apos;w wneud â phob un</translation>
    </message>
    <message>
        <source>Before and after preview of the first rows</source>
        <translation>Rhagolwg cyn ac ar ôl o&apos;r rhesi cyntaf</translation>
    </message>
    <message>
        <source>A column such as a diagnosis: the check says how varied it is within each group, since a group that all share one value gives it away.</source>
        <translation>Colofn fel diagnosis: mae&apos;r gwiriad yn dweud pa mor amrywiol yw hi o fewn pob grŵp, gan fod grŵp sydd i gyd yn rhannu un gwerth yn ei ddatgelu.</translation>
    </message>
    <message>
        <source>Sensitive column for the risk check</source>
        <translation>Colofn sensitif ar gyfer y gwiriad risg</translation>
    </message>
    <message>
        <source>Smallest safe &amp;group:</source>
        <translation>Grŵp d&amp;iogel lleiaf:</translation>
    </message>
    <message>
        <source>Smallest safe group, in people</source>
        <translation>Grŵp diogel lleiaf, mewn pobl</translation>
    </message>
    <message>
        <source>People in groups smaller than this are counted as at risk.</source>
        <translation>Caiff pobl mewn grwpiau llai na hyn eu cyfrif fel pobl sydd mewn perygl.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> o bobl</translation>
    </message>
    <message>
        <source>the rest as</source>
        <translation>a&apos;r gweddill fel</translation>
    </message>
    <message>
        <source>Character that replaces the hidden characters of %1</source>
        <translation>Y nod sy&apos;n cymryd lle&apos;r nodau wedi&apos;u masgio yn %1</translation>
    </message>
    <message>
        <source>Age from which %1 is one band</source>
        <translation>Yr oedran y mae %1 yn un band o hynny ymlaen</translation>
    </message>
    <message>
        <source>top band </source>
        <translation>band uchaf </translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>no top band</source>
        <translation>dim band uchaf</translation>
    </message>
    <message>
        <source>shown as</source>
        <translation>i&apos;w dangos fel</translation>
    </message>
    <message>
        <source>What rare values of %1 are replaced by</source>
        <translation>Beth sy&apos;n cymryd lle gwerthoedd prin yn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the wrong number of fields. Send &amp;them:</source>
        <translation>
            <numerusform>Mae gan %n rhes y nifer anghywir o feysydd. Eu &amp;hanfon:</numerusform>
            <numerusform>Mae gan %n rhes y nifer anghywir o feysydd. Ei &amp;hanfon:</numerusform>
            <numerusform>Mae gan %n o resi y nifer anghywir o feysydd. Eu &amp;hanfon:</numerusform>
            <numerusform>Mae gan %n rhes y nifer anghywir o feysydd. Eu &amp;hanfon:</numerusform>
            <numerusform>Mae gan %n rhes y nifer anghywir o feysydd. Eu &amp;hanfon:</numerusform>
        </translation>
    </message>
    <message>
        <source>Be&amp;fore and after</source>
        <translation>Cyn ac &amp;ar ôl</translation>
    </message>
    <message>
        <source>Sens&amp;itive column:</source>
        <translation>Colofn &amp;sensitif:</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RedactPreviewModel</name>
    <message>
        <source>Left out: this column is not sent.</source>
        <translation>Wedi&apos;i gadael allan: ni chaiff y golofn hon ei hanfon.</translation>
    </message>
    <message>
        <source>%1
in the file</source>
        <translation>%1
yn y ffeil</translation>
    </message>
    <message>
        <source>%1
not ready</source>
        <translation>%1
ddim yn barod</translation>
    </message>
    <message>
        <source>%1
left out</source>
        <translation>%1
heb ei hanfon</translation>
    </message>
    <message>
        <source>%1
as sent</source>
        <translation>%1
i&apos;w anfon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; as it is in the file</source>
        <translation>&quot;%1&quot; fel y mae yn y ffeil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: it is not sent</source>
        <translation>&quot;%1&quot; wedi&apos;i gadael allan: ni chaiff ei hanfon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; as the recipient will get it</source>
        <translation>&quot;%1&quot; fel y bydd y derbynnydd yn ei chael</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ReviewPage</name>
    <message>
        <source>Choose the agreement and the file first.</source>
        <translation>Dewiswch y cytundeb a&apos;r ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>Checking and redacting</source>
        <translation>Gwirio a golygu</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>Canslwyd y gwiriad. Ewch yn ôl ac ymlaen eto i&apos;w ailadrodd.</translation>
    </message>
    <message>
        <source>The share was not submitted</source>
        <translation>Ni chafodd y rhanniad ei gyflwyno</translation>
    </message>
    <message>
        <source>The bundle was not sealed</source>
        <translation>Ni chafodd y bwndel ei selio</translation>
    </message>
    <message>
        <source>Save the sealed bundle</source>
        <translation>Cadw&apos;r bwndel wedi&apos;i selio</translation>
    </message>
    <message>
        <source>Sharewise bundles (*.swb)</source>
        <translation>Bwndeli Sharewise (*.swb)</translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Selio</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Sealing was cancelled: no bundle was written, and the share&apos;s history records the cancellation. You can seal again.</source>
        <translation>Canslwyd y selio: ni ysgrifennwyd bwndel, ac mae hanes y rhanniad yn cofnodi&apos;r canslo. Gallwch selio eto.</translation>
    </message>
    <message>
        <source>The bundle was not sealed: %1</source>
        <translation>Ni chafodd y bwndel ei selio: %1</translation>
    </message>
    <message>
        <source>This agreement needs an information governance lead to approve each share. Check what is below, then submit it for review.</source>
        <translation>Mae&apos;r cytundeb hwn yn gofyn i arweinydd llywodraethu gwybodaeth gymeradwyo pob rhanniad. Gwiriwch yr hyn sydd isod, yna cyflwynwch y rhanniad i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>This agreement does not need a review before sealing. Check what is below, then seal the bundle.</source>
        <translation>Nid oes angen adolygiad ar y cytundeb hwn cyn selio. Gwiriwch yr hyn sydd isod, yna seliwch y bwndel.</translation>
    </message>
    <message>
        <source>This share cannot go ahead as it is: go back and put right what is listed below.</source>
        <translation>Ni all y rhanniad hwn fynd yn ei flaen fel y mae: ewch yn ôl a chywirwch yr hyn a restrir isod.</translation>
    </message>
    <message>
        <source>Submitted. Waiting for review by an IG lead.</source>
        <translation>Wedi&apos;i gyflwyno. Yn aros am adolygiad gan arweinydd llywodraethu gwybodaeth.</translation>
    </message>
    <message>
        <source>Sealed.</source>
        <translation>Wedi&apos;i selio.</translation>
    </message>
    <message>
        <source>What stops it</source>
        <translation>Beth sy&apos;n ei atal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Beth i&apos;w wneud: %1</translation>
    </message>
    <message>
        <source>Protected with a passphrase: send it by another route, such as a phone call.</source>
        <translation>Wedi&apos;i ddiogelu â chyfrinymadrodd: anfonwch y cyfrinymadrodd mewn ffordd arall, fel galwad ffôn.</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Derbynnydd: %1</translation>
    </message>
    <message>
        <source>Review what will be sent</source>
        <translation>Adolygu&apos;r hyn a fydd yn cael ei anfon</translation>
    </message>
    <message>
        <source>This is exactly what leaves the council: the file, its rows, each column and how it is redacted, the risk that someone could be recognised, who receives it, and the agreement it is sent under.</source>
        <translation>Dyma&apos;n union beth sy&apos;n gadael y cyngor: y ffeil, ei rhesi, pob colofn a sut mae&apos;n cael ei golygu, y risg y gallai rhywun gael ei adnabod, pwy sy&apos;n ei derbyn, a&apos;r cytundeb y mae&apos;n cael ei hanfon oddi tano.</translation>
    </message>
    <message>
        <source>Once a bundle is sent it cannot be called back. Sharewise redacts the whole file now, so what you see here is what will be sealed; if the agreement needs a review, the reviewer approves exactly this.</source>
        <translation>Unwaith y bydd bwndel wedi&apos;i anfon, nid oes modd ei alw&apos;n ôl. Mae Sharewise yn golygu&apos;r ffeil gyfan nawr, felly yr hyn a welwch chi yma yw&apos;r hyn a gaiff ei selio; os oes angen adolygiad ar y cytundeb, bydd yr adolygydd yn cymeradwyo hyn yn union.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Canslo&apos;r gwaith sydd ar y gweill</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>What leaves the building</source>
        <translation>Beth sy&apos;n gadael y cyngor</translation>
    </message>
    <message>
        <source>Submit for &amp;review</source>
        <translation>Cyflwyno i&apos;w &amp;adolygu</translation>
    </message>
    <message>
        <source>&amp;Seal now</source>
        <translation>&amp;Selio nawr</translation>
    </message>
    <message>
        <source>Submitting needs your identity. Set it up or unlock it in Settings, My identity, then submit again.</source>
        <translation>Mae angen eich hunaniaeth i gyflwyno. Sefydlwch hi neu datglowch hi drwy ddewis Gosodiadau, yna Fy hunaniaeth, ac yna cyflwynwch eto.</translation>
    </message>
    <message>
        <source>Sealing needs your identity: it signs the bundle. Set it up or unlock it in Settings, My identity, then seal again.</source>
        <translation>Mae angen eich hunaniaeth i selio: mae&apos;n llofnodi&apos;r bwndel. Sefydlwch hi neu datglowch hi drwy ddewis Gosodiadau, yna Fy hunaniaeth, ac yna seliwch eto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could be singled out: no other record has the same values.</source>
        <translation>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un gwerthoedd.</numerusform>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un gwerthoedd.</numerusform>
            <numerusform>Gellid nodi %Ln o gofnodion yn unigol: nid oes gan unrhyw gofnod arall yr un gwerthoedd.</numerusform>
            <numerusform>Gellid nodi %Ln chofnod yn unigol: nid oes gan unrhyw gofnod arall yr un gwerthoedd.</numerusform>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un gwerthoedd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could be singled out: no other record has the same %1.</source>
        <translation>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un %1.</numerusform>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un %1.</numerusform>
            <numerusform>Gellid nodi %Ln o gofnodion yn unigol: nid oes gan unrhyw gofnod arall yr un %1.</numerusform>
            <numerusform>Gellid nodi %Ln chofnod yn unigol: nid oes gan unrhyw gofnod arall yr un %1.</numerusform>
            <numerusform>Gellid nodi %Ln cofnod yn unigol: nid oes gan unrhyw gofnod arall yr un %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: go back to &quot;Decide what happens to each column&quot; and generalise a quasi-identifier further, such as a date of birth to its year or a postcode to its district. You can still go ahead as it is.</source>
        <translation>Beth i&apos;w wneud: ewch yn ôl i &quot;Penderfynwch beth sy&apos;n digwydd i bob colofn&quot; a chyffredinoli lled-ddynodwr ymhellach, fel dyddiad geni i&apos;w flwyddyn neu god post i&apos;w ddosbarth. Gallwch barhau fel y mae o hyd.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ReviewQueueDialog</name>
    <message>
        <source>The file cannot be opened (%1). Check it is there and try again.</source>
        <translation>Nid oes modd agor y ffeil (%1). Gwiriwch ei bod yno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file is too large to be a review file. Choose the file Sharewise saved.</source>
        <translation>Mae&apos;r ffeil yn rhy fawr i fod yn ffeil adolygu. Dewiswch y ffeil a gadwodd Sharewise.</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil (%1). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No share is waiting for review.</source>
        <translation>Nid oes rhanniad yn aros am adolygiad.</translation>
    </message>
    <message>
        <source>A decision is signed with your identity, and it is not unlocked in this session. Open Settings, My identity, unlock it, and try again.</source>
        <translation>Mae penderfyniad yn cael ei lofnodi â&apos;ch hunaniaeth, ac nid yw wedi&apos;i datgloi yn y sesiwn hon. Dewiswch Gosodiadau, yna Fy hunaniaeth, datglowch hi, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>You approved %1. %2 can now seal it and send it.</source>
        <translation>Rydych chi wedi cymeradwyo %1. Gall %2 ei selio a&apos;i anfon nawr.</translation>
    </message>
    <message>
        <source>You sent %1 back to %2 with your reason.</source>
        <translation>Rydych chi wedi anfon %1 yn ôl at %2 gyda&apos;ch rheswm.</translation>
    </message>
    <message>
        <source>Reading the first rows of %1…</source>
        <translation>Wrthi&apos;n darllen rhesi cyntaf %1…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be sent.</source>
        <translation>
            <numerusform>Y %n rhes gyntaf fel y byddan nhw&apos;n cael eu hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf fel y bydd yn cael ei hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf fel y byddan nhw&apos;n cael eu hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf fel y byddan nhw&apos;n cael eu hanfon.</numerusform>
            <numerusform>Y %n rhes gyntaf fel y byddan nhw&apos;n cael eu hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>A review request is signed with your identity, and it is not unlocked in this session. Open Settings, My identity, unlock it, and try again.</source>
        <translation>Mae cais adolygu yn cael ei lofnodi â&apos;ch hunaniaeth, ac nid yw wedi&apos;i datgloi yn y sesiwn hon. Dewiswch Gosodiadau, yna Fy hunaniaeth, datglowch hi, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>review-request-%1.swreview</source>
        <translation>cais-adolygu-%1.swreview</translation>
    </message>
    <message>
        <source>Save the review request</source>
        <translation>Cadw&apos;r cais adolygu</translation>
    </message>
    <message>
        <source>Sharewise review requests (*.swreview)</source>
        <translation>Ceisiadau adolygu Sharewise (*.swreview)</translation>
    </message>
    <message>
        <source>The review request was saved as %1. Send it to your reviewer; they open it with Import review request.</source>
        <translation>Cadwyd y cais adolygu fel %1. Anfonwch ef at eich adolygydd; byddan nhw&apos;n ei agor drwy ddewis Mewnforio cais adolygu.</translation>
    </message>
    <message>
        <source>Import a review request</source>
        <translation>Mewnforio cais adolygu</translation>
    </message>
    <message>
        <source>Sharewise review requests (*.swreview);;All files (*)</source>
        <translation>Ceisiadau adolygu Sharewise (*.swreview);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 from %2 is now in the queue.</source>
        <translation>Mae %1 gan %2 yn y ciw nawr.</translation>
    </message>
    <message>
        <source>This share has no decision yet. Approve it or send it back first.</source>
        <translation>Nid oes penderfyniad ar y rhanniad hwn eto. Cymeradwywch ef neu anfonwch ef yn ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>review-decision-%1.swdecision</source>
        <translation>penderfyniad-adolygu-%1.swdecision</translation>
    </message>
    <message>
        <source>Save the decision</source>
        <translation>Cadw&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Sharewise review decisions (*.swdecision)</source>
        <translation>Penderfyniadau adolygu Sharewise (*.swdecision)</translation>
    </message>
    <message>
        <source>The decision was saved as %1. Send it back to %2, who imports it with Import decision.</source>
        <translation>Cadwyd y penderfyniad fel %1. Anfonwch ef yn ôl at %2, a fydd yn ei fewnforio drwy ddewis Mewnforio&apos;r penderfyniad.</translation>
    </message>
    <message>
        <source>Import a review decision</source>
        <translation>Mewnforio penderfyniad adolygu</translation>
    </message>
    <message>
        <source>Sharewise review decisions (*.swdecision);;All files (*)</source>
        <translation>Penderfyniadau adolygu Sharewise (*.swdecision);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 approved %2. You can now seal it.</source>
        <translation>Mae %1 wedi cymeradwyo %2. Gallwch ei selio nawr.</translation>
    </message>
    <message>
        <source>%1 sent %2 back: %3</source>
        <translation>Mae %1 wedi anfon %2 yn ôl: %3</translation>
    </message>
    <message>
        <source>Review pending shares</source>
        <translation>Adolygu rhanniadau sy&apos;n aros</translation>
    </message>
    <message>
        <source>Shares waiting for review</source>
        <translation>Rhanniadau sy&apos;n aros am adolygiad</translation>
    </message>
    <message>
        <source>Why am I asked this? Before personal data leaves the council, someone other than the person who prepared it checks that it is what the agreement allows. Your decision is signed with your identity and kept in the history. The oldest share is first.</source>
        <translation>Pam rydw i&apos;n cael fy holi am hyn? Cyn i ddata personol adael y cyngor, mae rhywun heblaw&apos;r person a&apos;i paratôdd yn gwirio mai dyna mae&apos;r cytundeb yn ei ganiatáu. Mae eich penderfyniad yn cael ei lofnodi â&apos;ch hunaniaeth a&apos;i gadw yn yr hanes. Mae&apos;r rhanniad hynaf yn gyntaf.</translation>
    </message>
    <message>
        <source>Also show &amp;decided shares</source>
        <translation>Dangos y rhanniadau y &amp;penderfynwyd arnynt hefyd</translation>
    </message>
    <message>
        <source>Also show shares that have been decided</source>
        <translation>Dangos hefyd y rhanniadau y penderfynwyd arnynt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Paratowyd gan</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set ddata</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemau a ganfuwyd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Crynodeb</translation>
    </message>
    <message>
        <source>Redacted ro&amp;ws</source>
        <translation>Rhesi wedi&apos;u &amp;golygu</translation>
    </message>
    <message>
        <source>The share&apos;s summary</source>
        <translation>Crynodeb y rhanniad</translation>
    </message>
    <message>
        <source>The register keeps no row values. The first 50 rows are read again from the preparer&apos;s file and redacted as they will be sent, only when you ask, and only if the file is still there unchanged.</source>
        <translation>Nid yw&apos;r gofrestr yn cadw gwerthoedd y rhesi. Caiff y 50 rhes gyntaf eu darllen eto o ffeil y person a baratôdd y rhanniad a&apos;u golygu fel y byddan nhw&apos;n cael eu hanfon, dim ond pan fyddwch chi&apos;n gofyn, a dim ond os yw&apos;r ffeil yno o hyd heb ei newid.</translation>
    </message>
    <message>
        <source>Show the &amp;first 50 rows</source>
        <translation>&amp;Dangos y 50 rhes gyntaf</translation>
    </message>
    <message>
        <source>Show the first 50 redacted rows</source>
        <translation>Dangos y 50 rhes gyntaf wedi&apos;u golygu</translation>
    </message>
    <message>
        <source>The first redacted rows</source>
        <translation>Y rhesi cyntaf wedi&apos;u golygu</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>C&amp;ymeradwyo</translation>
    </message>
    <message>
        <source>Approve the selected share</source>
        <translation>Cymeradwyo&apos;r rhanniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Anfon yn ôl…</translation>
    </message>
    <message>
        <source>Send the selected share back with a reason</source>
        <translation>Anfon y rhanniad a ddewiswyd yn ôl gyda rheswm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Export review request…</source>
        <translation>All&amp;forio cais adolygu…</translation>
    </message>
    <message>
        <source>Save a review request file for a reviewer</source>
        <translation>Cadw ffeil cais adolygu ar gyfer adolygydd</translation>
    </message>
    <message>
        <source>&amp;Import review request…</source>
        <translation>&amp;Mewnforio cais adolygu…</translation>
    </message>
    <message>
        <source>Open a review request file</source>
        <translation>Agor ffeil cais adolygu</translation>
    </message>
    <message>
        <source>Export &amp;decision…</source>
        <translation>Allforio&apos;r pend&amp;erfyniad…</translation>
    </message>
    <message>
        <source>Save the decision as a file for the preparer</source>
        <translation>Cadw&apos;r penderfyniad fel ffeil ar gyfer y person a baratôdd y rhanniad</translation>
    </message>
    <message>
        <source>Import decisio&amp;n…</source>
        <translation>Mewnforio&apos;r penderfy&amp;niad…</translation>
    </message>
    <message>
        <source>Open a review decision file</source>
        <translation>Agor ffeil penderfyniad adolygu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Adnewydd&amp;u</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RevokeGrantDialog</name>
    <message>
        <source>Enter why the key is being taken back</source>
        <translation>Rhowch y rheswm dros dynnu&apos;r allwedd yn ôl</translation>
    </message>
    <message>
        <source>Take the key back</source>
        <translation>Tynnu&apos;r allwedd yn ôl</translation>
    </message>
    <message>
        <source>Sharewise will no longer give the key of agreement %1 to %2 (fingerprint %3): their copy is deleted, and the history records who took it back, when and why. This cannot be undone, but you can give the key to them again later. If they kept the key while they held it, taking it back cannot make them forget it.</source>
        <translation>Ni fydd Sharewise yn rhoi allwedd cytundeb %1 i %2 (ôl bys %3) mwyach: caiff eu copi ei ddileu, ac mae&apos;r hanes yn cofnodi pwy a&apos;i tynnodd yn ôl, pryd a pham. Nid oes modd dadwneud hyn, ond gallwch roi&apos;r allwedd iddyn nhw eto yn nes ymlaen. Os cadwon nhw&apos;r allwedd tra oedden nhw&apos;n ei dal, ni all ei thynnu&apos;n ôl wneud iddyn nhw ei hanghofio.</translation>
    </message>
    <message>
        <source>&amp;Why is it being taken back?</source>
        <translation>&amp;Pam mae&apos;n cael ei thynnu&apos;n ôl?</translation>
    </message>
    <message>
        <source>Why the key is being taken back</source>
        <translation>Pam mae&apos;r allwedd yn cael ei thynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>For example, they moved to another team</source>
        <translation>Er enghraifft, symudon nhw i dîm arall</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::RevokeKeyDialog</name>
    <message>
        <source>Enter why this key is being revoked</source>
        <translation>Rhowch y rheswm dros ddirymu&apos;r allwedd hon</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Dirymu allwedd</translation>
    </message>
    <message>
        <source>After you revoke the key of %1 (fingerprint %2), bundles signed with it are no longer trusted. This cannot be undone: to work with them again, add their new key card.</source>
        <translation>Ar ôl i chi ddirymu allwedd %1 (ôl bys %2), ni fydd Sharewise yn ymddiried mwyach mewn bwndeli a lofnodwyd â hi. Nid oes modd dadwneud hyn: i weithio gyda nhw eto, ychwanegwch eu cerdyn allwedd newydd.</translation>
    </message>
    <message>
        <source>&amp;Why is it being revoked?</source>
        <translation>&amp;Pam mae&apos;n cael ei dirymu?</translation>
    </message>
    <message>
        <source>Why the key is being revoked</source>
        <translation>Pam mae&apos;r allwedd yn cael ei dirymu</translation>
    </message>
    <message>
        <source>For example, they left the organisation</source>
        <translation>Er enghraifft, maen nhw wedi gadael y sefydliad</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Dirymu&apos;r allwedd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
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
    <message>
        <source>Keys</source>
        <translation>Allweddi</translation>
    </message>
    <message>
        <source>Your identity proves bundles come from you. Your partners&apos; keys let you send bundles only they can open.</source>
        <translation>Mae eich hunaniaeth yn profi bod bwndeli yn dod oddi wrthych chi. Mae allweddi eich partneriaid yn eich galluogi i anfon bwndeli na all neb ond nhw eu hagor.</translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation>Fy &amp;hunaniaeth…</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Fy hunaniaeth</translation>
    </message>
    <message>
        <source>Reci&amp;pients…</source>
        <translation>De&amp;rbynwyr…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT team sets some of these for every computer: they are shown here but cannot be changed. Ask them if one is wrong.</source>
        <translation>Mae tîm TG eich sefydliad yn gosod rhai o&apos;r rhain ar gyfer pob cyfrifiadur: maen nhw&apos;n cael eu dangos yma ond ni ellir eu newid. Gofynnwch iddyn nhw os oes un yn anghywir.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s IT team</source>
        <translation>Wedi&apos;i osod gan dîm TG eich sefydliad</translation>
    </message>
    <message>
        <source>Choose the council&apos;s certificate authority file</source>
        <translation>Dewiswch ffeil awdurdod tystysgrifau&apos;r cyngor</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Tystysgrifau (*.crt *.pem *.cer);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Saved on this computer: type a new one to change it</source>
        <translation>Wedi&apos;i gadw ar y cyfrifiadur hwn: teipiwch un newydd i&apos;w newid</translation>
    </message>
    <message>
        <source>Enter the register server&apos;s name or address, as IT gave it</source>
        <translation>Rhowch enw neu gyfeiriad gweinydd y gofrestr, fel y cawsoch ef gan eich tîm TG</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot contain spaces or semicolons</source>
        <translation>Ni all enw&apos;r gweinydd gynnwys bylchau na hanner colonau</translation>
    </message>
    <message>
        <source>Enter the name of the register&apos;s database on the server</source>
        <translation>Rhowch enw cronfa ddata&apos;r gofrestr ar y gweinydd</translation>
    </message>
    <message>
        <source>Enter your user name for the register server</source>
        <translation>Rhowch eich enw defnyddiwr ar gyfer gweinydd y gofrestr</translation>
    </message>
    <message>
        <source>The schema name may hold only letters, digits and underscores, and cannot start with a digit; leave it empty unless IT gave you one</source>
        <translation>Gall enw&apos;r sgema gynnwys llythrennau, digidau a thanlinellau yn unig, ac ni all ddechrau â digid; gadewch ef yn wag oni bai bod eich tîm TG wedi rhoi un i chi</translation>
    </message>
    <message>
        <source>Enter the full path of the certificate authority file, or choose it with Browse</source>
        <translation>Rhowch lwybr llawn ffeil yr awdurdod tystysgrifau, neu dewiswch hi gyda&apos;r botwm &quot;Pori&quot;</translation>
    </message>
    <message>
        <source>There is no certificate authority file at %1: check the name, or choose it with Browse</source>
        <translation>Nid oes ffeil awdurdod tystysgrifau yn %1: gwiriwch yr enw, neu dewiswch hi gyda&apos;r botwm &quot;Pori&quot;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Wrthi&apos;n cysylltu â %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (register version %2).</source>
        <translation>Wedi cysylltu â %1 (fersiwn %2 o&apos;r gofrestr).</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s credential store: %1</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair yn storfa gyfrineiriau&apos;r cyfrifiadur hwn: %1</translation>
    </message>
    <message>
        <source>A history &amp;file on this computer</source>
        <translation>Ffei&amp;l hanes ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>A shared register on a PostgreSQL ser&amp;ver</source>
        <translation>Cofrestr a rennir ar &amp;weinydd PostgreSQL</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Enw neu gyfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>For example, register.anytown.gov.uk</source>
        <translation>Er enghraifft, register.anytown.gov.uk</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw de&amp;fnyddiwr:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Leave empty if your council signs you in with Windows (Kerberos). The password is kept in this computer&apos;s credential store, not in Sharewise&apos;s settings.</source>
        <translation>Gadewch yn wag os yw eich cyngor yn eich mewngofnodi drwy Windows (Kerberos). Caiff y cyfrinair ei gadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn, nid yng ngosodiadau Sharewise.</translation>
    </message>
    <message>
        <source>For&amp;get the saved password</source>
        <translation>Dile&amp;u&apos;r cyfrinair a gadwyd</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Sgema</translation>
    </message>
    <message>
        <source>Only if IT gave you one</source>
        <translation>Dim ond os yw eich tîm TG wedi rhoi un i chi</translation>
    </message>
    <message>
        <source>&amp;Certificate authority file:</source>
        <translation>Ffeil yr awdurdod &amp;tystysgrifau:</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
        <source>The council&apos;s CA certificate, from IT</source>
        <translation>Tystysgrif CA y cyngor, gan TG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Pori am ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
        <source>The connection is encrypted, and the server&apos;s certificate and name are checked against the certificate authority, unless the server is this computer. The register is backed up on the server, by IT.</source>
        <translation>Mae&apos;r cysylltiad wedi&apos;i amgryptio, ac mae tystysgrif ac enw&apos;r gweinydd yn cael eu gwirio yn erbyn yr awdurdod tystysgrifau, oni bai mai&apos;r cyfrifiadur hwn yw&apos;r gweinydd. Y tîm TG sy&apos;n gwneud copi wrth gefn o&apos;r gofrestr, ar y gweinydd.</translation>
    </message>
    <message>
        <source>Server name or a&amp;ddress:</source>
        <translation>Enw neu gyfeiriad y &amp;gweinydd:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>Sche&amp;ma (optional):</source>
        <translation>Sge&amp;ma (dewisol):</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Profi&apos;r cy&amp;sylltiad</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: its tables are made the first time it is opened with the register owner&apos;s login. That is IT&apos;s task (see the guide to the shared register).</source>
        <translation>Wedi cysylltu â %1. Mae&apos;r gronfa ddata&apos;n wag: caiff ei thablau eu gwneud y tro cyntaf yr agorir hi gyda manylion mewngofnodi perchennog y gofrestr. Gwaith i&apos;r tîm TG yw hynny (gweler y canllaw i&apos;r gofrestr a rennir).</translation>
    </message>
    <message>
        <source>Connected to %1 (register version %2). It must be upgraded to version %3, by opening it once with the register owner&apos;s login, before it can be used here. That is IT&apos;s task.</source>
        <translation>Wedi cysylltu â %1 (fersiwn %2 o&apos;r gofrestr). Rhaid ei huwchraddio i fersiwn %3, drwy ei hagor unwaith gyda manylion mewngofnodi perchennog y gofrestr, cyn y gellir ei defnyddio yma. Gwaith i&apos;r tîm TG yw hynny.</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ShareTextDialog</name>
    <message>
        <source>Enter the reason for sending the share back, so the preparer knows what to change</source>
        <translation>Rhowch y rheswm dros anfon y rhanniad yn ôl, fel bod y person a&apos;i paratôdd yn gwybod beth i&apos;w newid</translation>
    </message>
    <message>
        <source>Enter the reason for cancelling the share</source>
        <translation>Rhowch y rheswm dros ganslo&apos;r rhanniad</translation>
    </message>
    <message>
        <source>Enter how the bundle was sent, such as the portal&apos;s name</source>
        <translation>Rhowch sut cafodd y bwndel ei anfon, fel enw&apos;r porth</translation>
    </message>
    <message>
        <source>Send the share back</source>
        <translation>Anfon y rhanniad yn ôl</translation>
    </message>
    <message>
        <source>The share %1 goes back to the person who prepared it, with your reason. They can change it and submit it again. Nothing is sent to anyone outside the council.</source>
        <translation>Mae rhanniad %1 yn mynd yn ôl at y person a&apos;i paratôdd, gyda&apos;ch rheswm. Gallan nhw ei newid a&apos;i gyflwyno eto. Nid oes dim yn cael ei anfon at neb y tu allan i&apos;r cyngor.</translation>
    </message>
    <message>
        <source>&amp;What needs to change?</source>
        <translation>&amp;Beth sydd angen ei newid?</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Beth sydd angen ei newid</translation>
    </message>
    <message>
        <source>For example, leave out the date of birth column</source>
        <translation>Er enghraifft, gadewch y golofn dyddiad geni allan</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Anfon yn ôl</translation>
    </message>
    <message>
        <source>Cancel the share</source>
        <translation>Canslo&apos;r rhanniad</translation>
    </message>
    <message>
        <source>Cancelling the share %1 is final: it cannot be submitted or sealed again. Its record stays in the history.</source>
        <translation>Mae canslo rhanniad %1 yn derfynol: nid oes modd ei gyflwyno na&apos;i selio eto. Mae ei gofnod yn aros yn yr hanes.</translation>
    </message>
    <message>
        <source>&amp;Why is it being cancelled?</source>
        <translation>&amp;Pam mae&apos;n cael ei ganslo?</translation>
    </message>
    <message>
        <source>Why the share is being cancelled</source>
        <translation>Pam mae&apos;r rhanniad yn cael ei ganslo</translation>
    </message>
    <message>
        <source>For example, the partner no longer needs it</source>
        <translation>Er enghraifft, nid oes ei angen ar y partner mwyach</translation>
    </message>
    <message>
        <source>Mark the share as sent</source>
        <translation>Nodi bod y rhanniad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Sharewise does not upload bundles itself. Say how the bundle of %1 was sent, so the history shows where it went.</source>
        <translation>Nid yw Sharewise yn llwytho bwndeli i fyny ei hun. Nodwch sut cafodd bwndel %1 ei anfon, fel bod yr hanes yn dangos i ble aeth.</translation>
    </message>
    <message>
        <source>&amp;How was it sent?</source>
        <translation>&amp;Sut cafodd ei anfon?</translation>
    </message>
    <message>
        <source>How the bundle was sent</source>
        <translation>Sut cafodd y bwndel ei anfon</translation>
    </message>
    <message>
        <source>For example, the DLUHC data portal</source>
        <translation>Er enghraifft, porth data DLUHC</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Nodi ei fod wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Keep the share</source>
        <translation>Cadw&apos;r rhanniad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::ShareWizard</name>
    <message>
        <source>Share data</source>
        <translation>Rhannu data</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Cyflwyn&amp;o</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Rules from your saved draft.</source>
        <translation>Rheolau o&apos;ch drafft a gadwyd.</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Ni chafodd y drafft ei gadw</translation>
    </message>
    <message>
        <source>Choose the agreement first: a draft is kept under its agreement.</source>
        <translation>Dewiswch y cytundeb yn gyntaf: caiff drafft ei gadw o dan ei gytundeb.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Cadwyd y drafft</translation>
    </message>
    <message>
        <source>The share is saved as a draft. To go on later, open it from History.</source>
        <translation>Mae&apos;r rhanniad wedi&apos;i gadw fel drafft. I barhau yn nes ymlaen, agorwch ef drwy ddewis Hanes.</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Cadw&apos;r drafft</translation>
    </message>
</context>
<context>
    <name>sharewise::ui::SharesPanel</name>
    <message>
        <source>All agreements</source>
        <translation>Pob cytundeb</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) shown</source>
        <translation>
            <numerusform>Dangosir %n rhanniad</numerusform>
            <numerusform>Dangosir %n rhanniad</numerusform>
            <numerusform>Dangosir %n o ranniadau</numerusform>
            <numerusform>Dangosir %n rhanniad</numerusform>
            <numerusform>Dangosir %n rhanniad</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Y bwndel</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
    <message>
        <source>Bundle id: %1</source>
        <translation>Dynodydd y bwndel: %1</translation>
    </message>
    <message>
        <source>Sent by %1 on %2</source>
        <translation>Anfonwyd drwy %1 ar %2</translation>
    </message>
    <message>
        <source>Problems reported</source>
        <translation>Problemau y rhoddwyd gwybod amdanynt</translation>
    </message>
    <message>
        <source>Reported by %1 on %2.</source>
        <translation>Rhoddwyd gwybod gan %1 ar %2.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>No shares match.</source>
        <translation>Nid oes rhanniadau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>Choose a share to see its record.</source>
        <translation>Dewiswch ranniad i weld ei gofnod.</translation>
    </message>
    <message>
        <source>%1 is marked as sent by %2.</source>
        <translation>Nodwyd bod %1 wedi&apos;i anfon drwy %2.</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Mewnforio derbynneb</translation>
    </message>
    <message>
        <source>Sharewise receipts (*.swreceipt *.json);;All files (*)</source>
        <translation>Derbynebau Sharewise (*.swreceipt *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The receipt %1 cannot be read. Choose the receipt file your partner sent.</source>
        <translation>Nid oes modd darllen y dderbynneb %1. Dewiswch ffeil y dderbynneb a anfonodd eich partner.</translation>
    </message>
    <message>
        <source>The receipt for %1 is recorded. %2</source>
        <translation>Mae&apos;r dderbynneb ar gyfer %1 wedi&apos;i chofnodi. %2</translation>
    </message>
    <message>
        <source>The receipt is recorded: %1 was received.</source>
        <translation>Mae&apos;r dderbynneb wedi&apos;i chofnodi: derbyniwyd %1.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>Canslwyd %1.</translation>
    </message>
    <message>
        <source>Made on %1 by %2 from the history %3.</source>
        <translation>Wedi&apos;i wneud ar %1 gan %2 o&apos;r hanes %3.</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>yn cynnwys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>statws %1</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>cytundeb %1</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot;</source>
        <translation>partner &quot;%1&quot;</translation>
    </message>
    <message>
        <source>prepared by &quot;%1&quot;</source>
        <translation>wedi&apos;u paratoi gan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>created on or after %1</source>
        <translation>wedi&apos;u creu ar %1 neu wedyn</translation>
    </message>
    <message>
        <source>created on or before %1</source>
        <translation>wedi&apos;u creu ar %1 neu cyn hynny</translation>
    </message>
    <message>
        <source>Every share.</source>
        <translation>Pob rhanniad.</translation>
    </message>
    <message>
        <source>Shares %1.</source>
        <translation>Rhanniadau: %1.</translation>
    </message>
    <message>
        <source>sharewise-shares-%1.csv</source>
        <translation>sharewise-rhanniadau-%1.csv</translation>
    </message>
    <message>
        <source>Save the list of shares</source>
        <translation>Cadw&apos;r rhestr o ranniadau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to %1 (%2). Choose another folder.</source>
        <translation>Nid oedd modd cadw&apos;r rhestr yn %1 (%2). Dewiswch ffolder arall.</translation>
    </message>
    <message numerus="yes">
        <source>The list of %n share(s) was saved to %1.</source>
        <translation>
            <numerusform>Cadwyd y rhestr (%n rhanniad) yn %1.</numerusform>
            <numerusform>Cadwyd y rhestr (%n rhanniad) yn %1.</numerusform>
            <numerusform>Cadwyd y rhestr (%n o ranniadau) yn %1.</numerusform>
            <numerusform>Cadwyd y rhestr (%n rhanniad) yn %1.</numerusform>
            <numerusform>Cadwyd y rhestr (%n rhanniad) yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>sharewise-shares-%1.pdf</source>
        <translation>sharewise-rhanniadau-%1.pdf</translation>
    </message>
    <message>
        <source>Save the list of shares as a PDF</source>
        <translation>Cadw&apos;r rhestr o ranniadau fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Shares in the history</source>
        <translation>Rhanniadau yn yr hanes</translation>
    </message>
    <message>
        <source>Every share, newest first: search it, or narrow it by state, agreement, partner, who prepared it or when. Choose one to see its full record.</source>
        <translation>Pob rhanniad, gyda&apos;r diweddaraf yn gyntaf: chwiliwch drwyddynt, neu cyfyngwch y rhestr yn ôl statws, cytundeb, partner, pwy a&apos;i paratôdd neu pryd. Dewiswch un i weld ei gofnod llawn.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Search the shares</source>
        <translation>Chwilio&apos;r rhanniadau</translation>
    </message>
    <message>
        <source>Dataset, agreement, partner, person or reference</source>
        <translation>Set ddata, cytundeb, partner, person neu gyfeirnod</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Show shares in this state</source>
        <translation>Dangos rhanniadau sydd â&apos;r statws hwn</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>C&amp;ytundeb:</translation>
    </message>
    <message>
        <source>Show shares under this agreement</source>
        <translation>Dangos rhanniadau o dan y cytundeb hwn</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Par&amp;tner:</translation>
    </message>
    <message>
        <source>Show shares going to this partner</source>
        <translation>Dangos rhanniadau sy&apos;n mynd i&apos;r partner hwn</translation>
    </message>
    <message>
        <source>Prepared b&amp;y:</source>
        <translation>Parato&amp;wyd gan:</translation>
    </message>
    <message>
        <source>Show shares prepared by this person</source>
        <translation>Dangos rhanniadau a baratowyd gan y person hwn</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Only shares created on or after a date</source>
        <translation>Dim ond rhanniadau a grëwyd ar ddyddiad neu ar ei ôl</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Crëwyd ar neu ar ôl</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Only shares created on or before a date</source>
        <translation>Dim ond rhanniadau a grëwyd ar ddyddiad neu cyn hynny</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Crëwyd ar neu cyn</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Paratowyd gan</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set ddata</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Rhanniadau</translation>
    </message>
    <message>
        <source>The share&apos;s record</source>
        <translation>Cofnod y rhanniad</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent…</source>
        <translation>Nodi ei fod wedi&apos;i a&amp;nfon…</translation>
    </message>
    <message>
        <source>Mark the selected share as sent, with the route</source>
        <translation>Nodi bod y rhanniad a ddewiswyd wedi&apos;i anfon, gyda&apos;r dull trosglwyddo</translation>
    </message>
    <message>
        <source>Import a re&amp;ceipt…</source>
        <translation>&amp;Mewnforio derbynneb…</translation>
    </message>
    <message>
        <source>Import a receipt from a recipient</source>
        <translation>Mewnforio derbynneb gan dderbynnydd</translation>
    </message>
    <message>
        <source>Report a pro&amp;blem…</source>
        <translation>Rhoi gwybod am &amp;broblem…</translation>
    </message>
    <message>
        <source>Report a problem with the selected share</source>
        <translation>Rhoi gwybod am broblem gyda&apos;r rhanniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Cancel the s&amp;hare…</source>
        <translation>Canslo&apos;r rhann&amp;iad…</translation>
    </message>
    <message>
        <source>Cancel the selected share, with a reason</source>
        <translation>Canslo&apos;r rhanniad a ddewiswyd, gyda rheswm</translation>
    </message>
    <message>
        <source>Carry on with this &amp;draft</source>
        <translation>Parhau â&apos;r &amp;drafft hwn</translation>
    </message>
    <message>
        <source>Open the selected draft in the Share wizard</source>
        <translation>Agor y drafft a ddewiswyd yn y dewin Rhannu data</translation>
    </message>
    <message>
        <source>Save the list as CS&amp;V…</source>
        <translation>Cadw&apos;r rhestr fel CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the shares shown as a CSV file</source>
        <translation>Cadw&apos;r rhanniadau a ddangosir fel ffeil CSV</translation>
    </message>
    <message>
        <source>Save the &amp;list as PDF…</source>
        <translation>Cadw&apos;r rhestr fel PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the shares shown as a PDF</source>
        <translation>Cadw&apos;r rhanniadau a ddangosir fel PDF</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Se&amp;al the approved share…</source>
        <translation>Se&amp;lio&apos;r rhanniad a gymeradwywyd…</translation>
    </message>
    <message>
        <source>Seal the selected approved share into a bundle</source>
        <translation>Selio&apos;r rhanniad a gymeradwywyd a ddewiswyd mewn bwndel</translation>
    </message>
</context>
</TS>
