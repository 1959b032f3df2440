<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>granska::ActiveContentScan</name>
    <message>
        <source>Dynamic XFA form: the viewer builds the pages when the document opens</source>
        <translation>Dynamiskt XFA-formulär: visningsprogrammet bygger upp sidorna när dokumentet öppnas</translation>
    </message>
    <message>
        <source>XFA form data beside the ordinary form</source>
        <translation>XFA-formulärdata vid sidan av det vanliga formuläret</translation>
    </message>
    <message>
        <source>Objects are nested deeper than %1 levels; the search for scripts and external content did not look below that depth.</source>
        <translation>Objekten är nästlade djupare än %1 nivåer; sökningen efter skript och externt innehåll gick inte längre ner än så.</translation>
    </message>
    <message>
        <source>%1 annotation</source>
        <translation>kommentar av typen %1</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>namnlös fil</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>starts a program or opens a file</source>
        <translation>startar ett program eller öppnar en fil</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>öppnar %1</translation>
    </message>
    <message>
        <source>opens an embedded PDF document</source>
        <translation>öppnar ett inbäddat PDF-dokument</translation>
    </message>
    <message>
        <source>imports form data from %1</source>
        <translation>importerar formulärdata från %1</translation>
    </message>
    <message>
        <source>sends form data to %1</source>
        <translation>skickar formulärdata till %1</translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation>åtgärd av typen %1</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>strömdata som finns i en annan fil</translation>
    </message>
    <message>
        <source>stream data kept in %1</source>
        <translation>strömdata som finns i %1</translation>
    </message>
    <message>
        <source>PostScript XObject</source>
        <translation>PostScript-XObject</translation>
    </message>
    <message>
        <source>OPI proxy: the printed image is replaced from another file</source>
        <translation>OPI-proxy: den utskrivna bilden ersätts från en annan fil</translation>
    </message>
    <message>
        <source>script</source>
        <translation>skript</translation>
    </message>
    <message numerus="yes">
        <source>script of %n byte(s)</source>
        <translation>
            <numerusform>skript på %n byte</numerusform>
            <numerusform>skript på %n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>script in a stream that cannot be decoded</source>
        <translation>skript i en ström som inte kan avkodas</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sida</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>dokumentkatalog</translation>
    </message>
</context>
<context>
    <name>granska::AssessmentComparison</name>
    <message>
        <source>Not validated</source>
        <translation>Inte validerad</translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation>Inte validerad: %1</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Uppfyller kraven</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Uppfyller inte kraven</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Only permitted changes</source>
        <translation>Endast tillåtna ändringar</translation>
    </message>
    <message>
        <source>Changes that are not permitted</source>
        <translation>Ändringar som inte är tillåtna</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Motorversion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Could not be assessed because</source>
        <translation>Kunde inte bedömas eftersom</translation>
    </message>
    <message>
        <source>PDF/A claim</source>
        <translation>PDF/A-angivelse</translation>
    </message>
    <message>
        <source>PDF/A profile validated</source>
        <translation>Validerad PDF/A-profil</translation>
    </message>
    <message>
        <source>PDF/A result</source>
        <translation>PDF/A-resultat</translation>
    </message>
    <message>
        <source>PDF/A rules failed</source>
        <translation>Underkända PDF/A-regler</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signature “%1”</source>
        <extracomment>Aspect of one signature in the comparison, e.g. Signature “Signature1”: conclusion</extracomment>
        <translation>Underskrift ”%1”</translation>
    </message>
    <message>
        <source>%1: signed by</source>
        <translation>%1: undertecknad av</translation>
    </message>
    <message>
        <source>%1: integrity</source>
        <translation>%1: integritet</translation>
    </message>
    <message>
        <source>%1: conclusion</source>
        <translation>%1: slutsats</translation>
    </message>
    <message>
        <source>%1: validated at</source>
        <translation>%1: valideringstidpunkt</translation>
    </message>
    <message>
        <source>%1: trust anchor</source>
        <translation>%1: tillitsankare</translation>
    </message>
    <message>
        <source>%1: level</source>
        <translation>%1: nivå</translation>
    </message>
    <message>
        <source>%1: changes after signing</source>
        <translation>%1: ändringar efter underskrift</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Övriga iakttagelser</translation>
    </message>
</context>
<context>
    <name>granska::AssessmentReport</name>
    <message>
        <source>Granska assessment report: %1</source>
        <translation>Bedömningsrapport från Granska: %1</translation>
    </message>
    <message>
        <source>Assessment report: %1</source>
        <translation>Bedömningsrapport: %1</translation>
    </message>
    <message>
        <source>There is no printer or file to write the report to.</source>
        <translation>Det finns ingen skrivare eller fil att skriva rapporten till.</translation>
    </message>
    <message>
        <source>The report could not be started on the printer or file.</source>
        <translation>Rapporten kunde inte påbörjas på skrivaren eller i filen.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or file.</source>
        <translation>Rapporten kunde inte slutföras på skrivaren eller i filen.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Det går inte att skriva rapporten till %1: %2</translation>
    </message>
    <message>
        <source>Granska %1</source>
        <translation>Granska %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1; local time %2</source>
        <translation>%1; lokal tid %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Bruten</translation>
    </message>
    <message>
        <source>Cannot be verified</source>
        <translation>Kan inte verifieras</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Stämpel</translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation>Dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>None: the XMP metadata has no PDF/A identification</source>
        <translation>Ingen: XMP-metadata saknar PDF/A-identifiering</translation>
    </message>
    <message>
        <source>%1 (part %2, no conformance level)</source>
        <translation>%1 (del %2, ingen överensstämmelsenivå)</translation>
    </message>
    <message>
        <source>%1 (part %2, conformance %3)</source>
        <translation>%1 (del %2, överensstämmelsenivå %3)</translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation>tillägg %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 ”%3”</translation>
    </message>
    <message>
        <source>object %1 generation %2</source>
        <translation>objekt %1 generation %2</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objekt %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>platsen inte registrerad</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Ström</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Inte validerad</translation>
    </message>
    <message>
        <source>%1, as the document claims</source>
        <translation>%1, enligt dokumentets angivelse</translation>
    </message>
    <message>
        <source>%1, chosen by the user</source>
        <translation>%1, vald av användaren</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Inget utlåtande</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Uppfyller kraven</translation>
    </message>
    <message>
        <source>No checked rule failed.</source>
        <translation>Ingen kontrollerad regel underkändes.</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Uppfyller inte kraven</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n regel underkändes.</numerusform>
            <numerusform>%n regler underkändes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specifikation</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Underkända kontroller</translation>
    </message>
    <message>
        <source>What is wrong, and where</source>
        <translation>Vad som är fel, och var</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Bedömningsrapport</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>inte läst</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Document identity</source>
        <translation>Dokumentidentitet</translation>
    </message>
    <message>
        <source>PDF version</source>
        <translation>PDF-version</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>PDF-producent</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Skapande program</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Krypterad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Linearized</source>
        <translation>Linjäriserad</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <source>Claim in the document</source>
        <translation>Angivelse i dokumentet</translation>
    </message>
    <message>
        <source>Validated against</source>
        <translation>Validerad mot</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Utlåtande</translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation>Kontrollerade regler</translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation>Underkända regler</translation>
    </message>
    <message>
        <source>No revision could be told apart in the file.</source>
        <translation>Inga revisioner kunde särskiljas i filen.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Korsreferens</translation>
    </message>
    <message>
        <source>Signatures that end here</source>
        <translation>Underskrifter som slutar här</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Revision 1 is the original document; each later revision is an incremental update appended to the file. A signature vouches for the file up to the end of the revision it covers.</source>
        <translation>Revision 1 är originaldokumentet; varje senare revision är en inkrementell uppdatering som har lagts till i slutet av filen. En underskrift går i god för filen fram till slutet av den revision som den omfattar.</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Övriga iakttagelser</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapporten skapad</translation>
    </message>
    <message>
        <source>local time %1</source>
        <translation>lokal tid %1</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>%1 by Granska %2, in %3</source>
        <translation>%1 av Granska %2, på %3</translation>
    </message>
    <message>
        <source>(version not recorded)</source>
        <translation>(version inte registrerad)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>the signed bytes changed</source>
        <translation>de underskrivna bytena har ändrats</translation>
    </message>
    <message>
        <source>the signature value does not match the signer&apos;s key</source>
        <translation>underskriftsvärdet stämmer inte med undertecknarens nyckel</translation>
    </message>
    <message>
        <source>the signature does not follow the rules of its format</source>
        <translation>underskriften följer inte reglerna för sitt format</translation>
    </message>
    <message>
        <source>a certificate was revoked before the signature was proven to exist</source>
        <translation>ett certifikat återkallades innan underskriften bevisligen fanns</translation>
    </message>
    <message>
        <source>a certificate was revoked, and it cannot be shown that the signature was made before</source>
        <translation>ett certifikat har återkallats, och det går inte att visa att underskriften gjordes dessförinnan</translation>
    </message>
    <message>
        <source>an issuing certificate was revoked, and it cannot be shown that the signature was made before</source>
        <translation>ett utfärdarcertifikat har återkallats, och det går inte att visa att underskriften gjordes dessförinnan</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not yet valid when the signature was made</source>
        <translation>undertecknarens certifikat var ännu inte giltigt när underskriften gjordes</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired when the signature was made</source>
        <translation>undertecknarens certifikat hade gått ut när underskriften gjordes</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate has expired and no timestamp proves the signature was made in time</source>
        <translation>undertecknarens certifikat har gått ut och ingen tidsstämpel visar att underskriften gjordes i tid</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate has expired (it was not revoked), and no timestamp proves the signature was made in time</source>
        <translation>undertecknarens certifikat har gått ut (det har inte återkallats), och ingen tidsstämpel visar att underskriften gjordes i tid</translation>
    </message>
    <message>
        <source>no chain to a trusted certificate was found</source>
        <translation>ingen kedja till ett betrott certifikat hittades</translation>
    </message>
    <message>
        <source>the certificate chain breaks a rule of certificate paths</source>
        <translation>certifikatkedjan bryter mot en regel för certifikatvägar</translation>
    </message>
    <message>
        <source>the certificate chain could not be validated</source>
        <translation>certifikatkedjan kunde inte valideras</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate could not be identified</source>
        <translation>undertecknarens certifikat kunde inte identifieras</translation>
    </message>
    <message>
        <source>an algorithm or key size is not acceptable</source>
        <translation>en algoritm eller nyckellängd godtas inte</translation>
    </message>
    <message>
        <source>the signature&apos;s algorithms could not be checked or are no longer accepted</source>
        <translation>underskriftens algoritmer kunde inte kontrolleras eller godtas inte längre</translation>
    </message>
    <message>
        <source>the signature does not meet the validation constraints</source>
        <translation>underskriften uppfyller inte valideringsvillkoren</translation>
    </message>
    <message>
        <source>the signature policy could not be processed</source>
        <translation>underskriftspolicyn kunde inte behandlas</translation>
    </message>
    <message>
        <source>the signature policy is not available</source>
        <translation>underskriftspolicyn är inte tillgänglig</translation>
    </message>
    <message>
        <source>the timestamps are not in a possible order</source>
        <translation>tidsstämplarna står i en omöjlig ordningsföljd</translation>
    </message>
    <message>
        <source>nothing proves the signature existed while it could still be validated</source>
        <translation>inget visar att underskriften fanns medan den fortfarande kunde valideras</translation>
    </message>
    <message>
        <source>no revocation information is embedded</source>
        <translation>ingen spärrinformation är inbäddad</translation>
    </message>
    <message>
        <source>the signed data could not be found</source>
        <translation>det underskrivna innehållet kunde inte hittas</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Obestämd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Underkänd</translation>
    </message>
    <message>
        <source>the document was changed after signing in a way the signature does not permit</source>
        <translation>dokumentet ändrades efter underskriften på ett sätt som underskriften inte tillåter</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>underskriften är bruten</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>underskriften kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>underskriften är inte giltig</translation>
    </message>
    <message>
        <source>the signature could not be confirmed valid</source>
        <translation>underskriften kunde inte bekräftas som giltig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Electronic seal</source>
        <translation>Elektronisk stämpel</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronisk underskrift</translation>
    </message>
    <message>
        <source>Qualified electronic signature</source>
        <translation>Kvalificerad elektronisk underskrift</translation>
    </message>
    <message>
        <source>Qualified electronic seal</source>
        <translation>Kvalificerad elektronisk stämpel</translation>
    </message>
    <message>
        <source>Advanced electronic seal with a qualified certificate</source>
        <translation>Avancerad elektronisk stämpel med kvalificerat certifikat</translation>
    </message>
    <message>
        <source>Advanced electronic signature with a qualified certificate</source>
        <translation>Avancerad elektronisk underskrift med kvalificerat certifikat</translation>
    </message>
    <message>
        <source>Advanced electronic seal</source>
        <translation>Avancerad elektronisk stämpel</translation>
    </message>
    <message>
        <source>Advanced electronic signature</source>
        <translation>Avancerad elektronisk underskrift</translation>
    </message>
    <message>
        <source>Basic signature</source>
        <translation>Grundläggande underskrift</translation>
    </message>
    <message>
        <source>Basic signature with a trusted time (timestamp)</source>
        <translation>Grundläggande underskrift med betrodd tid (tidsstämpel)</translation>
    </message>
    <message>
        <source>Timestamped, with long-term validation data</source>
        <translation>Tidsstämplad, med data för långtidsvalidering</translation>
    </message>
    <message>
        <source>Long-term validation data protected by a document timestamp, for archiving</source>
        <translation>Data för långtidsvalidering skyddade av en dokumenttidsstämpel, för arkivering</translation>
    </message>
    <message>
        <source>Permitted changes</source>
        <translation>Tillåtna ändringar</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Inte tillåtna</translation>
    </message>
    <message>
        <source>Validation data added</source>
        <translation>Valideringsdata tillagda</translation>
    </message>
    <message>
        <source>Document timestamp added</source>
        <translation>Dokumenttidsstämpel tillagd</translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation>Underskrift tillagd</translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation>Formulär ifyllt</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Page added</source>
        <translation>Sida tillagd</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Sida borttagen</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Annan ändring</translation>
    </message>
    <message>
        <source>Certification signature (P=1): no changes are permitted.</source>
        <translation>Certifieringsunderskrift (P=1): inga ändringar är tillåtna.</translation>
    </message>
    <message>
        <source>Certification signature (P=2): filling in forms and signing are permitted.</source>
        <translation>Certifieringsunderskrift (P=2): ifyllnad av formulär och underskrifter är tillåtna.</translation>
    </message>
    <message>
        <source>Certification signature (P=3): filling in forms, signing and annotating are permitted.</source>
        <translation>Certifieringsunderskrift (P=3): ifyllnad av formulär, underskrifter och kommentarer är tillåtna.</translation>
    </message>
    <message>
        <source>Approval signature: no certification.</source>
        <translation>Godkännandeunderskrift: ingen certifiering.</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Inte återkallat</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Inte användbar</translation>
    </message>
    <message>
        <source>unnamed certificate</source>
        <translation>namnlöst certifikat</translation>
    </message>
    <message>
        <source>This assessment holds no validation result for the signature: only its integrity was checked.</source>
        <translation>Bedömningen innehåller inget valideringsresultat för underskriften: endast dess integritet kontrollerades.</translation>
    </message>
    <message>
        <source>ETSI EN 319 102-1: %1</source>
        <translation>ETSI EN 319 102-1: %1</translation>
    </message>
    <message>
        <source>Electronic seal: the certificate is issued to an organisation, not to a person.</source>
        <translation>Elektronisk stämpel: certifikatet är utfärdat till en organisation, inte till en person.</translation>
    </message>
    <message>
        <source>Document timestamp: a timestamp authority vouches that the document existed in this form at the time stamped.</source>
        <translation>Dokumenttidsstämpel: en tidsstämpelutfärdare går i god för att dokumentet fanns i denna form vid den stämplade tidpunkten.</translation>
    </message>
    <message>
        <source>Electronic signature by a person.</source>
        <translation>Elektronisk underskrift av en person.</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Stämplad av</translation>
    </message>
    <message>
        <source>Stamped by</source>
        <translation>Tidsstämplad av</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknad av</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>inte fastställd</translation>
    </message>
    <message>
        <source>None: not a PAdES baseline signature</source>
        <translation>Ingen: inte en PAdES baseline-underskrift</translation>
    </message>
    <message>
        <source>PAdES %1</source>
        <translation>PAdES %1</translation>
    </message>
    <message>
        <source>Next level: %1</source>
        <translation>Nästa nivå: %1</translation>
    </message>
    <message>
        <source>The earliest time a trusted timestamp proves the signature existed.</source>
        <translation>Den tidigaste tidpunkt då en betrodd tidsstämpel visar att underskriften fanns.</translation>
    </message>
    <message>
        <source>Nothing proves the signature existed before the validation time.</source>
        <translation>Inget visar att underskriften fanns före valideringstidpunkten.</translation>
    </message>
    <message>
        <source>No trusted chain</source>
        <translation>Ingen betrodd kedja</translation>
    </message>
    <message>
        <source>The chain ends at %1, which is not a trusted certificate.</source>
        <translation>Kedjan slutar vid %1, som inte är ett betrott certifikat.</translation>
    </message>
    <message>
        <source>Yes: revocation information for the certificate chain is in the document, so the signature can be validated later without going online.</source>
        <translation>Ja: spärrinformation för certifikatkedjan finns i dokumentet, så underskriften kan valideras senare utan nätverksanslutning.</translation>
    </message>
    <message>
        <source>No: validating the signature later needs revocation information from the certificate issuers, which may by then no longer be available.</source>
        <translation>Nej: för att validera underskriften senare krävs spärrinformation från certifikatutfärdarna, och den kanske inte längre finns tillgänglig då.</translation>
    </message>
    <message>
        <source>Nothing was changed after this signature.</source>
        <translation>Ingenting ändrades efter denna underskrift.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) made after signing are not permitted by the signature; see the list below.</source>
        <translation>
            <numerusform>%1 av %n ändring som gjorts efter underskriften är inte tillåten enligt underskriften; se listan nedan.</numerusform>
            <numerusform>%1 av %n ändringar som gjorts efter underskriften är inte tillåtna enligt underskriften; se listan nedan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made after signing, all of a kind the signature permits; see the list below.</source>
        <translation>
            <numerusform>%n ändring har gjorts efter underskriften, av ett slag som underskriften tillåter; se listan nedan.</numerusform>
            <numerusform>%n ändringar har gjorts efter underskriften, alla av ett slag som underskriften tillåter; se listan nedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>no certificate found in the signature</source>
        <translation>inget certifikat hittades i underskriften</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <source>PAdES level</source>
        <translation>PAdES-nivå</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certifiering</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Valideringstidpunkt</translation>
    </message>
    <message>
        <source>Best signature time</source>
        <translation>Bästa underskriftstidpunkt</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Tillitsankare</translation>
    </message>
    <message>
        <source>Validation data embedded</source>
        <translation>Valideringsdata inbäddade</translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation>Ändringar efter underskrift</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>in the certificate&apos;s %1</source>
        <translation>i certifikatets %1</translation>
    </message>
    <message>
        <source>Masked: personal data are shown in full only when asked for.</source>
        <translation>Maskerat: personuppgifter visas i sin helhet endast på begäran.</translation>
    </message>
    <message>
        <source>Shown in full, as asked for: this report holds personal data.</source>
        <translation>Visas i sin helhet, på begäran: rapporten innehåller personuppgifter.</translation>
    </message>
    <message>
        <source>The signed byte range does not end where a revision ends.</source>
        <translation>Det underskrivna byteintervallet slutar inte där en revision slutar.</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Hela filen</translation>
    </message>
    <message>
        <source>Revision %1 of %2: nothing was added after signing.</source>
        <translation>Revision %1 av %2: ingenting har lagts till efter underskriften.</translation>
    </message>
    <message>
        <source>Partly unsigned</source>
        <translation>Delvis inte underskriven</translation>
    </message>
    <message>
        <source>Revision %1 of %2, to the end of the file, but the byte range leaves more than the signature value unsigned.</source>
        <translation>Revision %1 av %2, till slutet av filen, men byteintervallet lämnar mer än underskriftsvärdet utanför underskriften.</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Ändrad efter underskrift</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 of %2; %n revision(s) were added later.</source>
        <translation>
            <numerusform>Revision %1 av %2; %n revision har lagts till senare.</numerusform>
            <numerusform>Revision %1 av %2; %n revisioner har lagts till senare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not a readable date)</source>
        <translation>%1 (inte ett läsbart datum)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Format (SubFilter)</source>
        <translation>Format (SubFilter)</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Tidsstämpelutfärdare</translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation>Undertecknarens certifikat</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Certifikatet giltigt</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>från %1 till %2</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>Certifikatets SHA-256</translation>
    </message>
    <message>
        <source>no signer certificate found in the signature</source>
        <translation>inget undertecknarcertifikat hittades i underskriften</translation>
    </message>
    <message>
        <source>Name given (/Name)</source>
        <translation>Angivet namn (/Name)</translation>
    </message>
    <message>
        <source>Claimed signing time (/M)</source>
        <translation>Uppgiven tidpunkt för underskrift (/M)</translation>
    </message>
    <message>
        <source>Time stamped</source>
        <translation>Tidsstämplad</translation>
    </message>
    <message>
        <source>Signing time in the CMS</source>
        <translation>Tidpunkt för underskrift i CMS</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Revision signed</source>
        <translation>Underskriven revision</translation>
    </message>
    <message>
        <source>Byte range</source>
        <translation>Byteintervall</translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation>Hashalgoritm</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Underskriftsalgoritm</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Visible on page %1</source>
        <translation>Synlig på sida %1</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Inte synlig</translation>
    </message>
    <message>
        <source>Certificates embedded</source>
        <translation>Inbäddade certifikat</translation>
    </message>
    <message>
        <source>Timestamp and stamped data</source>
        <translation>Tidsstämpel och stämplat innehåll</translation>
    </message>
    <message>
        <source>Signer and signed data</source>
        <translation>Undertecknare och underskrivet innehåll</translation>
    </message>
    <message>
        <source>Root, not trusted</source>
        <translation>Rot, inte betrodd</translation>
    </message>
    <message>
        <source>Issuer not found</source>
        <translation>Utfärdaren hittades inte</translation>
    </message>
    <message>
        <source>Seal certificate</source>
        <translation>Stämpelcertifikat</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Utfärdande instans</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>expired before the validation time</source>
        <translation>gick ut före valideringstidpunkten</translation>
    </message>
    <message>
        <source>not yet valid at the validation time</source>
        <translation>ännu inte giltigt vid valideringstidpunkten</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utfärdat av</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certifikatkedja</translation>
    </message>
    <message>
        <source>No chain: the signer&apos;s certificate is not in the signature.</source>
        <translation>Ingen kedja: undertecknarens certifikat finns inte i underskriften.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>Document timestamp (revision %1)</source>
        <translation>Dokumenttidsstämpel (revision %1)</translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation>Underskriftstidsstämpel</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Inte betrodd</translation>
    </message>
    <message>
        <source>None: only the signer&apos;s own claim tells when the signature was made.</source>
        <translation>Ingen: endast undertecknarens egen uppgift anger när underskriften gjordes.</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Tidsstämplar</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittad i</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>Revocation information</source>
        <translation>Spärrinformation</translation>
    </message>
    <message>
        <source>None found in the signature or the document.</source>
        <translation>Ingen hittades i underskriften eller dokumentet.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>The document has no signatures or document timestamps.</source>
        <translation>Dokumentet har inga underskrifter eller dokumenttidsstämplar.</translation>
    </message>
    <message>
        <source>Each signature is validated as ETSI EN 319 102-1 describes. Passed (TOTAL-PASSED): the signature is intact, its certificate chain reaches a trusted certificate and no certificate was revoked. Indeterminate: the signature is not known to be broken, but the information needed to confirm it is missing, for example revocation information or a trusted chain. Failed (TOTAL-FAILED): the signature is not valid, for example because the signed bytes changed.</source>
        <translation>Varje underskrift valideras enligt ETSI EN 319 102-1. Godkänd (TOTAL-PASSED): underskriften är intakt, dess certifikatkedja når ett betrott certifikat och inget certifikat har återkallats. Obestämd: underskriften är inte känd som bruten, men information som behövs för att bekräfta den saknas, till exempel spärrinformation eller en betrodd kedja. Underkänd (TOTAL-FAILED): underskriften är inte giltig, till exempel för att de underskrivna bytena har ändrats.</translation>
    </message>
    <message>
        <source>The document was not checked against a PDF/A profile.</source>
        <translation>Dokumentet kontrollerades inte mot någon PDF/A-profil.</translation>
    </message>
    <message>
        <source>The validation against %1 did not reach a verdict.</source>
        <translation>Valideringen mot %1 nådde inget utlåtande.</translation>
    </message>
    <message numerus="yes">
        <source>Conforms to %1; %n rule(s) checked.</source>
        <translation>
            <numerusform>Överensstämmer med %1; %n regel kontrollerad.</numerusform>
            <numerusform>Överensstämmer med %1; %n regler kontrollerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not conform to %1: %n rule(s) failed.</source>
        <translation>
            <numerusform>Överensstämmer inte med %1: %n regel underkändes.</numerusform>
            <numerusform>Överensstämmer inte med %1: %n regler underkändes.</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Alla godkända</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n godkänd</numerusform>
            <numerusform>%n godkända</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indeterminate</source>
        <translation>
            <numerusform>%n obestämd</numerusform>
            <numerusform>%n obestämda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n underkänd</numerusform>
            <numerusform>%n underkända</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not validated</source>
        <translation>
            <numerusform>%n intakt men inte validerad</numerusform>
            <numerusform>%n intakta men inte validerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) and timestamp(s): %1.</source>
        <translation>
            <numerusform>%n underskrift eller tidsstämpel: %1.</numerusform>
            <numerusform>%n underskrifter och tidsstämplar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>undertecknare okänd</translation>
    </message>
    <message>
        <source>Not changed after signing.</source>
        <translation>Inte ändrad efter underskrift.</translation>
    </message>
    <message numerus="yes">
        <source>Changed after signing: %n change(s), all permitted.</source>
        <translation>
            <numerusform>Ändrad efter underskrift: %n ändring, tillåten.</numerusform>
            <numerusform>Ändrad efter underskrift: %n ändringar, alla tillåtna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed after signing: %1 of %n change(s) not permitted.</source>
        <translation>
            <numerusform>Ändrad efter underskrift: %1 av %n ändring inte tillåten.</numerusform>
            <numerusform>Ändrad efter underskrift: %1 av %n ändringar inte tillåtna.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 från %2.</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1 av %2.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>PAdES %1.</source>
        <translation>PAdES %1.</translation>
    </message>
    <message>
        <source>Intact; no validation result is recorded.</source>
        <translation>Intakt; inget valideringsresultat är registrerat.</translation>
    </message>
    <message>
        <source>After the last signature</source>
        <translation>Efter sista underskriften</translation>
    </message>
    <message>
        <source>No signature ends where a revision of the file ends, so what was signed cannot be told apart from later changes.</source>
        <translation>Ingen underskrift slutar där en revision av filen slutar, så det som skrevs under kan inte särskiljas från senare ändringar.</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Inga ändringar</translation>
    </message>
    <message>
        <source>The last one, %1, covers the whole file.</source>
        <translation>Den sista, %1, omfattar hela filen.</translation>
    </message>
    <message>
        <source>The last one, %1, reaches the end of the file but leaves more than its signature value unsigned.</source>
        <translation>Den sista, %1, når till slutet av filen men lämnar mer än sitt underskriftsvärde utanför underskriften.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) were added after the last one, %1; see Revisions.</source>
        <translation>
            <numerusform>%n revision har lagts till efter den sista, %1; se Revisioner.</numerusform>
            <numerusform>%n revisioner har lagts till efter den sista, %1; se Revisioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else to report.</source>
        <translation>Inget mer att rapportera.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anmärkning</numerusform>
            <numerusform>%n anmärkningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>the document could not be assessed</source>
        <translation>dokumentet kunde inte bedömas</translation>
    </message>
    <message>
        <source>not %1 compliant</source>
        <translation>uppfyller inte kraven i %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) or timestamp(s) failed validation</source>
        <translation>
            <numerusform>%n underskrift eller tidsstämpel underkändes vid valideringen</numerusform>
            <numerusform>%n underskrifter eller tidsstämplar underkändes vid valideringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) or timestamp(s) could not be confirmed valid (indeterminate): not known to be broken, but the information needed to confirm them is missing; see Signatures</source>
        <translation>
            <numerusform>%n underskrift eller tidsstämpel kunde inte bekräftas som giltig (obestämd): den är inte känd som bruten, men information som behövs för att bekräfta den saknas; se Underskrifter</numerusform>
            <numerusform>%n underskrifter eller tidsstämplar kunde inte bekräftas som giltiga (obestämda): de är inte kända som brutna, men information som behövs för att bekräfta dem saknas; se Underskrifter</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>No failed PDF/A rule, no failed or indeterminate signature and no error.</source>
        <translation>Ingen underkänd PDF/A-regel, ingen underkänd eller obestämd underskrift och inga fel.</translation>
    </message>
    <message>
        <source>Some points below are worth a look.</source>
        <translation>Några punkter nedan är värda att titta närmare på.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem hittades</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksammas</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Inga problem hittades</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Sammanställning av bedömningar</translation>
    </message>
    <message numerus="yes">
        <source>Problems were found in %1 of the %n document(s).</source>
        <translation>
            <numerusform>Problem hittades i %1 av %n dokument.</numerusform>
            <numerusform>Problem hittades i %1 av de %n dokumenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be assessed.</source>
        <translation>
            <numerusform>%n dokument kunde inte bedömas.</numerusform>
            <numerusform>%n dokument kunde inte bedömas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) need attention: a signature could not be confirmed valid.</source>
        <translation>
            <numerusform>%n dokument behöver uppmärksammas: en underskrift kunde inte bekräftas som giltig.</numerusform>
            <numerusform>%n dokument behöver uppmärksammas: underskrifter kunde inte bekräftas som giltiga.</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Inga dokument</translation>
    </message>
    <message>
        <source>The summary covers no documents.</source>
        <translation>Sammanställningen omfattar inga dokument.</translation>
    </message>
    <message numerus="yes">
        <source>No problems were found in any of the %n document(s).</source>
        <translation>
            <numerusform>Inga problem hittades i %n dokument.</numerusform>
            <numerusform>Inga problem hittades i något av de %n dokumenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 in all: %2 assessed, %3 could not be assessed</source>
        <translation>%1 totalt: %2 har bedömts, %3 kunde inte bedömas</translation>
    </message>
    <message>
        <source>%1 compliant, %2 not compliant, %3 without a verdict</source>
        <translation>%1 uppfyller kraven, %2 uppfyller inte kraven, %3 utan utlåtande</translation>
    </message>
    <message>
        <source>%1 in all: %2 passed, %3 indeterminate, %4 failed</source>
        <translation>%1 totalt – godkända: %2, obestämda: %3, underkända: %4</translation>
    </message>
    <message>
        <source>%1 intact but not validated</source>
        <translation>intakta men inte validerade: %1</translation>
    </message>
    <message>
        <source>Signatures and timestamps</source>
        <translation>Underskrifter och tidsstämplar</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), of which %1 with changes not permitted</source>
        <translation>
            <numerusform>%n dokument, varav %1 med ändringar som inte är tillåtna</numerusform>
            <numerusform>%n dokument, varav %1 med ändringar som inte är tillåtna</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Sammantaget</translation>
    </message>
    <message>
        <source>%1 without problems, %2 needing attention, %3 with problems, %4 not assessed</source>
        <translation>%1 utan problem, %2 behöver uppmärksammas, %3 med problem, %4 har inte bedömts</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>inte bedömd</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed</source>
        <translation>
            <numerusform>%n regel underkänd</numerusform>
            <numerusform>%n regler underkända</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Changed after signing: not permitted</source>
        <translation>Ändrad efter underskrift: inte tillåtet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Inga dokument.</translation>
    </message>
    <message numerus="yes">
        <source>Granska: %1, %n document(s)</source>
        <translation>
            <numerusform>Granska: %1, %n dokument</numerusform>
            <numerusform>Granska: %1, %n dokument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Page 1 of %1</source>
        <translation>Sida 1 av %1</translation>
    </message>
    <message>
        <source>Signature appearances</source>
        <translation>Underskrifternas utseende</translation>
    </message>
    <message>
        <source>No signature has a visible appearance on the pages.</source>
        <translation>Ingen underskrift är synlig på sidorna.</translation>
    </message>
    <message>
        <source>On page %1, shown with the page around it.</source>
        <translation>På sida %1, visad tillsammans med den omgivande delen av sidan.</translation>
    </message>
    <message numerus="yes">
        <source>%n other signature(s) or timestamp(s) have no visible appearance.</source>
        <translation>
            <numerusform>Ytterligare %n underskrift eller tidsstämpel saknar synligt utseende.</numerusform>
            <numerusform>Ytterligare %n underskrifter eller tidsstämplar saknar synligt utseende.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is no longer at %1, so its pages cannot be shown.</source>
        <translation>Dokumentet finns inte längre på %1, så dess sidor kan inte visas.</translation>
    </message>
    <message>
        <source>The file at %1 is no longer the one that was assessed (its SHA-256 differs), so its pages are not shown.</source>
        <translation>Filen på %1 är inte längre den som bedömdes (dess SHA-256 skiljer sig), så dess sidor visas inte.</translation>
    </message>
    <message>
        <source>The pages of the document could not be rendered.</source>
        <translation>Dokumentets sidor kunde inte återges.</translation>
    </message>
    <message>
        <source>Preservation checklist</source>
        <translation>Checklista för bevarande</translation>
    </message>
    <message>
        <source>Page pictures</source>
        <translation>Sidbilder</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Inte tillgängliga: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message numerus="yes">
        <source>the integrity of %n signature(s) or timestamp(s) cannot be verified</source>
        <translation>
            <numerusform>integriteten hos %n underskrift eller tidsstämpel kan inte verifieras</numerusform>
            <numerusform>integriteten hos %n underskrifter eller tidsstämplar kan inte verifieras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes after %n signature(s) that the signature does not permit</source>
        <translation>
            <numerusform>ändringar efter %n underskrift som underskriften inte tillåter</numerusform>
            <numerusform>ändringar efter %n underskrifter som underskrifterna inte tillåter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::Assessor</name>
    <message>
        <source>streams not encrypted</source>
        <translation>strömmarna är inte krypterade</translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation>okänd metod</translation>
    </message>
    <message>
        <source>%1 (revision %2), opens without a password</source>
        <translation>%1 (revision %2), öppnas utan lösenord</translation>
    </message>
    <message>
        <source>While reading the file: %1</source>
        <translation>Vid läsning av filen: %1</translation>
    </message>
    <message>
        <source>The assessment was stopped because it took longer than the time limit; the results are incomplete.</source>
        <translation>Bedömningen avbröts eftersom den tog längre tid än tidsgränsen; resultaten är ofullständiga.</translation>
    </message>
    <message>
        <source>The assessment was stopped because the document&apos;s streams decode to more data than the limit allows (%1); the results are incomplete.</source>
        <translation>Bedömningen avbröts eftersom dokumentets strömmar avkodas till mer data än gränsen tillåter (%1); resultaten är ofullständiga.</translation>
    </message>
    <message>
        <source>The assessment was stopped because objects are nested deeper than the limit; the results are incomplete.</source>
        <translation>Bedömningen avbröts eftersom objekt är nästlade djupare än gränsen tillåter; resultaten är ofullständiga.</translation>
    </message>
    <message>
        <source>The assessment was cancelled; the results are incomplete.</source>
        <translation>Bedömningen avbröts; resultaten är ofullständiga.</translation>
    </message>
    <message>
        <source>The page tree cannot be read: %1</source>
        <translation>Sidträdet kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The XMP metadata stream cannot be decoded: %1.</source>
        <translation>XMP-metadataströmmen kan inte avkodas: %1.</translation>
    </message>
    <message>
        <source>The XMP metadata is not well-formed XML: %1.</source>
        <translation>XMP-metadata är inte välformad XML: %1.</translation>
    </message>
    <message>
        <source>The document is encrypted: %1.</source>
        <translation>Dokumentet är krypterat: %1.</translation>
    </message>
    <message>
        <source>The document is damaged: %1</source>
        <translation>Dokumentet är skadat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) while reading the file were not listed.</source>
        <translation>
            <numerusform>Ytterligare %n varning vid läsningen av filen listades inte.</numerusform>
            <numerusform>Ytterligare %n varningar vid läsningen av filen listades inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::CertificateChainModel</name>
    <message>
        <source>signer</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>tillitsankare</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>inte betrott</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>mellanliggande</translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation>%1, återkallat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued by %1
Valid %2 to %3</source>
        <translation>Utfärdat av %1
Giltigt %2 till %3</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certifikatkedja</translation>
    </message>
</context>
<context>
    <name>granska::CertificateChainView</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>utfärdad %1</translation>
    </message>
    <message>
        <source>next update %1</source>
        <translation>nästa uppdatering %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>No certificate is selected.</source>
        <translation>Inget certifikat är valt.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-certifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-certifikat (*.der *.cer)</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Exportera certifikat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certifikatkedja</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detaljer om certifikatet</translation>
    </message>
    <message>
        <source>Export Certificate…</source>
        <translation>Exportera certifikat…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PEM or DER file</source>
        <translation>Spara det valda certifikatet som en PEM- eller DER-fil</translation>
    </message>
    <message>
        <source>The signature names no certificate.</source>
        <translation>Underskriften anger inget certifikat.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(har gått ut)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certifikatutfärdare (CA)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Nyckelanvändning</translation>
    </message>
    <message>
        <source>QC statements</source>
        <translation>Kvalificerade utsagor (QCStatements)</translation>
    </message>
    <message>
        <source>Certificate policies</source>
        <translation>Certifikatpolicyer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Not trusted: the chain does not reach a trust anchor or a trusted list.</source>
        <translation>Inte betrott: kedjan når inte något tillitsankare eller någon tillitslista.</translation>
    </message>
    <message>
        <source>Trust anchor (%1)</source>
        <translation>Tillitsankare (%1)</translation>
    </message>
    <message>
        <source>Trusted through the chain above it, which ends in: %1</source>
        <translation>Betrott genom kedjan ovanför, som slutar i: %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tillit</translation>
    </message>
    <message>
        <source>not needed for a trust anchor</source>
        <translation>behövs inte för ett tillitsankare</translation>
    </message>
    <message>
        <source>no OCSP response or CRL found for this certificate</source>
        <translation>inget OCSP-svar eller ingen spärrlista (CRL) hittades för detta certifikat</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Spärrstatus</translation>
    </message>
</context>
<context>
    <name>granska::CmsVerifier</name>
    <message>
        <source>The signature value (CMS) in /Contents cannot be read.</source>
        <translation>Underskriftsvärdet (CMS) i /Contents kan inte läsas.</translation>
    </message>
    <message>
        <source>The signature value is not CMS signed data.</source>
        <translation>Underskriftsvärdet är inte av typen CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature value contains no signer.</source>
        <translation>Underskriftsvärdet innehåller ingen undertecknare.</translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not a recognised digest algorithm.</source>
        <translation>Hashalgoritmen %1 är inte en känd hashalgoritm.</translation>
    </message>
    <message>
        <source>The signature uses the digest algorithm %1, which is broken and not accepted.</source>
        <translation>Underskriften använder hashalgoritmen %1, som är knäckt och inte godtas.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not included in the signature, so the signature value cannot be checked.</source>
        <translation>Undertecknarens certifikat ingår inte i underskriften, så underskriftsvärdet kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>The digest %1 could not be computed.</source>
        <translation>Hashvärdet %1 kunde inte beräknas.</translation>
    </message>
    <message>
        <source>The signature has signed attributes but no message digest, so it does not bind the document.</source>
        <translation>Underskriften har underskrivna attribut men inget meddelandehashvärde (message digest), så den binder inte dokumentet.</translation>
    </message>
    <message>
        <source>The signed bytes have changed since signing: their %1 digest differs from the one in the signature.</source>
        <translation>De underskrivna bytena har ändrats sedan underskriften: deras %1-hashvärde skiljer sig från det i underskriften.</translation>
    </message>
    <message>
        <source>The signed attributes are not in the DER order CMS requires, so the signed data is ambiguous and the signature cannot be relied on.</source>
        <translation>De underskrivna attributen står inte i den DER-ordning som CMS kräver, så det underskrivna innehållet är tvetydigt och underskriften går inte att lita på.</translation>
    </message>
    <message>
        <source>The signed bytes are unchanged (%1) and the %2 signature value is valid for the signer&apos;s key.</source>
        <translation>De underskrivna bytena är oförändrade (%1) och %2-underskriftsvärdet är giltigt för undertecknarens nyckel.</translation>
    </message>
    <message>
        <source>The digest matches, but the signature algorithm %1 is not supported, so the signature value cannot be checked.</source>
        <translation>Hashvärdet stämmer, men underskriftsalgoritmen %1 stöds inte, så underskriftsvärdet kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>The digest matches, but the signature value does not verify with the signer&apos;s public key.</source>
        <translation>Hashvärdet stämmer, men underskriftsvärdet kan inte verifieras med undertecknarens publika nyckel.</translation>
    </message>
    <message>
        <source>The signature value over the signed bytes is valid for the signer&apos;s key (%1, %2, no signed attributes).</source>
        <translation>Underskriftsvärdet över de underskrivna bytena är giltigt för undertecknarens nyckel (%1, %2, inga underskrivna attribut).</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported, so the signature value cannot be checked.</source>
        <translation>Underskriftsalgoritmen %1 stöds inte, så underskriftsvärdet kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>The signature value does not match the signed bytes: they changed since signing, or the signature is damaged.</source>
        <translation>Underskriftsvärdet stämmer inte med de underskrivna bytena: de har ändrats sedan underskriften, eller så är underskriften skadad.</translation>
    </message>
    <message>
        <source>The signature value encapsulates no content.</source>
        <translation>Underskriftsvärdet kapslar inte in något innehåll.</translation>
    </message>
    <message>
        <source>The timestamp token&apos;s content is not a readable TSTInfo.</source>
        <translation>Tidsstämpeltokens innehåll är inte ett läsbart TSTInfo.</translation>
    </message>
    <message>
        <source>The timestamp&apos;s message imprint uses %1, which is not accepted.</source>
        <translation>Tidsstämpelns meddelandeavtryck (message imprint) använder %1, som inte godtas.</translation>
    </message>
    <message>
        <source>The timestamped bytes have changed: their %1 digest differs from the timestamp&apos;s message imprint.</source>
        <translation>De tidsstämplade bytena har ändrats: deras %1-hashvärde skiljer sig från tidsstämpelns meddelandeavtryck.</translation>
    </message>
    <message>
        <source>The timestamped bytes are unchanged (%1) and the timestamp authority&apos;s signature is valid.</source>
        <translation>De tidsstämplade bytena är oförändrade (%1) och tidsstämpelutfärdarens underskrift är giltig.</translation>
    </message>
    <message>
        <source>The signed bytes have changed since signing: their SHA-1 digest differs from the one inside the signature.</source>
        <translation>De underskrivna bytena har ändrats sedan underskriften: deras SHA-1-hashvärde skiljer sig från det inuti underskriften.</translation>
    </message>
    <message>
        <source>The signed bytes are unchanged (SHA-1, as adbe.pkcs7.sha1 prescribes) and the signature value is valid for the signer&apos;s key.</source>
        <translation>De underskrivna bytena är oförändrade (SHA-1, som adbe.pkcs7.sha1 föreskriver) och underskriftsvärdet är giltigt för undertecknarens nyckel.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (/Cert) is missing or unreadable.</source>
        <translation>Undertecknarens certifikat (/Cert) saknas eller är oläsligt.</translation>
    </message>
    <message>
        <source>The signature value in /Contents cannot be read.</source>
        <translation>Underskriftsvärdet i /Contents kan inte läsas.</translation>
    </message>
    <message>
        <source>The signed bytes are unchanged and the legacy RSA/SHA-1 signature value is valid for the signer&apos;s key.</source>
        <translation>De underskrivna bytena är oförändrade och det äldre RSA/SHA-1-underskriftsvärdet är giltigt för undertecknarens nyckel.</translation>
    </message>
    <message>
        <source>The legacy RSA/SHA-1 signature value does not match the signed bytes.</source>
        <translation>Det äldre RSA/SHA-1-underskriftsvärdet stämmer inte med de underskrivna bytena.</translation>
    </message>
</context>
<context>
    <name>granska::CompareDialog</name>
    <message>
        <source>Compare Assessments of %1</source>
        <translation>Jämför bedömningar av %1</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Tidigare (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Senare (%1)</translation>
    </message>
    <message>
        <source>The same file (SHA-256 %1) gave the same result both times.</source>
        <translation>Samma fil (SHA-256 %1) gav samma resultat båda gångerna.</translation>
    </message>
    <message numerus="yes">
        <source>The same file (SHA-256 %1) gave different results in %n aspect(s): %2.</source>
        <translation>
            <numerusform>Samma fil (SHA-256 %1) gav olika resultat i %n avseende: %2.</numerusform>
            <numerusform>Samma fil (SHA-256 %1) gav olika resultat i %n avseenden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Visa endast &amp;skillnader</translation>
    </message>
    <message>
        <source>Comparison of two assessments</source>
        <translation>Jämförelse av två bedömningar</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Avseende</translation>
    </message>
    <message>
        <source>Differs between the two assessments</source>
        <translation>Skiljer sig mellan de två bedömningarna</translation>
    </message>
</context>
<context>
    <name>granska::DecisionPanel</name>
    <message>
        <source>Approved for transfer</source>
        <translation>Godkänd för överlämning</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Behöver följas upp</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>A recorded decision: time, reviewer, decision</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 — %4</source>
        <extracomment>A recorded decision: time, reviewer, decision — comment</extracomment>
        <translation>%1 %2: %3 — %4</translation>
    </message>
    <message>
        <source>The file could not be read, so there is nothing to decide on.</source>
        <translation>Filen kunde inte läsas, så det finns inget att besluta om.</translation>
    </message>
    <message>
        <source>The assessment was stopped before it finished; assess the document again to decide on it.</source>
        <translation>Bedömningen avbröts innan den var klar; bedöm dokumentet igen för att kunna besluta om det.</translation>
    </message>
    <message>
        <source>This result is not in the history, so no decision can be recorded on it.</source>
        <translation>Resultatet finns inte i historiken, så inget beslut kan registreras för det.</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Registrerat %1 av %2</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>Inget dokument är valt.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Inget beslut har registrerats ännu.</translation>
    </message>
    <message>
        <source>Current decision: &lt;b&gt;%1&lt;/b&gt;, by %2 on %3</source>
        <translation>Aktuellt beslut: &lt;b&gt;%1&lt;/b&gt;, av %2 den %3</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Beslutet registrerades inte: %1</translation>
    </message>
    <message>
        <source>Decisions are recorded under your name. &lt;a href=&quot;preferences&quot;&gt;Set your name…&lt;/a&gt;</source>
        <translation>Beslut registreras under ditt namn. &lt;a href=&quot;preferences&quot;&gt;Ange ditt namn…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Approve for transfer</source>
        <translation>&amp;Godkänn för överlämning</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Avs&amp;lå</translation>
    </message>
    <message>
        <source>Needs f&amp;ollow-up</source>
        <translation>Behöver följas &amp;upp</translation>
    </message>
    <message>
        <source>Comment, e.g. what is missing</source>
        <translation>Kommentar, t.ex. vad som saknas</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Kommentar till beslutet</translation>
    </message>
    <message>
        <source>Record &amp;Decision</source>
        <translation>Registrera &amp;beslut</translation>
    </message>
    <message>
        <source>Adds the decision to the history under your name; earlier decisions are kept</source>
        <translation>Lägger till beslutet i historiken under ditt namn; tidigare beslut behålls</translation>
    </message>
    <message>
        <source>Decisions on this file, newest first:</source>
        <translation>Beslut om denna fil, nyaste först:</translation>
    </message>
    <message>
        <source>Decisions on this file, newest first</source>
        <translation>Beslut om denna fil, nyaste först</translation>
    </message>
</context>
<context>
    <name>granska::DetailsHtml</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Namn (CN)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Nyckelanvändning</translation>
    </message>
    <message>
        <source>Qualified statements</source>
        <translation>Kvalificerade utsagor (QCStatements)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policyer</translation>
    </message>
    <message>
        <source>issued by %1, serial %2</source>
        <translation>utfärdat av %1, serienummer %2</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>giltigt %1</translation>
    </message>
    <message>
        <source>no widget on any page</source>
        <translation>ingen widget på någon sida</translation>
    </message>
    <message>
        <source>page %1, visible</source>
        <translation>sida %1, synlig</translation>
    </message>
    <message>
        <source>page %1, not visible (no appearance on the page)</source>
        <translation>sida %1, inte synlig (inget utseende på sidan)</translation>
    </message>
    <message>
        <source>certification signature: no changes allowed (P=1)</source>
        <translation>certifieringsunderskrift: inga ändringar tillåtna (P=1)</translation>
    </message>
    <message>
        <source>certification signature: form filling and signing allowed (P=2)</source>
        <translation>certifieringsunderskrift: ifyllnad av formulär och underskrifter tillåtna (P=2)</translation>
    </message>
    <message>
        <source>certification signature: form filling, signing and annotations allowed (P=3)</source>
        <translation>certifieringsunderskrift: ifyllnad av formulär, underskrifter och kommentarer tillåtna (P=3)</translation>
    </message>
    <message>
        <source>approval signature</source>
        <translation>godkännandeunderskrift</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>only changes the signature permits</source>
        <translation>endast ändringar som underskriften tillåter</translation>
    </message>
    <message>
        <source>changes the signature does not permit</source>
        <translation>ändringar som underskriften inte tillåter</translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation>Dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation>Underskriftstidsstämpel</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>Validerad</translation>
    </message>
    <message>
        <source>Proof of existence</source>
        <translation>Bevis för existens</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Tillitsankare</translation>
    </message>
    <message>
        <source>Personal identifier</source>
        <translation>Personidentifierare</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certifikatkedja</translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation>Ändringar efter underskrift</translation>
    </message>
    <message>
        <source>Signature type</source>
        <translation>Underskriftstyp</translation>
    </message>
    <message>
        <source>Changes found</source>
        <translation>Hittade ändringar</translation>
    </message>
    <message>
        <source>permitted</source>
        <translation>tillåten</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>inte tillåten</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>%1 in field &quot;%2&quot;</source>
        <translation>%1 i fältet ”%2”</translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation>Validering: %1</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad den omfattar</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>none matches</source>
        <translation>ingen motsvarar</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Byte range</source>
        <translation>Byteintervall</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>SubFilter</source>
        <translation>SubFilter</translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation>Hashalgoritm</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Underskriftsalgoritm</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>såsom angivet: %1</translation>
    </message>
    <message>
        <source>Claimed signing time (/M)</source>
        <translation>Uppgiven tidpunkt för underskrift (/M)</translation>
    </message>
    <message>
        <source>CMS signing time</source>
        <translation>Tidpunkt för underskrift i CMS</translation>
    </message>
    <message>
        <source>Signer name (/Name)</source>
        <translation>Undertecknarens namn (/Name)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Timestamp authority certificate</source>
        <translation>Tidsstämpelutfärdarens certifikat</translation>
    </message>
    <message>
        <source>Signer certificate</source>
        <translation>Undertecknarens certifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be identified.</source>
        <translation>Undertecknarens certifikat kunde inte identifieras.</translation>
    </message>
    <message>
        <source>Embedded certificates (%1)</source>
        <translation>Inbäddade certifikat (%1)</translation>
    </message>
    <message>
        <source>The signature contains no certificates.</source>
        <translation>Underskriften innehåller inga certifikat.</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 av %2</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation>Originaldokumentet</translation>
    </message>
    <message>
        <source>An incremental update</source>
        <translation>En inkrementell uppdatering</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 till %2 (%3)</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Korsreferens</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 vid byte %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 av %2 (%3)</translation>
    </message>
    <message>
        <source>Signed at its end</source>
        <translation>Underskriven fram till sitt slut</translation>
    </message>
    <message>
        <source>no signature ends here</source>
        <translation>ingen underskrift slutar här</translation>
    </message>
    <message>
        <source>Later changes</source>
        <translation>Senare ändringar</translation>
    </message>
    <message>
        <source>none: this is the final revision</source>
        <translation>inga: detta är den sista revisionen</translation>
    </message>
    <message>
        <source>revision %1 was added after this one</source>
        <translation>revision %1 lades till efter denna</translation>
    </message>
    <message>
        <source>revisions %1–%2 were added after this one</source>
        <translation>revisionerna %1–%2 lades till efter denna</translation>
    </message>
    <message>
        <source>This assessment has no validation result (trust, time, revocation); only the integrity was checked.</source>
        <translation>Bedömningen innehåller inget valideringsresultat (tillit, tid, spärrstatus); endast integriteten kontrollerades.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>good (not revoked)</source>
        <translation>giltigt (inte återkallat)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>unknown to the responder</source>
        <translation>okänt för svarstjänsten</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>kunde inte verifieras</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>this update %1</source>
        <translation>utgiven %1</translation>
    </message>
    <message>
        <source>produced %1</source>
        <translation>skapat %1</translation>
    </message>
    <message>
        <source>next update %1</source>
        <translation>nästa uppdatering %1</translation>
    </message>
    <message>
        <source>qualified electronic signature (QES)</source>
        <translation>kvalificerad elektronisk underskrift (QES)</translation>
    </message>
    <message>
        <source>qualified electronic seal (QESeal)</source>
        <translation>kvalificerad elektronisk stämpel (QESeal)</translation>
    </message>
    <message>
        <source>advanced, with a qualified certificate (AdES-QC)</source>
        <translation>avancerad, med kvalificerat certifikat (AdES-QC)</translation>
    </message>
    <message>
        <source>advanced (AdES)</source>
        <translation>avancerad (AdES)</translation>
    </message>
    <message>
        <source>validation data added</source>
        <translation>valideringsdata tillagda</translation>
    </message>
    <message>
        <source>document timestamp added</source>
        <translation>dokumenttidsstämpel tillagd</translation>
    </message>
    <message>
        <source>signature added</source>
        <translation>underskrift tillagd</translation>
    </message>
    <message>
        <source>form field filled in</source>
        <translation>formulärfält ifyllt</translation>
    </message>
    <message>
        <source>annotation changed</source>
        <translation>kommentar ändrad</translation>
    </message>
    <message>
        <source>metadata changed</source>
        <translation>metadata ändrad</translation>
    </message>
    <message>
        <source>page added</source>
        <translation>sida tillagd</translation>
    </message>
    <message>
        <source>page removed</source>
        <translation>sida borttagen</translation>
    </message>
    <message>
        <source>other change</source>
        <translation>annan ändring</translation>
    </message>
    <message>
        <source>(a trusted timestamp proves the signature existed then)</source>
        <translation>(en betrodd tidsstämpel visar att underskriften fanns då)</translation>
    </message>
    <message>
        <source>none: the chain reaches no trusted certificate</source>
        <translation>ingen: kedjan når inget betrott certifikat</translation>
    </message>
    <message>
        <source>(see the Certificates tab)</source>
        <translation>(se fliken Certifikat)</translation>
    </message>
    <message>
        <source>not a PAdES baseline signature</source>
        <translation>inte en PAdES baseline-underskrift</translation>
    </message>
    <message>
        <source>For the next level: %1</source>
        <translation>För nästa nivå: %1</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Underskriven som</translation>
    </message>
    <message>
        <source>electronic seal (the certificate is issued to a legal person)</source>
        <translation>elektronisk stämpel (certifikatet är utfärdat till en juridisk person)</translation>
    </message>
    <message>
        <source>electronic signature (the certificate is not issued to a legal person)</source>
        <translation>elektronisk underskrift (certifikatet är inte utfärdat till en juridisk person)</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>inte fastställd</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, i %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>No timestamp covers this signature. Without one, nothing but the signer&apos;s own claim says when it was made.</source>
        <translation>Ingen tidsstämpel omfattar denna underskrift. Utan en sådan är det bara undertecknarens egen uppgift som anger när den gjordes.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Imprint and signature</source>
        <translation>Meddelandeavtryck och underskrift</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>yes: the authority&apos;s chain reaches a trust anchor</source>
        <translation>ja: utfärdarens kedja når ett tillitsankare</translation>
    </message>
    <message>
        <source>no: the authority&apos;s chain reaches no trust anchor</source>
        <translation>nej: utfärdarens kedja når inget tillitsankare</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omfattar</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Embedded for the whole chain</source>
        <translation>Inbäddade för hela kedjan</translation>
    </message>
    <message>
        <source>yes: the document holds revocation data for every certificate that needs it</source>
        <translation>ja: dokumentet innehåller spärrdata för varje certifikat som behöver det</translation>
    </message>
    <message>
        <source>no: some certificate has no revocation data in the document</source>
        <translation>nej: något certifikat saknar spärrdata i dokumentet</translation>
    </message>
    <message>
        <source>none needed: trust anchor</source>
        <translation>behövs inte: tillitsankare</translation>
    </message>
    <message>
        <source>no OCSP response or CRL found</source>
        <translation>inget OCSP-svar eller ingen spärrlista (CRL) hittades</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Undertecknare: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Utfärdare: %1</translation>
    </message>
    <message>
        <source>Revocation data</source>
        <translation>Spärrdata</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Övriga certifikat</translation>
    </message>
</context>
<context>
    <name>granska::DocumentFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter of the document list and how many documents it shows, e.g. &quot;Signature problem (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Filtrera:</translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation>Visa dokument</translation>
    </message>
    <message>
        <source>Show only the documents that need a closer look</source>
        <translation>Visa endast de dokument som behöver granskas närmare</translation>
    </message>
    <message>
        <source>So&amp;rt:</source>
        <translation>So&amp;rtera:</translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation>Sortera dokument</translation>
    </message>
    <message>
        <source>Order added</source>
        <translation>Ordning de lades till</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status, problems first</source>
        <translation>Status, problem först</translation>
    </message>
    <message>
        <source>Newest assessment first</source>
        <translation>Senaste bedömningen först</translation>
    </message>
</context>
<context>
    <name>granska::DocumentFilterModel</name>
    <message>
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <source>Not PDF/A</source>
        <translation>Inte PDF/A</translation>
    </message>
    <message>
        <source>Signature problem</source>
        <translation>Problem med underskrift</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Ändrad efter underskrift</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ännu inte bedömd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Med beslut</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Utan beslut</translation>
    </message>
</context>
<context>
    <name>granska::DocumentInfoView</name>
    <message>
        <source>&lt;b&gt;This document could not be assessed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Dokumentet kunde inte bedömas.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>inte krypterat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1, in %2 ms</source>
        <translation>%1, på %2 ms</translation>
    </message>
    <message>
        <source>Granska %1</source>
        <translation>Granska %1</translation>
    </message>
    <message>
        <source>reopened from the history (not assessed again)</source>
        <translation>återöppnad från historiken (inte bedömd på nytt)</translation>
    </message>
    <message>
        <source>assessed in this session</source>
        <translation>bedömd under denna session</translation>
    </message>
    <message>
        <source>Revisions (%1)</source>
        <translation>Revisioner (%1)</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Sökväg:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>PDF version:</source>
        <translation>PDF-version:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Sidor:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Producer:</source>
        <translation>PDF-producent:</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>Skapande program:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Kryptering:</translation>
    </message>
    <message>
        <source>Fast web view:</source>
        <translation>Snabb webbvisning:</translation>
    </message>
    <message>
        <source>Assessed:</source>
        <translation>Bedömd:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-kontrollsumma</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>Dokumentinformation</translation>
    </message>
</context>
<context>
    <name>granska::DocumentListModel</name>
    <message>
        <source>%1 (history, %2)</source>
        <translation>%1 (historik, %2)</translation>
    </message>
    <message>
        <source>PDF/A: %1</source>
        <translation>PDF/A: %1</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Underskrifter: %1</translation>
    </message>
    <message>
        <source>Reopened from the history; assessed %1.</source>
        <translation>Återöppnad från historiken; bedömd %1.</translation>
    </message>
    <message>
        <source>Not assessable: %1</source>
        <translation>Kan inte bedömas: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From the history (%1) · %2</source>
        <translation>Från historiken (%1) · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>No problems found; some signatures could not be validated</source>
        <translation>Inga problem hittades; vissa underskrifter kunde inte valideras</translation>
    </message>
</context>
<context>
    <name>granska::FindingsModel</name>
    <message>
        <source>The document could not be assessed: %1</source>
        <translation>Dokumentet kunde inte bedömas: %1</translation>
    </message>
    <message>
        <source>Claim: none — the XMP metadata has no PDF/A identification</source>
        <translation>Angivelse: ingen — XMP-metadata saknar PDF/A-identifiering</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>Angivelse: %1</translation>
    </message>
    <message>
        <source>, amendment %1</source>
        <translation>, tillägg %1</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, revision %1</translation>
    </message>
    <message>
        <source>%1 (as requested)</source>
        <translation>%1 (enligt begäran)</translation>
    </message>
    <message numerus="yes">
        <source>Compliant with %1: all %n rule(s) passed</source>
        <translation>
            <numerusform>Uppfyller kraven i %1: %n regel godkänd</numerusform>
            <numerusform>Uppfyller kraven i %1: alla %n regler godkända</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compliant with %1: %2 of %n rule(s) failed</source>
        <translation>
            <numerusform>Uppfyller inte kraven i %1: %2 av %n regel underkänd</numerusform>
            <numerusform>Uppfyller inte kraven i %1: %2 av %n regler underkända</numerusform>
        </translation>
    </message>
    <message>
        <source>Not validated as PDF/A.</source>
        <translation>Inte validerad som PDF/A.</translation>
    </message>
    <message>
        <source>Failed rules (%1)</source>
        <translation>Underkända regler (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 clause %2 — %n failed check(s)</source>
        <translation>
            <numerusform>%1 avsnitt %2 — %n underkänd kontroll</numerusform>
            <numerusform>%1 avsnitt %2 — %n underkända kontroller</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (×%3)</source>
        <translation>%1 — %2 (×%3)</translation>
    </message>
    <message>
        <source>Other findings (%1)</source>
        <translation>Övriga iakttagelser (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s).</source>
        <translation>
            <numerusform>Underkänd %n gång.</numerusform>
            <numerusform>Underkänd %n gånger.</numerusform>
        </translation>
    </message>
    <message>
        <source>First places: %1</source>
        <translation>Första förekomster: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>PDF/A and other findings</source>
        <translation>PDF/A och övriga iakttagelser</translation>
    </message>
</context>
<context>
    <name>granska::FindingsPane</name>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>Välj en post för att se den i sin helhet.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <source>Signatures (%1)</source>
        <translation>Underskrifter (%1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>PDF/A findings</source>
        <translation>PDF/A-iakttagelser</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detaljer om iakttagelsen</translation>
    </message>
    <message>
        <source>Revisions and signatures</source>
        <translation>Revisioner och underskrifter</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Utlåtande</translation>
    </message>
</context>
<context>
    <name>granska::HistoryDialog</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment History</source>
        <translation>Bedömningshistorik</translation>
    </message>
    <message>
        <source>File name, path or SHA-256</source>
        <translation>Filnamn, sökväg eller SHA-256</translation>
    </message>
    <message>
        <source>Past assessments</source>
        <translation>Tidigare bedömningar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show the stored result in the main window, without assessing the file again</source>
        <translation>Visa det sparade resultatet i huvudfönstret, utan att bedöma filen på nytt</translation>
    </message>
    <message>
        <source>Compare Assessments</source>
        <translation>Jämför bedömningar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>granska-history-%1.csv</source>
        <translation>granska-historik-%1.csv</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportera historik</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Sök i historiken</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <source>Assessed on or after</source>
        <translation>Bedömd detta datum eller senare</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Assessed on or before</source>
        <translation>Bedömd detta datum eller tidigare</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Utlåtande:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Med problem</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Utan problem</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Utlåtande</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Utan beslut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Med beslut</translation>
    </message>
    <message>
        <source>Approved for transfer</source>
        <translation>Godkänd för överlämning</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Behöver följas upp</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Two assessments of the same file side by side: select two rows of one file, or one row to compare it with the file&apos;s previous assessment</source>
        <translation>Två bedömningar av samma fil sida vid sida: välj två rader för samma fil, eller en rad för att jämföra den med filens föregående bedömning</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>All Shown Assessments as CSV…</source>
        <translation>Alla visade bedömningar som CSV…</translation>
    </message>
    <message>
        <source>Selected Assessments as CSV…</source>
        <translation>Valda bedömningar som CSV…</translation>
    </message>
</context>
<context>
    <name>granska::HistoryModel</name>
    <message>
        <source>not assessed</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation>ingen PDF/A-angivelse</translation>
    </message>
    <message>
        <source>%1 claimed, not verified</source>
        <translation>%1 angivet, inte verifierat</translation>
    </message>
    <message>
        <source>%1, compliant</source>
        <translation>%1, uppfyller kraven</translation>
    </message>
    <message>
        <source>%1, not compliant</source>
        <translation>%1, uppfyller inte kraven</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message numerus="yes">
        <source>%n intact</source>
        <translation>
            <numerusform>%n intakt</numerusform>
            <numerusform>%n intakta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 intact</source>
        <translation>%1 av %2 intakta</translation>
    </message>
    <message>
        <source>Assessed with Granska %1</source>
        <translation>Bedömd med Granska %1</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Filen kunde inte läsas</translation>
    </message>
    <message numerus="yes">
        <source>This file (same SHA-256) was assessed %n time(s)</source>
        <translation>
            <numerusform>Denna fil (samma SHA-256) har bedömts %n gång</numerusform>
            <numerusform>Denna fil (samma SHA-256) har bedömts %n gånger</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Inget beslut registrerat</translation>
    </message>
    <message>
        <source>Assessments of this file</source>
        <translation>Bedömningar av denna fil</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>granska::HistoryStore</name>
    <message>
        <source>There is no folder for application data on this system, so the history of assessments cannot be kept.</source>
        <translation>Det finns ingen mapp för programdata på detta system, så bedömningshistoriken kan inte sparas.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the history of assessments.</source>
        <translation>Det gick inte att skapa mappen %1 för bedömningshistoriken.</translation>
    </message>
    <message>
        <source>The SQLite database driver for Qt is not installed, so the history of assessments cannot be kept (on Debian: package libqt6sql6-sqlite).</source>
        <translation>SQLite-databasdrivrutinen för Qt är inte installerad, så bedömningshistoriken kan inte sparas (på Debian: paketet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the history of assessments %1: %2</source>
        <translation>Det gick inte att öppna bedömningshistoriken %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a history of assessments; it was left untouched.</source>
        <translation>%1 är en databas som tillhör ett annat program, inte en bedömningshistorik; den lämnades orörd.</translation>
    </message>
    <message>
        <source>%1 is not a history of assessments, or it is damaged: %2</source>
        <translation>%1 är inte en bedömningshistorik, eller så är den skadad: %2</translation>
    </message>
    <message>
        <source>Could not open the history of assessments %1. %2</source>
        <translation>Det gick inte att öppna bedömningshistoriken %1. %2</translation>
    </message>
    <message>
        <source>Could not prepare the history of assessments %1: %2</source>
        <translation>Det gick inte att förbereda bedömningshistoriken %1: %2</translation>
    </message>
    <message>
        <source>The history of assessments is not open.</source>
        <translation>Bedömningshistoriken är inte öppen.</translation>
    </message>
    <message>
        <source>Could not save the assessment of %1 in the history: %2</source>
        <translation>Det gick inte att spara bedömningen av %1 i historiken: %2</translation>
    </message>
    <message>
        <source>Could not read the history of assessments: %1</source>
        <translation>Det gick inte att läsa bedömningshistoriken: %1</translation>
    </message>
    <message>
        <source>The history has no assessment number %1.</source>
        <translation>Historiken har ingen bedömning med nummer %1.</translation>
    </message>
    <message>
        <source>Assessment number %1 in the history is damaged and cannot be read: %2</source>
        <translation>Bedömning nummer %1 i historiken är skadad och kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Could not start updating the history to format %1 (%2): %3</source>
        <translation>Det gick inte att börja uppdatera historiken till format %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not read the format of the history: %1</source>
        <translation>Det gick inte att läsa historikens format: %1</translation>
    </message>
    <message>
        <source>Could not update the history to format %1 (%2): %3</source>
        <translation>Det gick inte att uppdatera historiken till format %1 (%2): %3</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Granska (format %1; this version understands up to format %2). Update Granska to open it.</source>
        <translation>Historiken skrevs av en nyare version av Granska (format %1; denna version förstår upp till format %2). Uppdatera Granska för att öppna den.</translation>
    </message>
    <message>
        <source>Could not write the exported history: %1</source>
        <translation>Det gick inte att skriva den exporterade historiken: %1</translation>
    </message>
    <message>
        <source>Could not write the exported history.</source>
        <translation>Det gick inte att skriva den exporterade historiken.</translation>
    </message>
    <message>
        <source>A decision needs the name of the reviewer who made it.</source>
        <translation>Ett beslut måste ha namnet på den granskare som fattade det.</translation>
    </message>
    <message>
        <source>Could not record the decision: %1</source>
        <translation>Det gick inte att registrera beslutet: %1</translation>
    </message>
    <message>
        <source>The history has no assessment number %1 to record a decision on.</source>
        <translation>Historiken har ingen bedömning med nummer %1 att registrera ett beslut för.</translation>
    </message>
    <message>
        <source>The file of assessment number %1 could not be read, so there is no document to decide on.</source>
        <translation>Filen för bedömning nummer %1 kunde inte läsas, så det finns inget dokument att besluta om.</translation>
    </message>
    <message>
        <source>Could not read the decisions: %1</source>
        <translation>Det gick inte att läsa besluten: %1</translation>
    </message>
</context>
<context>
    <name>granska::MainWindow</name>
    <message>
        <source>The assessment history could not be opened (%1); results are not being recorded.</source>
        <translation>Bedömningshistoriken kunde inte öppnas (%1); resultaten registreras inte.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Choose PDF files to assess</source>
        <translation>Välj PDF-filer att bedöma</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Öppna &amp;mapp…</translation>
    </message>
    <message>
        <source>Choose a folder; every PDF file in it and its subfolders is assessed</source>
        <translation>Välj en mapp; varje PDF-fil i den och i dess undermappar bedöms</translation>
    </message>
    <message>
        <source>&amp;Assess Again</source>
        <translation>&amp;Bedöm igen</translation>
    </message>
    <message>
        <source>Assess the selected document again</source>
        <translation>Bedöm det valda dokumentet igen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print the assessment report of the selected document</source>
        <translation>Skriv ut bedömningsrapporten för det valda dokumentet</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <source>Save the assessment report of the selected document as a PDF/A file</source>
        <translation>Spara bedömningsrapporten för det valda dokumentet som en PDF/A-fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>Show &amp;History…</source>
        <translation>Visa &amp;historik…</translation>
    </message>
    <message>
        <source>Earlier assessments, kept on this computer</source>
        <translation>Tidigare bedömningar, sparade på denna dator</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;About Granska</source>
        <translation>&amp;Om Granska</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop assessing; documents not yet started are left out</source>
        <translation>Sluta bedöma; dokument som ännu inte har påbörjats hoppas över</translation>
    </message>
    <message>
        <source>Assessment progress</source>
        <translation>Bedömningsförlopp</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The documents being reviewed, with their status</source>
        <translation>Dokumenten som granskas, med sin status</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Sidförhandsvisning</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Open Documents</source>
        <translation>Öppna dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF-dokument (*.pdf *.PDF);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <source>The result for %1 could not be saved in the history: %2</source>
        <translation>Resultatet för %1 kunde inte sparas i historiken: %2</translation>
    </message>
    <message>
        <source>Assessing: %1 of %2</source>
        <translation>Bedömer: %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) assessed</source>
        <translation>
            <numerusform>%n dokument bedömt</numerusform>
            <numerusform>%n dokument bedömda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n med problem</numerusform>
            <numerusform>%n med problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not assessable</source>
        <translation>
            <numerusform>%n kan inte bedömas</numerusform>
            <numerusform>%n kan inte bedömas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n avbrutet</numerusform>
            <numerusform>%n avbrutna</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Klart: %1.</translation>
    </message>
    <message>
        <source>Drop PDF files or folders here, or use File → Open…, to assess them.</source>
        <translation>Släpp PDF-filer eller mappar här, eller använd Arkiv → Öppna…, för att bedöma dem.</translation>
    </message>
    <message>
        <source>Assessing %1…</source>
        <translation>Bedömer %1…</translation>
    </message>
    <message>
        <source>%1 is waiting to be assessed.</source>
        <translation>%1 väntar på att bedömas.</translation>
    </message>
    <message>
        <source>Granska</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>%1 — Granska</source>
        <translation>%1 — Granska</translation>
    </message>
    <message>
        <source>That assessment could not be read from the history.</source>
        <translation>Den bedömningen kunde inte läsas från historiken.</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Rapporten sparad som %1</translation>
    </message>
    <message>
        <source>No finished assessment is selected.</source>
        <translation>Ingen färdig bedömning är vald.</translation>
    </message>
    <message>
        <source>About Granska</source>
        <translation>Om Granska</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Granska %1&lt;/h3&gt;&lt;p&gt;Reviews signed PDF documents before they are transferred to the e-archive: whether they really are PDF/A, whether their signatures are intact and by whom, and what was changed after signing.&lt;/p&gt;&lt;p&gt;Files are only read, never changed. Every assessment is kept in the history on this computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QPDF, OpenSSL and Poppler.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Granska %1&lt;/h3&gt;&lt;p&gt;Granskar underskrivna PDF-dokument innan de överlämnas till e-arkivet: om de verkligen är PDF/A, om deras underskrifter är intakta och vem som har skrivit under, och vad som har ändrats efter underskrift.&lt;/p&gt;&lt;p&gt;Filerna läses bara, de ändras aldrig. Varje bedömning sparas i historiken på denna dator.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2, QPDF, OpenSSL och Poppler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation>Sammanställningen sparad som %1</translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation>Beslut registrerat: %1</translation>
    </message>
    <message>
        <source>Batch Su&amp;mmary Preview…</source>
        <translation>Fö&amp;rhandsgranska sammanställning…</translation>
    </message>
    <message>
        <source>Preview and print the summary of the selected documents, or of all when one or none is selected</source>
        <translation>Förhandsgranska och skriv ut sammanställningen för de valda dokumenten, eller för alla när ett eller inget är valt</translation>
    </message>
    <message>
        <source>Export &amp;Batch Summary…</source>
        <translation>Ex&amp;portera sammanställning…</translation>
    </message>
    <message>
        <source>Save the summary of the selected documents, or of all when one or none is selected, as a PDF/A file</source>
        <translation>Spara sammanställningen för de valda dokumenten, eller för alla när ett eller inget är valt, som en PDF/A-fil</translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation>&amp;Tillitsarkiv…</translation>
    </message>
    <message>
        <source>The certificates and trusted lists signatures are validated against</source>
        <translation>De certifikat och tillitslistor som underskrifter valideras mot</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Your name as reviewer, the language, how documents are assessed and what reports show</source>
        <translation>Ditt namn som granskare, språket, hur dokument bedöms och vad rapporterna visar</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Hi&amp;storik</translation>
    </message>
</context>
<context>
    <name>granska::Modifications</name>
    <message numerus="yes">
        <source>%n more change(s) of this revision are not listed.</source>
        <translation>
            <numerusform>Ytterligare %n ändring i denna revision listas inte.</numerusform>
            <numerusform>Ytterligare %n ändringar i denna revision listas inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content drawn on page %1 was changed (%n object(s): %2).</source>
        <translation>
            <numerusform>Innehåll som ritas på sida %1 har ändrats (%n objekt: %2).</numerusform>
            <numerusform>Innehåll som ritas på sida %1 har ändrats (%n objekt: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content shared by the pages was changed (%n object(s): %1).</source>
        <translation>
            <numerusform>Innehåll som delas av sidorna har ändrats (%n objekt: %1).</numerusform>
            <numerusform>Innehåll som delas av sidorna har ändrats (%n objekt: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects reached from the catalog entry /%1 were changed (%n object(s): %2).</source>
        <translation>
            <numerusform>Objekt som nås från katalogposten /%1 har ändrats (%n objekt: %2).</numerusform>
            <numerusform>Objekt som nås från katalogposten /%1 har ändrats (%n objekt: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 leaves %2 of the %3 objects of the revision before it out of its cross-reference table: readers that follow the table no longer see them, others repair the file.</source>
        <translation>Revision %1 lämnar %2 av de %3 objekten i revisionen före den utanför sin korsreferenstabell: läsare som följer tabellen ser dem inte längre, andra reparerar filen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added; page count now %1.</source>
        <translation>
            <numerusform>%n sida tillagd; antalet sidor är nu %1.</numerusform>
            <numerusform>%n sidor tillagda; antalet sidor är nu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of the signed version removed (%1); page count now %2.</source>
        <translation>
            <numerusform>%n sida i den underskrivna versionen borttagen (%1); antalet sidor är nu %2.</numerusform>
            <numerusform>%n sidor i den underskrivna versionen borttagna (%1); antalet sidor är nu %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order of the pages was changed.</source>
        <translation>Sidornas ordning ändrades.</translation>
    </message>
    <message>
        <source>A document timestamp was added in field &quot;%1&quot;.</source>
        <translation>En dokumenttidsstämpel lades till i fältet ”%1”.</translation>
    </message>
    <message>
        <source>A signature was added in field &quot;%1&quot;.</source>
        <translation>En underskrift lades till i fältet ”%1”.</translation>
    </message>
    <message>
        <source>A form field &quot;%1&quot; was added.</source>
        <translation>Ett formulärfält ”%1” lades till.</translation>
    </message>
    <message>
        <source>An empty signature field &quot;%1&quot; was added.</source>
        <translation>Ett tomt underskriftsfält ”%1” lades till.</translation>
    </message>
    <message>
        <source>The type of form field &quot;%1&quot; was changed.</source>
        <translation>Typen för formulärfältet ”%1” ändrades.</translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was renamed to &quot;%2&quot;.</source>
        <translation>Formulärfältet ”%1” bytte namn till ”%2”.</translation>
    </message>
    <message>
        <source>The value of form field &quot;%1&quot; was changed.</source>
        <translation>Värdet i formulärfältet ”%1” ändrades.</translation>
    </message>
    <message>
        <source>The signature in field &quot;%1&quot; was removed or replaced.</source>
        <translation>Underskriften i fältet ”%1” togs bort eller ersattes.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; was removed.</source>
        <translation>Underskriftsfältet ”%1” togs bort.</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; was removed.</source>
        <translation>Formulärfältet ”%1” togs bort.</translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 was added or changed.</source>
        <translation>En kommentar (%1) på sida %2 lades till eller ändrades.</translation>
    </message>
    <message>
        <source>A widget of form field &quot;%1&quot; was removed from page %2.</source>
        <translation>En widget för formulärfältet ”%1” togs bort från sida %2.</translation>
    </message>
    <message>
        <source>An annotation (%1) was removed from page %2.</source>
        <translation>En kommentar (%1) togs bort från sida %2.</translation>
    </message>
    <message>
        <source>The order of the annotations on page %1 was changed.</source>
        <translation>Ordningen på kommentarerna på sida %1 ändrades.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation>En kommentar (%1) lades till på sida %2.</translation>
    </message>
    <message>
        <source>A form field widget that belongs to no field was added on page %1.</source>
        <translation>En formulärfältswidget som inte hör till något fält lades till på sida %1.</translation>
    </message>
    <message>
        <source>A widget of form field &quot;%1&quot; was added on page %2.</source>
        <translation>En widget för formulärfältet ”%1” lades till på sida %2.</translation>
    </message>
    <message>
        <source>The document information (title, author, dates) was updated.</source>
        <translation>Dokumentinformationen (titel, författare, datum) uppdaterades.</translation>
    </message>
    <message>
        <source>The encryption of the document was changed.</source>
        <translation>Dokumentets kryptering ändrades.</translation>
    </message>
    <message>
        <source>Validation data was added (a document security store, /DSS).</source>
        <translation>Valideringsdata lades till (ett dokumentsäkerhetslager, /DSS).</translation>
    </message>
    <message>
        <source>The document security store (/DSS) was removed.</source>
        <translation>Dokumentsäkerhetslagret (/DSS) togs bort.</translation>
    </message>
    <message>
        <source>The document security store (/DSS) was updated.</source>
        <translation>Dokumentsäkerhetslagret (/DSS) uppdaterades.</translation>
    </message>
    <message>
        <source>The declared extensions to PDF (/Extensions) were updated.</source>
        <translation>De deklarerade tilläggen till PDF (/Extensions) uppdaterades.</translation>
    </message>
    <message>
        <source>The declared PDF version was changed to %1.</source>
        <translation>Den deklarerade PDF-versionen ändrades till %1.</translation>
    </message>
    <message>
        <source>The XMP metadata was updated.</source>
        <translation>XMP-metadata uppdaterades.</translation>
    </message>
    <message>
        <source>Private application data (/PieceInfo) was updated.</source>
        <translation>Privata programdata (/PieceInfo) uppdaterades.</translation>
    </message>
    <message>
        <source>The logical structure (tags) of the document was updated.</source>
        <translation>Dokumentets logiska struktur (taggar) uppdaterades.</translation>
    </message>
    <message>
        <source>The language of the document (/Lang) was changed.</source>
        <translation>Dokumentets språk (/Lang) ändrades.</translation>
    </message>
    <message>
        <source>The permissions of the document (/Perms) were changed.</source>
        <translation>Dokumentets behörigheter (/Perms) ändrades.</translation>
    </message>
    <message>
        <source>The catalog entry /%1 was changed.</source>
        <translation>Katalogposten /%1 ändrades.</translation>
    </message>
    <message>
        <source>The signature flags of the form (/SigFlags) were set.</source>
        <translation>Formulärets underskriftsflaggor (/SigFlags) sattes.</translation>
    </message>
    <message>
        <source>The default resources of the form (/DR) were updated.</source>
        <translation>Formulärets standardresurser (/DR) uppdaterades.</translation>
    </message>
    <message>
        <source>The default appearance of the form&apos;s fields (/%1) was changed.</source>
        <translation>Standardutseendet för formulärets fält (/%1) ändrades.</translation>
    </message>
    <message>
        <source>The form entry /%1 was changed.</source>
        <translation>Formulärposten /%1 ändrades.</translation>
    </message>
    <message>
        <source>Named appearances for annotations (/Names /AP) were updated.</source>
        <translation>Namngivna utseenden för kommentarer (/Names /AP) uppdaterades.</translation>
    </message>
    <message>
        <source>The name tree /%1 was changed.</source>
        <translation>Namnträdet /%1 ändrades.</translation>
    </message>
    <message>
        <source>Object %1 was changed; the document is too large to tell what it is used for.</source>
        <translation>Objekt %1 ändrades; dokumentet är för stort för att avgöra vad det används till.</translation>
    </message>
    <message>
        <source>Object %1 was changed and cannot be read.</source>
        <translation>Objekt %1 ändrades och kan inte läsas.</translation>
    </message>
    <message>
        <source>The signature dictionary in field &quot;%1&quot; was changed after it was signed.</source>
        <translation>Underskriftsordlistan i fältet ”%1” ändrades efter att den skrevs under.</translation>
    </message>
    <message>
        <source>An appearance of form fields was changed (object %1).</source>
        <translation>Ett utseende för formulärfält ändrades (objekt %1).</translation>
    </message>
    <message>
        <source>An annotation on page %1 was removed.</source>
        <translation>En kommentar på sida %1 togs bort.</translation>
    </message>
    <message>
        <source>An annotation on page %1 was changed.</source>
        <translation>En kommentar på sida %1 ändrades.</translation>
    </message>
    <message>
        <source>The appearance of an annotation on page %1 was changed.</source>
        <translation>Utseendet för en kommentar på sida %1 ändrades.</translation>
    </message>
    <message>
        <source>The tagged content of the document was changed (/%1 of a structure element).</source>
        <translation>Dokumentets taggade innehåll ändrades (/%1 i ett strukturelement).</translation>
    </message>
    <message>
        <source>Elements of the logical structure (tags) were removed.</source>
        <translation>Element i den logiska strukturen (taggar) togs bort.</translation>
    </message>
    <message>
        <source>The appearance of form field &quot;%1&quot; was changed although its value was not.</source>
        <translation>Utseendet för formulärfältet ”%1” ändrades trots att dess värde inte ändrades.</translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; was hidden, shown or excluded from printing.</source>
        <translation>Widgeten för formulärfältet ”%1” doldes, visades eller undantogs från utskrift.</translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; was locked or made read-only.</source>
        <translation>Widgeten för formulärfältet ”%1” låstes eller gjordes skrivskyddad.</translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was made read-only.</source>
        <translation>Formulärfältet ”%1” gjordes skrivskyddat.</translation>
    </message>
    <message>
        <source>The behaviour of form field &quot;%1&quot; was changed (/Ff).</source>
        <translation>Beteendet för formulärfältet ”%1” ändrades (/Ff).</translation>
    </message>
    <message>
        <source>The lock or seed value of signature field &quot;%1&quot; was changed.</source>
        <translation>Låset eller de förinställda värdena (seed value) för underskriftsfältet ”%1” ändrades.</translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; on page %2 was changed (/%3).</source>
        <translation>Formulärfältet ”%1” på sida %2 ändrades (/%3).</translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was changed (/%2).</source>
        <translation>Formulärfältet ”%1” ändrades (/%2).</translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; on page %2 was changed (/%3).</source>
        <translation>Widgeten för formulärfältet ”%1” på sida %2 ändrades (/%3).</translation>
    </message>
    <message>
        <source>The page tree was rearranged.</source>
        <translation>Sidträdet ordnades om.</translation>
    </message>
    <message>
        <source>Page attributes inherited through the page tree were changed (/%1).</source>
        <translation>Sidattribut som ärvs genom sidträdet ändrades (/%1).</translation>
    </message>
    <message>
        <source>Private data in the page tree was changed (/%1).</source>
        <translation>Privata data i sidträdet ändrades (/%1).</translation>
    </message>
    <message>
        <source>The tab order of page %1 was changed.</source>
        <translation>Tabbordningen på sida %1 ändrades.</translation>
    </message>
    <message>
        <source>Metadata of page %1 was updated (/%2).</source>
        <translation>Metadata för sida %1 uppdaterades (/%2).</translation>
    </message>
    <message>
        <source>Page %1 was changed (/%2).</source>
        <translation>Sida %1 ändrades (/%2).</translation>
    </message>
    <message>
        <source>The certification permits no changes except validation data and document timestamps.</source>
        <translation>Certifieringen tillåter inga ändringar utom valideringsdata och dokumenttidsstämplar.</translation>
    </message>
    <message>
        <source>The certification permits only form filling and signing.</source>
        <translation>Certifieringen tillåter endast ifyllnad av formulär och underskrifter.</translation>
    </message>
    <message>
        <source>The certification permits only form filling, signing and annotations.</source>
        <translation>Certifieringen tillåter endast ifyllnad av formulär, underskrifter och kommentarer.</translation>
    </message>
    <message>
        <source>After signing, only validation data, timestamps, signatures, form filling and annotations may be added.</source>
        <translation>Efter underskrift får endast valideringsdata, tidsstämplar, underskrifter, ifyllnad av formulär och kommentarer läggas till.</translation>
    </message>
    <message>
        <source>The field is locked by the signature in field &quot;%1&quot;.</source>
        <translation>Fältet är låst av underskriften i fältet ”%1”.</translation>
    </message>
    <message>
        <source>What revision %1 changed cannot be checked: %2</source>
        <translation>Vad revision %1 ändrade kan inte kontrolleras: %2</translation>
    </message>
    <message>
        <source>revision %1 cannot be read (%2).</source>
        <translation>revision %1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>Data appended after the last end-of-file marker (%EOF) changes the document.</source>
        <translation>Data som lagts till efter den sista filslutsmarkören (%EOF) ändrar dokumentet.</translation>
    </message>
</context>
<context>
    <name>granska::PagePreview</name>
    <message>
        <source>Loading pages…</source>
        <translation>Läser in sidor…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zooma in (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zooma ut (%1)</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>&amp;Anpassa till bredd</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view (%1)</source>
        <translation>Anpassa sidan till visningens bredd (%1)</translation>
    </message>
    <message>
        <source>The file on disk is not the one that was assessed: its SHA-256 checksum differs. The pages shown may not match the findings.</source>
        <translation>Filen på disken är inte den som bedömdes: dess SHA-256-kontrollsumma skiljer sig. Sidorna som visas kanske inte stämmer med iakttagelserna.</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Sidminiatyrer</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Sidvisning</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomnivå</translation>
    </message>
    <message>
        <source>Loading revision %1…</source>
        <translation>Läser in revision %1…</translation>
    </message>
    <message>
        <source>Back to Final Version</source>
        <translation>Tillbaka till slutlig version</translation>
    </message>
    <message>
        <source>Show the document as it is now, with all its revisions</source>
        <translation>Visa dokumentet som det ser ut nu, med alla sina revisioner</translation>
    </message>
    <message>
        <source>Earlier revision shown</source>
        <translation>En tidigare revision visas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1 of %2&lt;/b&gt; — an earlier state of the document, before the changes made by the later revisions. It is not the document as it is now.</source>
        <translation>&lt;b&gt;Revision %1 av %2&lt;/b&gt; — ett tidigare tillstånd av dokumentet, före ändringarna i de senare revisionerna. Det är inte dokumentet som det ser ut nu.</translation>
    </message>
</context>
<context>
    <name>granska::PageRenderWorker</name>
    <message>
        <source>The file is no longer at %1.</source>
        <translation>Filen finns inte längre på %1.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: the file cannot be opened as a PDF.</source>
        <translation>Sidorna kan inte visas: filen kan inte öppnas som PDF.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: the document is encrypted and needs a password to open.</source>
        <translation>Sidorna kan inte visas: dokumentet är krypterat och kräver ett lösenord för att öppnas.</translation>
    </message>
    <message>
        <source>The document has no pages to show.</source>
        <translation>Dokumentet har inga sidor att visa.</translation>
    </message>
</context>
<context>
    <name>granska::PageThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
</context>
<context>
    <name>granska::PdfDocument</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is not a PDF document: it has no %PDF- header.</source>
        <translation>Filen är inte ett PDF-dokument: den saknar huvudet %PDF-.</translation>
    </message>
    <message>
        <source>The document is encrypted with a password that is needed to open it.</source>
        <translation>Dokumentet är krypterat med ett lösenord som krävs för att öppna det.</translation>
    </message>
    <message>
        <source>The document is damaged beyond repair: %1</source>
        <translation>Dokumentet är för skadat för att kunna repareras: %1</translation>
    </message>
    <message>
        <source>not a stream</source>
        <translation>inte en ström</translation>
    </message>
    <message>
        <source>its filter is not supported</source>
        <translation>dess filter stöds inte</translation>
    </message>
    <message>
        <source>its data is corrupt</source>
        <translation>dess data är skadade</translation>
    </message>
    <message>
        <source>The file cannot be read: it does not exist (moved, renamed or deleted?).</source>
        <translation>Filen kan inte läsas: den finns inte (flyttad, omdöpt eller borttagen?).</translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation>Filen kan inte läsas: det är en mapp.</translation>
    </message>
    <message>
        <source>The file cannot be read: you do not have permission to read it.</source>
        <translation>Filen kan inte läsas: du har inte behörighet att läsa den.</translation>
    </message>
</context>
<context>
    <name>granska::PersonalIdentifiers</name>
    <message>
        <source>Swedish personal identity number</source>
        <translation>Svenskt personnummer</translation>
    </message>
    <message>
        <source>Swedish co-ordination number</source>
        <translation>Svenskt samordningsnummer</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakien</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungern</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tjeckien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>National identity number of %1 (%2)</source>
        <translation>Nationellt identitetsnummer, %1 (%2)</translation>
    </message>
</context>
<context>
    <name>granska::Presentation</name>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>Bedömer…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Inga problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation>Kan inte bedömas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Bruten</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Kan inte verifieras</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Stämpel</translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation>Dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Underkänd</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Obestämd</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>ström</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation>ingen PDF/A-angivelse</translation>
    </message>
    <message>
        <source>%1 claimed, not verified</source>
        <translation>%1 angivet, inte verifierat</translation>
    </message>
    <message>
        <source>%1, compliant</source>
        <translation>%1, uppfyller kraven</translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed, not compliant (%n rule(s) failed)</source>
        <translation>
            <numerusform>%1 angivet, uppfyller inte kraven (%n regel underkänd)</numerusform>
            <numerusform>%1 angivet, uppfyller inte kraven (%n regler underkända)</numerusform>
        </translation>
    </message>
    <message>
        <source>checked as %1: compliant</source>
        <translation>kontrollerad som %1: uppfyller kraven</translation>
    </message>
    <message>
        <source>checked as %1: not compliant</source>
        <translation>kontrollerad som %1: uppfyller inte kraven</translation>
    </message>
    <message>
        <source>no PDF/A claim; %1</source>
        <translation>ingen PDF/A-angivelse; %1</translation>
    </message>
    <message>
        <source>%1 claimed; %2</source>
        <translation>%1 angivet; %2</translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation>inga underskrifter</translation>
    </message>
    <message>
        <source>Unnamed signature</source>
        <translation>Namnlös underskrift</translation>
    </message>
    <message>
        <source>Covers the whole document.</source>
        <translation>Omfattar hela dokumentet.</translation>
    </message>
    <message>
        <source>The signed bytes do not end where any revision of the file ends.</source>
        <translation>De underskrivna bytena slutar inte där någon revision av filen slutar.</translation>
    </message>
    <message>
        <source>The document was changed after signing (revision %1).</source>
        <translation>Dokumentet ändrades efter underskriften (revision %1).</translation>
    </message>
    <message>
        <source>The document was changed after signing (revisions %1–%2).</source>
        <translation>Dokumentet ändrades efter underskriften (revisionerna %1–%2).</translation>
    </message>
    <message>
        <source>Ends at the last revision, but does not cover the whole file.</source>
        <translation>Slutar vid den sista revisionen men omfattar inte hela filen.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>object %1 %2</source>
        <translation>objekt %1 %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>location unknown</source>
        <translation>okänd plats</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Intact (not validated)</source>
        <translation>Intakt (inte validerad)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 underkända</translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation>%1 brutna</translation>
    </message>
    <message>
        <source>%1 indeterminate</source>
        <translation>%1 obestämda</translation>
    </message>
    <message>
        <source>%1 unverifiable</source>
        <translation>%1 kan inte verifieras</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 godkända</translation>
    </message>
    <message>
        <source>%1 intact (not validated)</source>
        <translation>%1 intakta (inte validerade)</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s): %1</source>
        <translation>
            <numerusform>%n underskrift: %1</numerusform>
            <numerusform>%n underskrifter: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::PreservationCheckDelegate</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>granska::PreservationChecklistModel</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 %2 — %3: %4</source>
        <translation>%1 %2 — %3: %4</translation>
    </message>
</context>
<context>
    <name>granska::PreservationChecklistView</name>
    <message>
        <source>Preservation checklist</source>
        <translation>Checklista för bevarande</translation>
    </message>
    <message>
        <source>Each requirement for transfer to the e-archive, with its state and the reason</source>
        <translation>Varje krav för överlämning till e-arkivet, med status och motivering</translation>
    </message>
    <message>
        <source>Preservation verdict</source>
        <translation>Utlåtande om bevarande</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>granska::PreservationVerdict</name>
    <message>
        <source>Document timestamp %1</source>
        <translation>Dokumenttidsstämpel %1</translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation>Stämpel %1</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Underskrift %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more.</source>
        <translation>
            <numerusform>Ytterligare %n.</numerusform>
            <numerusform>Ytterligare %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF/A claimed and verified</source>
        <translation>PDF/A angivet och verifierat</translation>
    </message>
    <message>
        <source>The document does not claim to be PDF/A; the e-archive needs PDF/A.</source>
        <translation>Dokumentet anger inte att det är PDF/A; e-arkivet kräver PDF/A.</translation>
    </message>
    <message>
        <source>%1 claimed, but not verified: %2</source>
        <translation>%1 angivet men inte verifierat: %2</translation>
    </message>
    <message>
        <source>no validation was requested.</source>
        <translation>ingen validering begärdes.</translation>
    </message>
    <message>
        <source>Validation against %1 reached no verdict: %2</source>
        <translation>Valideringen mot %1 nådde inget utlåtande: %2</translation>
    </message>
    <message>
        <source>No PDF/A claim; checked as %1</source>
        <translation>Ingen PDF/A-angivelse; kontrollerat som %1</translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation>%1 angivet</translation>
    </message>
    <message>
        <source>%1 claimed, checked as %2</source>
        <translation>%1 angivet, kontrollerat som %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n rule(s) failed: %2.</source>
        <translation>
            <numerusform>%1; %n regel underkändes: %2.</numerusform>
            <numerusform>%1; %n regler underkändes: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets the rules of %1, but the document does not claim PDF/A in its XMP metadata.</source>
        <translation>Uppfyller reglerna i %1, men dokumentet anger inte PDF/A i sin XMP-metadata.</translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed, but verified as %2 only (%n rule(s) checked).</source>
        <translation>
            <numerusform>%1 angivet, men endast verifierat som %2 (%n regel kontrollerad).</numerusform>
            <numerusform>%1 angivet, men endast verifierat som %2 (%n regler kontrollerade).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed and verified: %n rule(s) checked, none failed.</source>
        <translation>
            <numerusform>%1 angivet och verifierat: %n regel kontrollerad, ingen underkänd.</numerusform>
            <numerusform>%1 angivet och verifierat: %n regler kontrollerade, ingen underkänd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Inte krypterat</translation>
    </message>
    <message>
        <source>The document is not encrypted.</source>
        <translation>Dokumentet är inte krypterat.</translation>
    </message>
    <message>
        <source>The document is encrypted; an archive must be able to open it without keys or passwords.</source>
        <translation>Dokumentet är krypterat; ett arkiv måste kunna öppna det utan nycklar eller lösenord.</translation>
    </message>
    <message>
        <source>The document is encrypted (%1); an archive must be able to open it without keys or passwords.</source>
        <translation>Dokumentet är krypterat (%1); ett arkiv måste kunna öppna det utan nycklar eller lösenord.</translation>
    </message>
    <message numerus="yes">
        <source>%n JavaScript action(s)</source>
        <translation>
            <numerusform>%n JavaScript-åtgärd</numerusform>
            <numerusform>%n JavaScript-åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Launch action(s) that start a program or open a file</source>
        <translation>
            <numerusform>%n Launch-åtgärd som startar ett program eller öppnar en fil</numerusform>
            <numerusform>%n Launch-åtgärder som startar ett program eller öppnar en fil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to another PDF file</source>
        <translation>
            <numerusform>%n länk till en annan PDF-fil</numerusform>
            <numerusform>%n länkar till andra PDF-filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) into an embedded PDF file</source>
        <translation>
            <numerusform>%n länk till en inbäddad PDF-fil</numerusform>
            <numerusform>%n länkar till inbäddade PDF-filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) importing form data from another file</source>
        <translation>
            <numerusform>%n åtgärd som importerar formulärdata från en annan fil</numerusform>
            <numerusform>%n åtgärder som importerar formulärdata från andra filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form submission(s) to an outside address</source>
        <translation>
            <numerusform>%n åtgärd som skickar formulärdata till en extern adress</numerusform>
            <numerusform>%n åtgärder som skickar formulärdata till externa adresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web link(s)</source>
        <translation>
            <numerusform>%n webblänk</numerusform>
            <numerusform>%n webblänkar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) whose data lies in another file</source>
        <translation>
            <numerusform>%n ström vars data finns i en annan fil</numerusform>
            <numerusform>%n strömmar vars data finns i andra filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded file(s)</source>
        <translation>
            <numerusform>%n inbäddad fil</numerusform>
            <numerusform>%n inbäddade filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sound, video or 3D element(s)</source>
        <translation>
            <numerusform>%n ljud-, video- eller 3D-element</numerusform>
            <numerusform>%n ljud-, video- eller 3D-element</numerusform>
        </translation>
    </message>
    <message>
        <source>an XFA form</source>
        <translation>ett XFA-formulär</translation>
    </message>
    <message numerus="yes">
        <source>%n PostScript or OPI element(s)</source>
        <translation>
            <numerusform>%n PostScript- eller OPI-element</numerusform>
            <numerusform>%n PostScript- eller OPI-element</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objekt %1</translation>
    </message>
    <message>
        <source>No JavaScript, launch actions or external content</source>
        <translation>Inget JavaScript, inga Launch-åtgärder och inget externt innehåll</translation>
    </message>
    <message>
        <source>Not checked completely: the assessment was stopped early or was made by an earlier version of Granska. Assess the document again.</source>
        <translation>Inte fullständigt kontrollerat: bedömningen avbröts i förtid eller gjordes av en tidigare version av Granska. Bedöm dokumentet igen.</translation>
    </message>
    <message>
        <source>None found: no scripts, actions that start programs or fetch data, external streams, multimedia or attachments.</source>
        <translation>Inget hittades: inga skript, åtgärder som startar program eller hämtar data, externa strömmar, multimedia eller bilagor.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Hittades: %1.</translation>
    </message>
    <message>
        <source>Only %1, which do not change what the document shows.</source>
        <translation>Endast %1, som inte ändrar vad dokumentet visar.</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Dessutom: %1.</translation>
    </message>
    <message>
        <source>These make what the reader sees depend on a program or on something outside the file; PDF/A-1 to PDF/A-3 forbid them. First: %1.</source>
        <translation>Dessa gör att det som läsaren ser beror på ett program eller på något utanför filen; PDF/A-1 till PDF/A-3 förbjuder dem. Första förekomst: %1.</translation>
    </message>
    <message>
        <source>They act only when clicked, but lead outside the archived file. First: %1.</source>
        <translation>De verkar bara när man klickar på dem, men leder utanför den arkiverade filen. Första förekomst: %1.</translation>
    </message>
    <message>
        <source>PDF/A-1 forbids embedded files, PDF/A-2 allows only PDF/A documents and PDF/A-3 any file; make sure the archive accepts them and that they are described.</source>
        <translation>PDF/A-1 förbjuder inbäddade filer, PDF/A-2 tillåter endast PDF/A-dokument och PDF/A-3 vilka filer som helst; kontrollera att arkivet godtar dem och att de är beskrivna.</translation>
    </message>
    <message>
        <source>Every signature intact</source>
        <translation>Alla underskrifter intakta</translation>
    </message>
    <message>
        <source>The document has no signatures or document timestamps.</source>
        <translation>Dokumentet har inga underskrifter eller dokumenttidsstämplar.</translation>
    </message>
    <message>
        <source>%1 is broken: %2</source>
        <translation>%1 är bruten: %2</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 kan inte verifieras: %2</translation>
    </message>
    <message>
        <source>%1 is intact but failed validation: %2</source>
        <translation>%1 är intakt men underkändes vid valideringen: %2</translation>
    </message>
    <message>
        <source>%1 is intact, but its validation is indeterminate: %2</source>
        <translation>%1 är intakt, men valideringsresultatet är obestämt: %2</translation>
    </message>
    <message>
        <source>%1 are intact, but their validation is indeterminate: %2</source>
        <translation>%1 är intakta, men valideringsresultatet för dem är obestämt: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) and timestamp(s) are intact and passed validation.</source>
        <translation>
            <numerusform>%n underskrift eller tidsstämpel är intakt och godkändes vid valideringen.</numerusform>
            <numerusform>Alla %n underskrifter och tidsstämplar är intakta och godkändes vid valideringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) and timestamp(s) are intact.</source>
        <translation>
            <numerusform>%n underskrift eller tidsstämpel är intakt.</numerusform>
            <numerusform>Alla %n underskrifter och tidsstämplar är intakta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation material embedded for each signature</source>
        <translation>Valideringsdata inbäddade för varje underskrift</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Dokumentet har inga underskrifter.</translation>
    </message>
    <message>
        <source>%1: the certificate chain cannot be completed from what the document holds.</source>
        <translation>%1: certifikatkedjan kan inte byggas upp fullständigt utifrån det som finns i dokumentet.</translation>
    </message>
    <message>
        <source>%1 has no revocation data embedded for its signer certificate.</source>
        <translation>%1 saknar inbäddade spärrdata för undertecknarens certifikat.</translation>
    </message>
    <message>
        <source>%1 has no revocation data embedded for these certificates: %2.</source>
        <translation>%1 saknar inbäddade spärrdata för följande certifikat: %2.</translation>
    </message>
    <message>
        <source>%1 lacks some of the revocation data needed to validate it later.</source>
        <translation>%1 saknar en del av de spärrdata som behövs för att validera den senare.</translation>
    </message>
    <message numerus="yes">
        <source>Certificates and revocation data for all %n signature(s) are in the document, so they can be validated after the certificates expire.</source>
        <translation>
            <numerusform>Certifikat och spärrdata för %n underskrift finns i dokumentet, så den kan valideras efter att certifikaten har gått ut.</numerusform>
            <numerusform>Certifikat och spärrdata för alla %n underskrifter finns i dokumentet, så de kan valideras efter att certifikaten har gått ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without it the signature cannot be validated once its certificates expire or the issuer&apos;s services close.</source>
        <translation>Utan dessa data kan underskriften inte valideras när dess certifikat har gått ut eller utfärdarens tjänster har upphört.</translation>
    </message>
    <message>
        <source>No change after signing that was not permitted</source>
        <translation>Inga otillåtna ändringar efter underskrift</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <source>After %1, changes were made that it does not permit.</source>
        <translation>Efter %1 gjordes ändringar som den inte tillåter.</translation>
    </message>
    <message>
        <source>Changes after signing were not examined for %1.</source>
        <translation>Ändringar efter underskrift undersöktes inte för %1.</translation>
    </message>
    <message numerus="yes">
        <source>The document changed after %n signature(s), only in permitted ways (validation data, timestamps, form filling, further signatures).</source>
        <translation>
            <numerusform>Dokumentet ändrades efter %n underskrift, endast på tillåtna sätt (valideringsdata, tidsstämplar, ifyllnad av formulär, ytterligare underskrifter).</numerusform>
            <numerusform>Dokumentet ändrades efter %n underskrifter, endast på tillåtna sätt (valideringsdata, tidsstämplar, ifyllnad av formulär, ytterligare underskrifter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed after any signature.</source>
        <translation>Ingenting ändrades efter någon underskrift.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s %2 holds a personal identifier (%3, %4).</source>
        <translation>%1: certifikatets %2 innehåller en personidentifierare (%3, %4).</translation>
    </message>
    <message>
        <source>No personal identity numbers in the signers&apos; certificates (the page text is not searched).</source>
        <translation>Inga personnummer i undertecknarnas certifikat (sidornas text genomsöks inte).</translation>
    </message>
    <message>
        <source>Handle the document as containing personal data.</source>
        <translation>Hantera dokumentet som om det innehåller personuppgifter.</translation>
    </message>
    <message>
        <source>Document could be assessed</source>
        <translation>Dokumentet kunde bedömas</translation>
    </message>
    <message>
        <source>The document could not be assessed: %1</source>
        <translation>Dokumentet kunde inte bedömas: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Behöver granskas</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Inte uppfyllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Inte tillämpligt</translation>
    </message>
    <message>
        <source>Ready for transfer</source>
        <translation>Klar för överlämning</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Inte klar</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %1 of %n requirement(s) not met</source>
        <translation>
            <numerusform>Inte klar: %1 av %n krav är inte uppfyllt</numerusform>
            <numerusform>Inte klar: %1 av %n krav är inte uppfyllda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs review: %1 of %n requirement(s) need a person to decide</source>
        <translation>
            <numerusform>Behöver granskas: %1 av %n krav behöver avgöras av en granskare</numerusform>
            <numerusform>Behöver granskas: %1 av %n krav behöver avgöras av en granskare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for transfer: all %n requirement(s) met or not applicable</source>
        <translation>
            <numerusform>Klar för överlämning: %n krav är uppfyllt eller inte tillämpligt</numerusform>
            <numerusform>Klar för överlämning: alla %n krav är uppfyllda eller inte tillämpliga</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::Profile</name>
    <message>
        <source>PDF/A validation was not requested.</source>
        <translation>PDF/A-validering begärdes inte.</translation>
    </message>
    <message>
        <source>The document does not claim PDF/A conformance in its XMP metadata, so it was not validated as PDF/A.</source>
        <translation>Dokumentet anger inte överensstämmelse med PDF/A i sin XMP-metadata, så det validerades inte som PDF/A.</translation>
    </message>
    <message>
        <source>The document claims PDF/A part %1 conformance &quot;%2&quot;, which is not a known PDF/A flavour.</source>
        <translation>Dokumentet anger överensstämmelse med PDF/A del %1 nivå ”%2”, som inte är en känd PDF/A-variant.</translation>
    </message>
</context>
<context>
    <name>granska::Qualification</name>
    <message>
        <source>The signature failed validation, so it is not an advanced electronic signature or seal.</source>
        <translation>Underskriften underkändes vid valideringen, så den är inte en avancerad elektronisk underskrift eller stämpel.</translation>
    </message>
    <message>
        <source>The certificate claims to be qualified%1, but no imported trusted list lists its issuer as a qualified certificate service, so this is not confirmed.</source>
        <translation>Certifikatet anger att det är kvalificerat%1, men ingen importerad tillitslista anger utfärdaren som en kvalificerad certifikattjänst, så detta är inte bekräftat.</translation>
    </message>
    <message>
        <source> and its key to be on a qualified device</source>
        <translation> och att dess nyckel finns i en kvalificerad anordning</translation>
    </message>
    <message>
        <source>The certificate is not a qualified certificate.</source>
        <translation>Certifikatet är inte ett kvalificerat certifikat.</translation>
    </message>
    <message>
        <source>The trusted list (%1) lists the issuer as &quot;%2&quot;, but the service was not in a granted status at %3.</source>
        <translation>Tillitslistan (%1) anger utfärdaren som ”%2”, men tjänsten hade inte statusen beviljad (granted) vid %3.</translation>
    </message>
    <message>
        <source>trusted list %1, service &quot;%2&quot;</source>
        <translation>tillitslista %1, tjänst ”%2”</translation>
    </message>
    <message>
        <source>According to the %1, the certificate is not qualified.</source>
        <translation>Enligt %1 är certifikatet inte kvalificerat.</translation>
    </message>
    <message>
        <source>A qualified certificate for electronic seals with the key on a qualified device (%1).</source>
        <translation>Ett kvalificerat certifikat för elektroniska stämplar med nyckeln i en kvalificerad anordning (%1).</translation>
    </message>
    <message>
        <source>A qualified certificate for electronic signatures with the key on a qualified device (%1).</source>
        <translation>Ett kvalificerat certifikat för elektroniska underskrifter med nyckeln i en kvalificerad anordning (%1).</translation>
    </message>
    <message>
        <source>A qualified certificate of unstated purpose (%1).</source>
        <translation>Ett kvalificerat certifikat utan angivet syfte (%1).</translation>
    </message>
    <message>
        <source>A qualified certificate, but the key is not known to be on a qualified device (%1).</source>
        <translation>Ett kvalificerat certifikat, men det är inte känt att nyckeln finns i en kvalificerad anordning (%1).</translation>
    </message>
    <message>
        <source>Qualifiers applied: %1.</source>
        <translation>Tillämpade kvalificerare: %1.</translation>
    </message>
</context>
<context>
    <name>granska::ReportActions</name>
    <message>
        <source>Assessment of %1</source>
        <translation>Bedömning av %1</translation>
    </message>
    <message>
        <source>Print Assessment Report</source>
        <translation>Skriv ut bedömningsrapport</translation>
    </message>
    <message>
        <source>Assessment Report Preview</source>
        <translation>Förhandsgranskning av bedömningsrapport</translation>
    </message>
    <message>
        <source>%1 - assessment report.pdf</source>
        <translation>%1 - bedömningsrapport.pdf</translation>
    </message>
    <message>
        <source>Export Assessment Report as PDF</source>
        <translation>Exportera bedömningsrapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export Assessment Report</source>
        <translation>Exportera bedömningsrapport</translation>
    </message>
    <message>
        <source>The report cannot replace the document it describes. Choose another file name.</source>
        <translation>Rapporten kan inte ersätta dokumentet som den beskriver. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The report could not be written to %1:
%2</source>
        <translation>Rapporten kunde inte skrivas till %1:
%2</translation>
    </message>
    <message>
        <source>Assessment Summary</source>
        <translation>Sammanställning av bedömningar</translation>
    </message>
    <message>
        <source>There is no finished assessment to summarise. Open documents and wait until they are assessed.</source>
        <translation>Det finns ingen färdig bedömning att sammanställa. Öppna dokument och vänta tills de har bedömts.</translation>
    </message>
    <message>
        <source>The report could not be printed:
%1</source>
        <translation>Rapporten kunde inte skrivas ut:
%1</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Sammanställning av bedömningar</translation>
    </message>
    <message>
        <source>Assessment Summary Preview</source>
        <translation>Förhandsgranskning av sammanställning</translation>
    </message>
    <message>
        <source>The summary could not be printed:
%1</source>
        <translation>Sammanställningen kunde inte skrivas ut:
%1</translation>
    </message>
    <message>
        <source>Assessment summary %1.pdf</source>
        <translation>Sammanställning av bedömningar %1.pdf</translation>
    </message>
    <message>
        <source>Export Assessment Summary as PDF</source>
        <translation>Exportera sammanställning av bedömningar som PDF</translation>
    </message>
    <message>
        <source>Export Assessment Summary</source>
        <translation>Exportera sammanställning av bedömningar</translation>
    </message>
    <message>
        <source>The summary cannot replace a document it describes. Choose another file name.</source>
        <translation>Sammanställningen kan inte ersätta ett dokument som den beskriver. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The summary could not be written to %1:
%2</source>
        <translation>Sammanställningen kunde inte skrivas till %1:
%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>granska::RevisionBrowser</name>
    <message>
        <source>The signed bytes do not end where a revision of the file ends, so there is no signed version to extract.</source>
        <translation>De underskrivna bytena slutar inte där en revision av filen slutar, så det finns ingen underskriven version att extrahera.</translation>
    </message>
    <message>
        <source>Show the pages as they were when this was signed</source>
        <translation>Visa sidorna som de såg ut när detta skrevs under</translation>
    </message>
    <message>
        <source>Compare the signed version with the final version, page by page</source>
        <translation>Jämför den underskrivna versionen med den slutliga versionen, sida för sida</translation>
    </message>
    <message>
        <source>Nothing was added after this signature</source>
        <translation>Ingenting lades till efter denna underskrift</translation>
    </message>
    <message>
        <source>The revision cannot be saved over the document it comes from; choose another file name.</source>
        <translation>Revisionen kan inte sparas över dokumentet som den kommer från; välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1 (revision %2 of %3).pdf</source>
        <translation>%1 (revision %2 av %3).pdf</translation>
    </message>
    <message>
        <source>Save Revision %1 As</source>
        <translation>Spara revision %1 som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Revision Not Available</source>
        <translation>Revisionen är inte tillgänglig</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <source>The document&apos;s revisions and what signs each of them</source>
        <translation>Dokumentets revisioner och vilka underskrifter som omfattar var och en av dem</translation>
    </message>
    <message>
        <source>&amp;Compare Signed Version with Final…</source>
        <translation>&amp;Jämför underskriven version med slutlig…</translation>
    </message>
    <message>
        <source>View Signed Version</source>
        <translation>Visa underskriven version</translation>
    </message>
    <message>
        <source>Compare with Final…</source>
        <translation>Jämför med slutlig…</translation>
    </message>
    <message>
        <source>Save Signed Version As…</source>
        <translation>Spara underskriven version som…</translation>
    </message>
    <message>
        <source>View Si&amp;gned Version</source>
        <translation>Visa underskriven versi&amp;on</translation>
    </message>
    <message>
        <source>Sav&amp;e Signed Version As…</source>
        <translation>Spara underskriven version so&amp;m…</translation>
    </message>
</context>
<context>
    <name>granska::RevisionCompareDialog</name>
    <message>
        <source>Compare Revision %1 with the Final Version — %2</source>
        <translation>Jämför revision %1 med den slutliga versionen — %2</translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation>Jämförda sidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1 of %2&lt;/b&gt; (earlier version)</source>
        <translation>&lt;b&gt;Revision %1 av %2&lt;/b&gt; (tidigare version)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final version&lt;/b&gt; (revision %1, the document as it is now)</source>
        <translation>&lt;b&gt;Slutlig version&lt;/b&gt; (revision %1, dokumentet som det ser ut nu)</translation>
    </message>
    <message>
        <source>Page of the earlier revision</source>
        <translation>Sida i den tidigare revisionen</translation>
    </message>
    <message>
        <source>Page of the final version</source>
        <translation>Sida i den slutliga versionen</translation>
    </message>
    <message>
        <source>Rendering and comparing the pages…</source>
        <translation>Återger och jämför sidorna…</translation>
    </message>
    <message>
        <source>Page %1 is being compared…</source>
        <translation>Sida %1 jämförs…</translation>
    </message>
    <message>
        <source>No visible change on page %1.</source>
        <translation>Ingen synlig ändring på sida %1.</translation>
    </message>
    <message>
        <source>Page %1 was added after revision %2: it is only in the final version.</source>
        <translation>Sida %1 lades till efter revision %2: den finns bara i den slutliga versionen.</translation>
    </message>
    <message>
        <source>Page %1 was removed after revision %2: it is only in the earlier version.</source>
        <translation>Sida %1 togs bort efter revision %2: den finns bara i den tidigare versionen.</translation>
    </message>
    <message>
        <source>Page %1 changed size or orientation.</source>
        <translation>Sida %1 har ändrat storlek eller orientering.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 changed: %n area(s) differ, highlighted on both pages.</source>
        <translation>
            <numerusform>Sida %1 har ändrats: %n område skiljer sig, markerat på båda sidorna.</numerusform>
            <numerusform>Sida %1 har ändrats: %n områden skiljer sig, markerade på båda sidorna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 — comparing…</source>
        <translation>Sida %1 — jämför…</translation>
    </message>
    <message>
        <source>Page %1 — no visible change</source>
        <translation>Sida %1 — ingen synlig ändring</translation>
    </message>
    <message>
        <source>Page %1 — size changed</source>
        <translation>Sida %1 — storleken ändrad</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 — %n area(s) changed</source>
        <translation>
            <numerusform>Sida %1 — %n område ändrat</numerusform>
            <numerusform>Sida %1 — %n områden ändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 — added</source>
        <translation>Sida %1 — tillagd</translation>
    </message>
    <message>
        <source>Page %1 — removed</source>
        <translation>Sida %1 — borttagen</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Återger…</translation>
    </message>
    <message>
        <source>Revision %1 has no page %2.</source>
        <translation>Revision %1 har ingen sida %2.</translation>
    </message>
    <message>
        <source>The final version has no page %1.</source>
        <translation>Den slutliga versionen har ingen sida %1.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>Jämförelsen kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Comparing the pages: %1 of %2 done…</source>
        <translation>Jämför sidorna: %1 av %2 klara…</translation>
    </message>
    <message>
        <source>No visible change: every page of revision %1 looks the same in the final version.</source>
        <translation>Ingen synlig ändring: varje sida i revision %1 ser likadan ut i den slutliga versionen.</translation>
    </message>
    <message numerus="yes">
        <source>Visibly changed: page(s) %1.</source>
        <translation>
            <numerusform>Synligt ändrad: sida %1.</numerusform>
            <numerusform>Synligt ändrade: sidorna %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added after revision %1: page(s) %2.</source>
        <translation>
            <numerusform>Tillagd efter revision %1: sida %2.</numerusform>
            <numerusform>Tillagda efter revision %1: sidorna %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed after revision %1: page(s) %2.</source>
        <translation>
            <numerusform>Borttagen efter revision %1: sida %2.</numerusform>
            <numerusform>Borttagna efter revision %1: sidorna %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that do not show on the page (metadata, form values behind hidden fields, validation data) are listed in the revision timeline, not here.</source>
        <translation>Ändringar som inte syns på sidan (metadata, formulärvärden i dolda fält, valideringsdata) listas i revisionstidslinjen, inte här.</translation>
    </message>
</context>
<context>
    <name>granska::RevisionExtractor</name>
    <message>
        <source>The document has no revision %1.</source>
        <translation>Dokumentet har ingen revision %1.</translation>
    </message>
    <message>
        <source>Revision %1 does not end inside the file.</source>
        <translation>Revision %1 slutar inte inom filen.</translation>
    </message>
    <message>
        <source>The file is no longer at %1.</source>
        <translation>Filen finns inte längre på %1.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Filen kan inte läsas: %1.</translation>
    </message>
    <message>
        <source>The file has changed since it was assessed (its size differs); assess it again to view its revisions.</source>
        <translation>Filen har ändrats sedan den bedömdes (dess storlek skiljer sig); bedöm den igen för att visa dess revisioner.</translation>
    </message>
    <message>
        <source>The file has changed since it was assessed (its SHA-256 checksum differs); assess it again to view its revisions.</source>
        <translation>Filen har ändrats sedan den bedömdes (dess SHA-256-kontrollsumma skiljer sig); bedöm den igen för att visa dess revisioner.</translation>
    </message>
    <message>
        <source>There is no such signature.</source>
        <translation>Det finns ingen sådan underskrift.</translation>
    </message>
    <message>
        <source>The signed bytes do not end where a revision of the file ends, so the signed version cannot be extracted as a document of its own.</source>
        <translation>De underskrivna bytena slutar inte där en revision av filen slutar, så den underskrivna versionen kan inte extraheras som ett eget dokument.</translation>
    </message>
</context>
<context>
    <name>granska::RevisionScanner</name>
    <message>
        <source>The file has no startxref line at its end.</source>
        <translation>Filen har ingen startxref-rad i slutet.</translation>
    </message>
    <message>
        <source>The cross-reference chain loops back to offset %1.</source>
        <translation>Korsreferenskedjan leder tillbaka till byteposition %1.</translation>
    </message>
    <message>
        <source>No cross-reference section at offset %1, where the file says one begins.</source>
        <translation>Inget korsreferensavsnitt vid byteposition %1, där filen anger att ett börjar.</translation>
    </message>
    <message>
        <source>An update ending at offset %1 is not reachable from the file&apos;s last cross-reference section.</source>
        <translation>En uppdatering som slutar vid byteposition %1 kan inte nås från filens sista korsreferensavsnitt.</translation>
    </message>
    <message>
        <source>The cross-reference section at offset %1 is not followed by %EOF.</source>
        <translation>Korsreferensavsnittet vid byteposition %1 följs inte av %EOF.</translation>
    </message>
</context>
<context>
    <name>granska::RevisionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Startbyte</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Slutbyte</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Korsreferens</translation>
    </message>
    <message>
        <source>Signed at its end by</source>
        <translation>Underskriven vid slutet av</translation>
    </message>
</context>
<context>
    <name>granska::RevisionTimeline</name>
    <message>
        <source>The document has a single revision: it was not changed after it was first saved.</source>
        <translation>Dokumentet har en enda revision: det har inte ändrats efter att det sparades första gången.</translation>
    </message>
    <message>
        <source>The document was saved in %1 revisions. Each later revision only adds to the earlier ones; select one to see its pages as they were then.</source>
        <translation>Dokumentet sparades i %1 revisioner. Varje senare revision lägger bara till något till de tidigare; välj en för att se dess sidor som de såg ut då.</translation>
    </message>
    <message>
        <source>Revision timeline</source>
        <translation>Revisionstidslinje</translation>
    </message>
    <message>
        <source>The document&apos;s revisions, oldest first, with their signatures and changes</source>
        <translation>Dokumentets revisioner, äldst först, med deras underskrifter och ändringar</translation>
    </message>
    <message>
        <source>&amp;Compare with Final Version…</source>
        <translation>&amp;Jämför med slutlig version…</translation>
    </message>
    <message>
        <source>Show the selected revision and the final version side by side, with what changed highlighted</source>
        <translation>Visa den valda revisionen och den slutliga versionen sida vid sida, med ändringarna markerade</translation>
    </message>
    <message>
        <source>Save the selected revision as a PDF file of its own</source>
        <translation>Spara den valda revisionen som en egen PDF-fil</translation>
    </message>
    <message>
        <source>Sav&amp;e Revision As…</source>
        <translation>Spara revision so&amp;m…</translation>
    </message>
</context>
<context>
    <name>granska::RevisionTimelineModel</name>
    <message>
        <source>Validation data added</source>
        <translation>Valideringsdata tillagda</translation>
    </message>
    <message>
        <source>Document timestamp added</source>
        <translation>Dokumenttidsstämpel tillagd</translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation>Underskrift tillagd</translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation>Formulär ifyllt</translation>
    </message>
    <message>
        <source>Annotation added or changed</source>
        <translation>Kommentar tillagd eller ändrad</translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation>Metadata ändrad</translation>
    </message>
    <message>
        <source>Page added</source>
        <translation>Sida tillagd</translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation>Sida borttagen</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Annan ändring</translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation>dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>signature timestamp</source>
        <translation>underskriftstidsstämpel</translation>
    </message>
    <message>
        <source>signing time in the signature</source>
        <translation>tidpunkt för underskrift angiven i underskriften</translation>
    </message>
    <message>
        <source>signing time claimed by the signer</source>
        <translation>tidpunkt för underskrift uppgiven av undertecknaren</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2 changes)</source>
        <translation>%1 (%2 ändringar)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>permitted</source>
        <translation>tillåten</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>inte tillåten</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 av %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Tidpunkt inte registrerad</translation>
    </message>
    <message>
        <source>Document size at its end: %1</source>
        <translation>Filstorlek vid revisionens slut: %1</translation>
    </message>
    <message>
        <source>the original document</source>
        <translation>originaldokumentet</translation>
    </message>
    <message>
        <source>the final version</source>
        <translation>den slutliga versionen</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>tidpunkt inte registrerad</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>inte underskriven</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>underskriven av %1</translation>
    </message>
    <message>
        <source>Revision %1 of %2 (final version)</source>
        <translation>Revision %1 av %2 (slutlig version)</translation>
    </message>
</context>
<context>
    <name>granska::Revocation</name>
    <message>
        <source>The OCSP response&apos;s signature is not valid or its responder is not authorised by the issuer.</source>
        <translation>OCSP-svarets underskrift är inte giltig, eller så är svarstjänsten inte bemyndigad av utfärdaren.</translation>
    </message>
    <message>
        <source>The OCSP response&apos;s signer certificate is not available.</source>
        <translation>Certifikatet för OCSP-svarets undertecknare är inte tillgängligt.</translation>
    </message>
    <message>
        <source>The OCSP responder said the certificate was not revoked.</source>
        <translation>OCSP-tjänsten svarade att certifikatet inte var återkallat.</translation>
    </message>
    <message>
        <source>The OCSP responder said the certificate was revoked.</source>
        <translation>OCSP-tjänsten svarade att certifikatet var återkallat.</translation>
    </message>
    <message>
        <source>The OCSP responder did not know the certificate.</source>
        <translation>OCSP-tjänsten kände inte till certifikatet.</translation>
    </message>
    <message>
        <source>The CRL&apos;s signature does not verify with the issuer&apos;s key.</source>
        <translation>Spärrlistans (CRL) underskrift kan inte verifieras med utfärdarens nyckel.</translation>
    </message>
    <message>
        <source>The certificate is listed in the issuer&apos;s CRL as revoked.</source>
        <translation>Certifikatet finns som återkallat i utfärdarens spärrlista (CRL).</translation>
    </message>
    <message>
        <source>The certificate is not listed in the issuer&apos;s CRL.</source>
        <translation>Certifikatet finns inte i utfärdarens spärrlista (CRL).</translation>
    </message>
</context>
<context>
    <name>granska::SecurityStore</name>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>VRI</source>
        <translation>VRI</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
</context>
<context>
    <name>granska::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Recorded with decisions and printed on reports</source>
        <translation>Registreras med besluten och skrivs ut på rapporterna</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Granskarens namn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>&amp;PDF/A profile:</source>
        <translation>&amp;PDF/A-profil:</translation>
    </message>
    <message>
        <source>PDF/A profile</source>
        <translation>PDF/A-profil</translation>
    </message>
    <message>
        <source>The PDF/A flavour documents are validated against; applies to documents assessed from now on</source>
        <translation>Den PDF/A-variant som dokumenten valideras mot; gäller dokument som bedöms från och med nu</translation>
    </message>
    <message>
        <source>The one the document claims</source>
        <translation>Den som dokumentet anger</translation>
    </message>
    <message>
        <source>Do not check PDF/A</source>
        <translation>Kontrollera inte PDF/A</translation>
    </message>
    <message>
        <source>&amp;Validate signatures at:</source>
        <translation>&amp;Validera underskrifter vid:</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Valideringstidpunkt</translation>
    </message>
    <message>
        <source>The present time</source>
        <translation>Aktuell tidpunkt</translation>
    </message>
    <message>
        <source>The claimed signing time</source>
        <translation>Uppgiven tidpunkt för underskrift</translation>
    </message>
    <message>
        <source>A fixed time</source>
        <translation>En fast tidpunkt</translation>
    </message>
    <message>
        <source>The time at which certificates must have been valid and not revoked</source>
        <translation>Den tidpunkt då certifikaten måste ha varit giltiga och inte återkallade</translation>
    </message>
    <message>
        <source>&amp;Fixed time:</source>
        <translation>&amp;Fast tidpunkt:</translation>
    </message>
    <message>
        <source>Fixed validation time (UTC)</source>
        <translation>Fast valideringstidpunkt (UTC)</translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation>&amp;Tillitsarkiv…</translation>
    </message>
    <message>
        <source>The certificates and trusted lists that signatures are validated against</source>
        <translation>De certifikat och tillitslistor som underskrifterna valideras mot</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Show personal identity &amp;numbers in full</source>
        <translation>Visa personnummer i sin &amp;helhet</translation>
    </message>
    <message>
        <source>Personal identity numbers found in certificates are personal data; by default reports show them masked (19520730-****)</source>
        <translation>Personnummer som hittas i certifikat är personuppgifter; som standard visas de maskerade i rapporterna (19520730-****)</translation>
    </message>
</context>
<context>
    <name>granska::SignatureAnalyzer</name>
    <message>
        <source>The /ByteRange is missing or does not consist of offset and length pairs.</source>
        <translation>/ByteRange saknas eller består inte av par av position och längd.</translation>
    </message>
    <message>
        <source>The /ByteRange points outside the file.</source>
        <translation>/ByteRange pekar utanför filen.</translation>
    </message>
    <message numerus="yes">
        <source>The /ByteRange has %n range(s) instead of the usual two.</source>
        <translation>
            <numerusform>/ByteRange har %n intervall i stället för de vanliga två.</numerusform>
            <numerusform>/ByteRange har %n intervall i stället för de vanliga två.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed bytes do not start at the beginning of the file.</source>
        <translation>De underskrivna bytena börjar inte i början av filen.</translation>
    </message>
    <message>
        <source>The two signed ranges overlap.</source>
        <translation>De två underskrivna intervallen överlappar varandra.</translation>
    </message>
    <message>
        <source>The unsigned gap between the signed ranges holds more than the signature value: unsigned content is hidden there (signature wrapping).</source>
        <translation>Luckan mellan de underskrivna intervallen innehåller mer än underskriftsvärdet: innehåll som inte är underskrivet döljs där (signature wrapping).</translation>
    </message>
    <message>
        <source>The unsigned gap between the signed ranges is not the signature value, so the signed bytes are not the usual ones.</source>
        <translation>Luckan mellan de underskrivna intervallen är inte underskriftsvärdet, så de underskrivna bytena är inte de vanliga.</translation>
    </message>
    <message>
        <source>The signature field holds no signature value: /Contents is empty.</source>
        <translation>Underskriftsfältet innehåller inget underskriftsvärde: /Contents är tom.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>This signature is in revision %1 but not in the final document: a later update removed it or made it unreachable.</source>
        <translation>Underskriften finns i revision %1 men inte i det slutliga dokumentet: en senare uppdatering tog bort den eller gjorde den onåbar.</translation>
    </message>
    <message>
        <source>The signature is missing from the final document; it was found in revision %1.</source>
        <translation>Underskriften saknas i det slutliga dokumentet; den hittades i revision %1.</translation>
    </message>
    <message>
        <source>The changes made after signing could not all be examined within the limits.</source>
        <translation>Alla ändringar som gjorts efter underskriften kunde inte undersökas inom gränserna.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; is empty: it has not been signed.</source>
        <translation>Underskriftsfältet ”%1” är tomt: det har inte skrivits under.</translation>
    </message>
</context>
<context>
    <name>granska::SignatureDetailsView</name>
    <message>
        <source>Timestamps</source>
        <translation>Tidsstämplar</translation>
    </message>
    <message>
        <source>Revocation data (OCSP and CRL)</source>
        <translation>Spärrdata (OCSP och CRL)</translation>
    </message>
    <message>
        <source>Select a signature to see its timestamps and validation data.</source>
        <translation>Välj en underskrift för att se dess tidsstämplar och valideringsdata.</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Dokumentet har inga underskrifter.</translation>
    </message>
    <message>
        <source>Select a signature or a revision to see its details.</source>
        <translation>Välj en underskrift eller en revision för att se detaljerna.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Timestamps and Validation Data</source>
        <translation>Tidsstämplar och valideringsdata</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Detaljer om underskriften</translation>
    </message>
    <message>
        <source>Timestamps and validation data</source>
        <translation>Tidsstämplar och valideringsdata</translation>
    </message>
</context>
<context>
    <name>granska::SignatureFields</name>
    <message>
        <source>The page tree cannot be read (%1); signature widgets are not placed on pages.</source>
        <translation>Sidträdet kan inte läsas (%1); underskrifternas widgetar placeras inte ut på sidorna.</translation>
    </message>
    <message>
        <source>The interactive form&apos;s field tree loops back to field %1; the fields in the loop were read once.</source>
        <translation>Det interaktiva formulärets fältträd leder tillbaka till fält %1; fälten i slingan lästes en gång.</translation>
    </message>
</context>
<context>
    <name>granska::SignatureModel</name>
    <message>
        <source>Revision %1 of %2 (original document)</source>
        <translation>Revision %1 av %2 (originaldokument)</translation>
    </message>
    <message>
        <source>Revision %1 of %2 (update)</source>
        <translation>Revision %1 av %2 (uppdatering)</translation>
    </message>
    <message>
        <source>Bytes %1 to %2 of the file; cross-reference %3</source>
        <translation>Byte %1 till %2 av filen; korsreferens %3</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Tidsstämpel: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 — %4</source>
        <translation>%1 ”%2”: %3 — %4</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 av %2, %3</translation>
    </message>
    <message>
        <source>Not ending at any revision</source>
        <translation>Slutar inte vid någon revision</translation>
    </message>
    <message>
        <source>The signed bytes of these signatures do not end where a revision of the file ends.</source>
        <translation>De underskrivna bytena i dessa underskrifter slutar inte där en revision av filen slutar.</translation>
    </message>
    <message>
        <source>Revision / signer</source>
        <translation>Revision / undertecknare</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Claimed time (UTC)</source>
        <translation>Uppgiven tid (UTC)</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Inte validerad</translation>
    </message>
</context>
<context>
    <name>granska::SignatureValidator</name>
    <message>
        <source>revision %1: %2</source>
        <translation>revision %1: %2</translation>
    </message>
    <message>
        <source>a trust anchor</source>
        <translation>ett tillitsankare</translation>
    </message>
    <message>
        <source>no trust anchors or trusted lists are configured</source>
        <translation>inga tillitsankare eller tillitslistor har konfigurerats</translation>
    </message>
    <message>
        <source>signature (CMS)</source>
        <translation>underskrift (CMS)</translation>
    </message>
    <message>
        <source>signature (adbe-revocationInfoArchival)</source>
        <translation>underskrift (adbe-revocationInfoArchival)</translation>
    </message>
    <message>
        <source>The signature uses SHA-1, which is no longer considered secure for new signatures.</source>
        <translation>Underskriften använder SHA-1, som inte längre anses säker för nya underskrifter.</translation>
    </message>
    <message>
        <source>adbe.x509.rsa_sha1 is a legacy signature format, deprecated since PDF 2.0.</source>
        <translation>adbe.x509.rsa_sha1 är ett äldre underskriftsformat, föråldrat sedan PDF 2.0.</translation>
    </message>
    <message>
        <source>A timestamp of this signature is not intact and gives no proof of existence: %1</source>
        <translation>En tidsstämpel för denna underskrift är inte intakt och ger inget bevis för existens: %1</translation>
    </message>
    <message>
        <source>The document was changed after this signature in a way the signature does not permit: %1</source>
        <translation>Dokumentet ändrades efter denna underskrift på ett sätt som underskriften inte tillåter: %1</translation>
    </message>
    <message>
        <source>The byte range is not a valid PDF signature byte range: %1</source>
        <translation>Byteintervallet är inte ett giltigt byteintervall för en PDF-underskrift: %1</translation>
    </message>
    <message>
        <source>The document was changed after signing in a way it does not permit: %1</source>
        <translation>Dokumentet ändrades efter underskriften på ett sätt som den inte tillåter: %1</translation>
    </message>
    <message>
        <source>A detached signature must not carry encapsulated content, but this one does.</source>
        <translation>En frikopplad underskrift (detached) får inte innehålla inkapslat innehåll, men denna gör det.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Undertecknarens certifikat finns inte i underskriften.</translation>
    </message>
    <message>
        <source>The signing-certificate attribute does not identify the certificate that verifies the signature.</source>
        <translation>Attributet signing-certificate identifierar inte det certifikat som verifierar underskriften.</translation>
    </message>
    <message>
        <source>The certificate chain breaks a rule of certificate paths: %1.</source>
        <translation>Certifikatkedjan bryter mot en regel för certifikatvägar: %1.</translation>
    </message>
    <message>
        <source>No chain from the signer&apos;s certificate to a trusted certificate was found (%1).</source>
        <translation>Ingen kedja från undertecknarens certifikat till ett betrott certifikat hittades (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>Undertecknarens certifikat var ännu inte giltigt vid tidpunkten för underskriften.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate or one of its issuers was revoked on %1, and the signature was made after that.</source>
        <translation>Undertecknarens certifikat eller ett av dess utfärdarcertifikat återkallades %1, och underskriften gjordes efter det.</translation>
    </message>
    <message>
        <source>A certificate of the chain was revoked on %1, and nothing proves the signature existed before that.</source>
        <translation>Ett certifikat i kedjan återkallades %1, och inget visar att underskriften fanns före det.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate expired on %1, before the validation time, and no trusted timestamp proves the signature existed earlier.</source>
        <translation>Undertecknarens certifikat gick ut %1, före valideringstidpunkten, och ingen betrodd tidsstämpel visar att underskriften fanns tidigare.</translation>
    </message>
    <message>
        <source>No revocation information for the certificate chain is embedded in the document, so its status cannot be established offline.</source>
        <translation>Ingen spärrinformation för certifikatkedjan är inbäddad i dokumentet, så dess status kan inte fastställas utan nätverksanslutning.</translation>
    </message>
    <message>
        <source>The signature is intact and its chain reaches a trusted certificate. A certificate was revoked on %1, but a trusted timestamp proves the signature existed before.</source>
        <translation>Underskriften är intakt och dess kedja når ett betrott certifikat. Ett certifikat återkallades %1, men en betrodd tidsstämpel visar att underskriften fanns dessförinnan.</translation>
    </message>
    <message>
        <source>The signature is intact, its certificate chain reaches a trusted certificate, and no certificate was revoked.</source>
        <translation>Underskriften är intakt, dess certifikatkedja når ett betrott certifikat och inget certifikat har återkallats.</translation>
    </message>
    <message>
        <source>PAdES baseline signatures use the SubFilter ETSI.CAdES.detached; this one uses %1.</source>
        <translation>PAdES baseline-underskrifter använder SubFilter ETSI.CAdES.detached; denna använder %1.</translation>
    </message>
    <message>
        <source>B-B needs the signer&apos;s certificate in the signature and a signing-certificate attribute that identifies it.</source>
        <translation>B-B kräver undertecknarens certifikat i underskriften och ett signing-certificate-attribut som identifierar det.</translation>
    </message>
    <message>
        <source>B-T needs a signature timestamp or a document timestamp added after the signature.</source>
        <translation>B-T kräver en underskriftstidsstämpel eller en dokumenttidsstämpel som lagts till efter underskriften.</translation>
    </message>
    <message>
        <source>B-LT needs the certificates and revocation data of the signer&apos;s chain in the document security store (DSS).</source>
        <translation>B-LT kräver certifikaten och spärrdata för undertecknarens kedja i dokumentsäkerhetslagret (DSS).</translation>
    </message>
    <message>
        <source>B-LTA needs a document timestamp added after the validation data.</source>
        <translation>B-LTA kräver en dokumenttidsstämpel som lagts till efter valideringsdata.</translation>
    </message>
    <message>
        <source>the issuer of a certificate in the chain is not available</source>
        <translation>utfärdaren av ett certifikat i kedjan är inte tillgänglig</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed and not a trust anchor</source>
        <translation>undertecknarens certifikat är självsignerat och inte ett tillitsankare</translation>
    </message>
    <message>
        <source>the chain ends in a self-signed certificate that is not a trust anchor</source>
        <translation>kedjan slutar i ett självsignerat certifikat som inte är ett tillitsankare</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be verified with its issuer&apos;s key</source>
        <translation>undertecknarens certifikat kan inte verifieras med utfärdarens nyckel</translation>
    </message>
    <message>
        <source>a certificate&apos;s signature in the chain is not valid</source>
        <translation>signaturen på ett certifikat i kedjan är inte giltig</translation>
    </message>
    <message>
        <source>a certificate in the chain is not allowed to issue certificates</source>
        <translation>ett certifikat i kedjan får inte utfärda certifikat</translation>
    </message>
    <message>
        <source>the chain is longer than a certificate in it allows</source>
        <translation>kedjan är längre än ett certifikat i den tillåter</translation>
    </message>
    <message>
        <source>a certificate in the chain is not meant for this purpose</source>
        <translation>ett certifikat i kedjan är inte avsett för detta ändamål</translation>
    </message>
</context>
<context>
    <name>granska::TrustSettings</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>granska::TrustStore</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate or trusted list.</source>
        <translation>%1 är för stor för att vara ett certifikat eller en tillitslista.</translation>
    </message>
    <message>
        <source>imported certificate %1</source>
        <translation>importerat certifikat %1</translation>
    </message>
    <message>
        <source>No certificate found in %1 (PEM or DER expected).</source>
        <translation>Inget certifikat hittades i %1 (PEM eller DER förväntades).</translation>
    </message>
    <message>
        <source>The file could not be copied into the trust store at %1.</source>
        <translation>Filen kunde inte kopieras till tillitsarkivet i %1.</translation>
    </message>
    <message>
        <source>%1 could not be removed from the trust store.</source>
        <translation>%1 kunde inte tas bort från tillitsarkivet.</translation>
    </message>
    <message>
        <source>trusted list %1: %2 (%3)</source>
        <translation>tillitslista %1: %2 (%3)</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>systemets CA-arkiv</translation>
    </message>
</context>
<context>
    <name>granska::TrustStoreDialog</name>
    <message>
        <source>Nothing is trusted yet. Import the certificates of the certificate authorities you trust, or a trusted list such as your country&apos;s.</source>
        <translation>Ingenting är betrott ännu. Importera certifikaten för de certifikatutfärdare som du litar på, eller en tillitslista, till exempel ditt lands.</translation>
    </message>
    <message>
        <source>Select a certificate, a trusted list or a service to see its details.</source>
        <translation>Välj ett certifikat, en tillitslista eller en tjänst för att se detaljerna.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorium</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sekvensnummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>A list of trusted lists points to the national lists; it has no services of its own. Import the national lists you need.</source>
        <translation>En förteckning över tillitslistor hänvisar till de nationella listorna; den har inga egna tjänster. Importera de nationella listor som du behöver.</translation>
    </message>
    <message>
        <source>Signature of the list</source>
        <translation>Listans underskrift</translation>
    </message>
    <message>
        <source>not verified: importing a list is your decision to trust it</source>
        <translation>inte verifierad: genom att importera en lista beslutar du att lita på den</translation>
    </message>
    <message>
        <source>Trusted list %1</source>
        <translation>Tillitslista %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tjänsteleverantör</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation>Tillitslista</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>The trust store already has a file named %1. Replace it?</source>
        <translation>Tillitsarkivet har redan en fil med namnet %1. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Importera certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import Trusted List</source>
        <translation>Importera tillitslista</translation>
    </message>
    <message>
        <source>Trusted lists (*.xml);;All files (*)</source>
        <translation>Tillitslistor (*.xml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove %1 from the trust store? Signatures that relied on it will no longer be trusted.</source>
        <translation>Vill du ta bort %1 från tillitsarkivet? Underskrifter som förlitade sig på filen kommer inte längre att vara betrodda.</translation>
    </message>
    <message>
        <source>Trust Store Changed</source>
        <translation>Tillitsarkivet har ändrats</translation>
    </message>
    <message numerus="yes">
        <source>The trust store has changed. Assess the %n document(s) in the window again so that their signatures are validated with it?</source>
        <translation>
            <numerusform>Tillitsarkivet har ändrats. Vill du bedöma %n dokument i fönstret igen så att dess underskrifter valideras mot det ändrade tillitsarkivet?</numerusform>
            <numerusform>Tillitsarkivet har ändrats. Vill du bedöma de %n dokumenten i fönstret igen så att deras underskrifter valideras mot det ändrade tillitsarkivet?</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust Store</source>
        <translation>Tillitsarkiv</translation>
    </message>
    <message>
        <source>A signature is trusted when its certificate chain ends in a certificate imported here, or in a service of an imported trusted list (ETSI TS 119 612). Nothing else is trusted unless you choose so below.</source>
        <translation>En underskrift är betrodd när dess certifikatkedja slutar i ett certifikat som har importerats här, eller i en tjänst i en importerad tillitslista (ETSI TS 119 612). Inget annat är betrott om du inte väljer det nedan.</translation>
    </message>
    <message>
        <source>Import &amp;Certificate…</source>
        <translation>Importera &amp;certifikat…</translation>
    </message>
    <message>
        <source>Trust a certificate authority: a PEM or DER certificate file</source>
        <translation>Lita på en certifikatutfärdare: en certifikatfil i PEM- eller DER-format</translation>
    </message>
    <message>
        <source>Import &amp;Trusted List…</source>
        <translation>Importera &amp;tillitslista…</translation>
    </message>
    <message>
        <source>Trust the services of an ETSI TS 119 612 trusted list (XML)</source>
        <translation>Lita på tjänsterna i en tillitslista enligt ETSI TS 119 612 (XML)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the file of the selected item from the trust store</source>
        <translation>Ta bort filen för den valda posten från tillitsarkivet</translation>
    </message>
    <message>
        <source>Also trust the system&apos;s certificate authorities</source>
        <translation>Lita även på systemets certifikatutfärdare</translation>
    </message>
    <message>
        <source>The web&apos;s certificate authorities of this computer; not needed for qualified signatures</source>
        <translation>Datorns certifikatutfärdare för webben; behövs inte för kvalificerade underskrifter</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Lagras i %1</translation>
    </message>
    <message>
        <source>Trusted certificates and lists</source>
        <translation>Betrodda certifikat och listor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>granska::TrustStoreModel</name>
    <message>
        <source>Trust anchors (%1)</source>
        <translation>Tillitsankare (%1)</translation>
    </message>
    <message>
        <source>Trusted lists (%1)</source>
        <translation>Tillitslistor (%1)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>giltigt till %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>List of trusted lists</source>
        <translation>Förteckning över tillitslistor</translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation>Tillitslista</translation>
    </message>
    <message>
        <source>next update was due %1</source>
        <translation>nästa uppdatering skulle ha skett %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>utfärdad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), sequence %1, %2</source>
        <translation>
            <numerusform>%n tjänst, sekvensnummer %1, %2</numerusform>
            <numerusform>%n tjänster, sekvensnummer %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>inte användbar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>granska::TrustedList</name>
    <message>
        <source>the XML is nested too deeply or is too large</source>
        <translation>XML-strukturen är för djupt nästlad eller för stor</translation>
    </message>
    <message>
        <source>%1 is not an ETSI TS 119 612 trusted list.</source>
        <translation>%1 är inte en tillitslista enligt ETSI TS 119 612.</translation>
    </message>
    <message>
        <source>%1 cannot be read as XML: %2</source>
        <translation>%1 kan inte läsas som XML: %2</translation>
    </message>
</context>
<context>
    <name>granska::Validator</name>
    <message>
        <source>Validation against PDF/A-%1 is not supported yet; no verdict is given.</source>
        <translation>Validering mot PDF/A-%1 stöds inte ännu; inget utlåtande ges.</translation>
    </message>
    <message>
        <source>The validation could not be completed within the limits; the failures listed are those found so far.</source>
        <translation>Valideringen kunde inte slutföras inom gränserna; de fel som listas är de som hittats hittills.</translation>
    </message>
    <message>
        <source>Parts of the document could not be read, so some rules could not be checked: %1</source>
        <translation>Delar av dokumentet kunde inte läsas, så vissa regler kunde inte kontrolleras: %1</translation>
    </message>
</context>
<context>
    <name>granska::cli::Check</name>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Okänd profil ”%1”.</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256.</source>
        <translation>--jobs kräver ett tal från 1 till 256.</translation>
    </message>
    <message>
        <source>--validation-time needs &quot;now&quot;, &quot;signing&quot; or an ISO 8601 date or time, such as 2020-11-01T00:00:00Z.</source>
        <translation>--validation-time kräver ”now”, ”signing” eller ett datum eller en tidpunkt enligt ISO 8601, till exempel 2020-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>No document given.</source>
        <translation>Inget dokument angivet.</translation>
    </message>
    <message>
        <source>No PDF documents found.</source>
        <translation>Inga PDF-dokument hittades.</translation>
    </message>
    <message>
        <source>  --profile P  PDF/A profile: auto follows the document&apos;s claim (default), none skips PDF/A
  --jobs N     documents assessed in parallel (default: number of processors)
  --validation-time T     validate signatures at T: now (default), signing, or an ISO 8601 time
  --trust-anchor FILE     trust the certificates in FILE (PEM or DER); repeatable
  --trusted-list FILE     trust the services of an ETSI TS 119 612 trusted list; repeatable
  --system-trust          also trust the system&apos;s CA certificates
  --include-certificates  add each certificate (DER, base64) to the JSON
  --show-personal-data    show personal identity numbers unmasked
</source>
        <translation>  --profile P  PDF/A-profil: auto följer dokumentets angivelse (standard), none hoppar över PDF/A
  --jobs N     antal dokument som bedöms parallellt (standard: antalet processorer)
  --validation-time T     validera underskrifter vid T: now (standard), signing eller en tidpunkt enligt ISO 8601
  --trust-anchor FIL      lita på certifikaten i FIL (PEM eller DER); kan upprepas
  --trusted-list FIL      lita på tjänsterna i en tillitslista enligt ETSI TS 119 612; kan upprepas
  --system-trust          lita även på systemets CA-certifikat
  --include-certificates  lägg till varje certifikat (DER, base64) i JSON-utdata
  --show-personal-data    visa personnummer utan maskering
</translation>
    </message>
    <message>
        <source>Usage: granska-cli check [--profile auto|none|1a|1b|2a|2b|2u|3a|3b|3u|4|4e|4f] [--json] [--jobs N]
                         [--validation-time T] [--trust-anchor FILE]... [--trusted-list FILE]... PATH...

Assesses PDF documents: identity, revisions, PDF/A claim and validation, signatures.
PATH may be a file or a folder (searched recursively for .pdf files).

  --json       one JSON object per document per line (JSON Lines)
</source>
        <translation>Användning: granska-cli check [--profile auto|none|1a|1b|2a|2b|2u|3a|3b|3u|4|4e|4f] [--json] [--jobs N]
                              [--validation-time T] [--trust-anchor FIL]... [--trusted-list FIL]... SÖKVÄG...

Bedömer PDF-dokument: identitet, revisioner, PDF/A-angivelse och validering, underskrifter.
SÖKVÄG kan vara en fil eller en mapp (genomsöks rekursivt efter .pdf-filer).

  --json       ett JSON-objekt per dokument och rad (JSON Lines)
</translation>
    </message>
    <message>
        <source>
Exit status: 0 no findings, 1 findings, 2 a document could not be assessed or bad usage.
</source>
        <translation>
Slutstatus: 0 inga iakttagelser, 1 iakttagelser, 2 ett dokument kunde inte bedömas eller felaktig användning.
</translation>
    </message>
</context>
<context>
    <name>granska::cli::Main</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Kan inte starta %1: %2</translation>
    </message>
</context>
<context>
    <name>granska::cli::Report</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Det går inte att skriva rapporten till %1: %2</translation>
    </message>
    <message>
        <source>Usage: granska-cli report [--profile P] [--trust-anchor FILE]... [--trusted-list FILE]... [--validation-time T]
                          [--show-personal-data] [--reviewer NAME] [--title TEXT] [--summary] [--full]
                          [--no-pictures] [--json] -o OUT PATH...

Assesses PDF documents and writes the report for the records to OUT: for one document its
assessment report, for several (or a folder) a summary with one row per document. The PDF is
PDF/A-1b. PATH may be a file or a folder (searched recursively for .pdf files).

  -o, --output OUT  the report file to write (replaced if it exists)
  --json            write the machine-readable report (JSON) instead of a PDF
  --reviewer NAME   the reviewer named in the report
  --title TEXT      the summary&apos;s title (default: Assessment summary)
  --summary         a summary even for one document
  --full            after the summary, each document&apos;s full report
  --no-pictures     leave out the pictures of the first page and of the signatures
</source>
        <translation>Användning: granska-cli report [--profile P] [--trust-anchor FIL]... [--trusted-list FIL]... [--validation-time T]
                               [--show-personal-data] [--reviewer NAMN] [--title TEXT] [--summary] [--full]
                               [--no-pictures] [--json] -o UTFIL SÖKVÄG...

Bedömer PDF-dokument och skriver en rapport för dokumentationen till UTFIL: för ett dokument dess
bedömningsrapport, för flera (eller en mapp) en sammanställning med en rad per dokument. PDF-filen är
PDF/A-1b. SÖKVÄG kan vara en fil eller en mapp (genomsöks rekursivt efter .pdf-filer).

  -o, --output UTFIL  rapportfilen som ska skrivas (ersätts om den redan finns)
  --json              skriv den maskinläsbara rapporten (JSON) i stället för en PDF
  --reviewer NAMN     granskaren som anges i rapporten
  --title TEXT        sammanställningens titel (standard: Sammanställning av bedömningar)
  --summary           en sammanställning även för ett enda dokument
  --full              efter sammanställningen, varje dokuments fullständiga rapport
  --no-pictures       utelämna bilderna av första sidan och av underskrifterna
</translation>
    </message>
    <message>
        <source>
Exit status: 0 no findings, 1 findings, 2 a document could not be assessed, the report could not be
written, or bad usage.
</source>
        <translation>
Slutstatus: 0 inga iakttagelser, 1 iakttagelser, 2 ett dokument kunde inte bedömas, rapporten kunde
inte skrivas eller felaktig användning.
</translation>
    </message>
    <message>
        <source>No report file given: use -o OUT.</source>
        <translation>Ingen rapportfil angiven: använd -o UTFIL.</translation>
    </message>
    <message>
        <source>No document given.</source>
        <translation>Inget dokument angivet.</translation>
    </message>
    <message>
        <source>No PDF documents found.</source>
        <translation>Inga PDF-dokument hittades.</translation>
    </message>
    <message>
        <source>The report cannot replace a document it describes: %1</source>
        <translation>Rapporten kan inte ersätta ett dokument som den beskriver: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n document(s), %2 with problems, %3 needing attention, %4 not assessed.</source>
        <translation>
            <numerusform>Rapporten skrevs till %1: %n dokument, %2 med problem, %3 behöver uppmärksammas, %4 har inte bedömts.</numerusform>
            <numerusform>Rapporten skrevs till %1: %n dokument, %2 med problem, %3 behöver uppmärksammas, %4 har inte bedömts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::cli::Text</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BRUTEN</translation>
    </message>
    <message>
        <source>cannot be verified</source>
        <translation>kan inte verifieras</translation>
    </message>
    <message>
        <source>claims PDF/A-%1</source>
        <translation>anger PDF/A-%1</translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation>ingen PDF/A-angivelse</translation>
    </message>
    <message numerus="yes">
        <source>compliant (%n rule(s) checked)</source>
        <translation>
            <numerusform>uppfyller kraven (%n regel kontrollerad)</numerusform>
            <numerusform>uppfyller kraven (%n regler kontrollerade)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT compliant, %n rule(s) failed</source>
        <translation>
            <numerusform>uppfyller INTE kraven, %n regel underkänd</numerusform>
            <numerusform>uppfyller INTE kraven, %n regler underkända</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; validated as PDF/A-%2: %3</source>
        <translation>%1; validerad som PDF/A-%2: %3</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>FEL: %1</translation>
    </message>
    <message numerus="yes">
        <source>Document   PDF %1, %n page(s), %2 bytes</source>
        <translation>
            <numerusform>Dokument   PDF %1, %n sida, %2 byte</numerusform>
            <numerusform>Dokument   PDF %1, %n sidor, %2 byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisioner</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by    %1</source>
        <translation>Skapad av  %1</translation>
    </message>
    <message>
        <source>Encrypted  %1</source>
        <translation>Krypterad  %1</translation>
    </message>
    <message>
        <source>Signatures none</source>
        <translation>Inga underskrifter</translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation>Dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Integrity: %1 — %2</source>
        <translation>Integritet:    %1 — %2</translation>
    </message>
    <message>
        <source>Signer:    %1</source>
        <translation>Undertecknare: %1</translation>
    </message>
    <message>
        <source>Issuer:    %1</source>
        <translation>Utfärdare:     %1</translation>
    </message>
    <message>
        <source>Serial:    %1, valid %2 to %3</source>
        <translation>Serienummer:   %1, giltigt %2 till %3</translation>
    </message>
    <message>
        <source>Signed at: %1 (claimed by the signer)</source>
        <translation>Underskriven:  %1 (enligt undertecknaren)</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>hela filen</translation>
    </message>
    <message>
        <source>revision %1 of %2; the file was changed after signing</source>
        <translation>revision %1 av %2; filen ändrades efter underskriften</translation>
    </message>
    <message>
        <source>a part of the file that ends at no revision</source>
        <translation>en del av filen som inte slutar vid någon revision</translation>
    </message>
    <message>
        <source>Covers:    %1</source>
        <translation>Omfattar:      %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fel:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Varning:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anmärkning:</translation>
    </message>
    <message>
        <source>Preservation: %1</source>
        <translation>Bevarande: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Validity:  %1 — %2</source>
        <translation>Giltighet:     %1 — %2</translation>
    </message>
    <message>
        <source>Level:     %1; qualification: %2</source>
        <translation>Nivå:          %1; kvalifikation: %2</translation>
    </message>
    <message>
        <source>no PAdES baseline level</source>
        <translation>ingen PAdES-baslinjenivå</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>inte fastställd</translation>
    </message>
    <message numerus="yes">
        <source>Changes:   %n later change(s), all permitted</source>
        <translation>
            <numerusform>Ändringar:     %n senare ändring, tillåten</numerusform>
            <numerusform>Ändringar:     %n senare ändringar, alla tillåtna</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes:   NOT PERMITTED — %1</source>
        <translation>Ändringar:     INTE TILLÅTNA — %1</translation>
    </message>
</context>
<context>
    <name>granska::main</name>
    <message>
        <source>Reviews signed PDF documents before archiving.</source>
        <translation>Granskar underskrivna PDF-dokument före arkivering.</translation>
    </message>
    <message>
        <source>PDF files or folders to assess.</source>
        <translation>PDF-filer eller mappar att bedöma.</translation>
    </message>
    <message>
        <source>Keep the assessment history in &lt;file&gt; instead of the default database.</source>
        <translation>Spara bedömningshistoriken i &lt;fil&gt; i stället för i standarddatabasen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::ContentInterpreter</name>
    <message>
        <source>page %1 content</source>
        <translation>innehållet på sida %1</translation>
    </message>
    <message>
        <source>alternate colour space</source>
        <translation>alternativ färgrymd</translation>
    </message>
    <message>
        <source>base colour space</source>
        <translation>basfärgrymd</translation>
    </message>
    <message>
        <source>underlying colour space</source>
        <translation>underliggande färgrymd</translation>
    </message>
    <message>
        <source>Type 3 glyph %1</source>
        <translation>Type 3-glyf %1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>transparency group</source>
        <translation>transparensgrupp</translation>
    </message>
    <message>
        <source>form XObject %1</source>
        <translation>form-XObject %1</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>skuggning</translation>
    </message>
    <message>
        <source>tiling pattern %1</source>
        <translation>rutmönster %1</translation>
    </message>
    <message>
        <source>soft mask group</source>
        <translation>grupp för mjuk mask</translation>
    </message>
    <message>
        <source>soft mask %1</source>
        <translation>mjuk mask %1</translation>
    </message>
    <message>
        <source>fill colour</source>
        <translation>fyllningsfärg</translation>
    </message>
    <message>
        <source>stroke colour</source>
        <translation>linjefärg</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::DocumentFeatures</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>embedded file</source>
        <translation>inbäddad fil</translation>
    </message>
    <message>
        <source>file specification</source>
        <translation>filspecifikation</translation>
    </message>
    <message>
        <source>optional content configuration</source>
        <translation>konfiguration för valfritt innehåll</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::FileStructure</name>
    <message>
        <source>stream</source>
        <translation>ström</translation>
    </message>
    <message>
        <source>structure tree</source>
        <translation>strukturträd</translation>
    </message>
    <message>
        <source>structure element</source>
        <translation>strukturelement</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>underskrift</translation>
    </message>
    <message>
        <source>signature reference</source>
        <translation>underskriftsreferens</translation>
    </message>
    <message>
        <source>content of page %1</source>
        <translation>innehållet på sida %1</translation>
    </message>
    <message>
        <source>content stream</source>
        <translation>innehållsström</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>inget filhuvud</translation>
    </message>
    <message>
        <source>there is no such comment line</source>
        <translation>det finns ingen sådan kommentarsrad</translation>
    </message>
    <message>
        <source>its first bytes are %1</source>
        <translation>dess första byte är %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow it</source>
        <translation>
            <numerusform>%n byte följer efter den</numerusform>
            <numerusform>%n byte följer efter den</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>unknown (no endstream)</source>
        <translation>okänt (inget endstream)</translation>
    </message>
    <message>
        <source>&quot;stream&quot; is not followed by CR LF or LF alone</source>
        <translation>&quot;stream&quot; följs inte av CR LF eller enbart LF</translation>
    </message>
    <message>
        <source>&quot;endstream&quot; is missing</source>
        <translation>&quot;endstream&quot; saknas</translation>
    </message>
    <message>
        <source>&quot;endstream&quot; is not preceded by an end-of-line</source>
        <translation>&quot;endstream&quot; föregås inte av ett radslut</translation>
    </message>
    <message>
        <source>the object number does not start a line</source>
        <translation>objektnumret inleder inte en rad</translation>
    </message>
    <message>
        <source>the numbers and &quot;obj&quot; are not separated by single spaces</source>
        <translation>talen och &quot;obj&quot; skiljs inte åt av enkla blanksteg</translation>
    </message>
    <message>
        <source>&quot;obj&quot; is not followed by an end-of-line</source>
        <translation>&quot;obj&quot; följs inte av ett radslut</translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is missing</source>
        <translation>&quot;endobj&quot; saknas</translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is not preceded by an end-of-line</source>
        <translation>&quot;endobj&quot; föregås inte av ett radslut</translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is not followed by an end-of-line</source>
        <translation>&quot;endobj&quot; följs inte av ett radslut</translation>
    </message>
    <message>
        <source>file structure</source>
        <translation>filstruktur</translation>
    </message>
    <message>
        <source>object stream %1</source>
        <translation>objektström %1</translation>
    </message>
    <message>
        <source>cross-reference table at byte %1</source>
        <translation>korsreferenstabell vid byte %1</translation>
    </message>
    <message>
        <source>object at byte %1</source>
        <translation>objekt vid byte %1</translation>
    </message>
    <message>
        <source>no %EOF marker was found near the end</source>
        <translation>ingen %EOF-markör hittades nära slutet</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Fonts</name>
    <message>
        <source>(Type 3 font)</source>
        <translation>(Type 3-teckensnitt)</translation>
    </message>
    <message>
        <source>(font without a name)</source>
        <translation>(teckensnitt utan namn)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>(unnamed %1 font)</source>
        <translation>(namnlöst %1-teckensnitt)</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Forms</name>
    <message>
        <source>signature field %1</source>
        <translation>underskriftsfält %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsColour</name>
    <message>
        <source>its device class is &quot;%1&quot;, not input, display, output or colour space conversion</source>
        <translation>dess enhetsklass är &quot;%1&quot;, inte inmatning, bildskärm, utmatning eller färgrymdskonvertering</translation>
    </message>
    <message>
        <source>its colour space is &quot;%1&quot;, not RGB, CMYK, Gray or Lab</source>
        <translation>dess färgrymd är &quot;%1&quot;, inte RGB, CMYK, Gray eller Lab</translation>
    </message>
    <message>
        <source>it is an ICC version %1 profile, newer than this part of PDF/A allows</source>
        <translation>den är en profil av ICC-version %1, nyare än denna del av PDF/A tillåter</translation>
    </message>
    <message>
        <source>no</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsImages</name>
    <message>
        <source>not given</source>
        <translation>(ej angivna)</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsOutputIntents</name>
    <message>
        <source>its device class is &quot;%1&quot;, not an output (prtr) or monitor (mntr) profile</source>
        <translation>dess enhetsklass är &quot;%1&quot;, inte en utmatningsprofil (prtr) eller bildskärmsprofil (mntr)</translation>
    </message>
    <message>
        <source>its colour space is &quot;%1&quot;, not RGB, CMYK or Gray</source>
        <translation>dess färgrymd är &quot;%1&quot;, inte RGB, CMYK eller Gray</translation>
    </message>
    <message>
        <source>it is an ICC version %1 profile, newer than this part of PDF/A allows</source>
        <translation>den är en profil av ICC-version %1, nyare än denna del av PDF/A tillåter</translation>
    </message>
    <message>
        <source>a direct object</source>
        <translation>ett direkt objekt</translation>
    </message>
    <message>
        <source>output intent</source>
        <translation>utdataavsikt</translation>
    </message>
    <message>
        <source>destination output profile</source>
        <translation>målprofil för utdata</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>dokumentkatalog</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsState</name>
    <message>
        <source>missing</source>
        <translation>(saknas)</translation>
    </message>
    <message>
        <source>the halftone</source>
        <translation>rastreringen</translation>
    </message>
    <message>
        <source>the halftone for %1</source>
        <translation>rastreringen för %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Metadata</name>
    <message>
        <source>The metadata stream cannot be decoded: %1</source>
        <translation>Metadataströmmen kan inte avkodas: %1</translation>
    </message>
    <message>
        <source>document metadata</source>
        <translation>dokumentets metadata</translation>
    </message>
    <message>
        <source>metadata stream %1</source>
        <translation>metadataström %1</translation>
    </message>
    <message>
        <source>PDF/A identification in the document metadata</source>
        <translation>PDF/A-identifieringen i dokumentets metadata</translation>
    </message>
    <message>
        <source>XMP property %1 in the document metadata</source>
        <translation>XMP-egenskapen %1 i dokumentets metadata</translation>
    </message>
    <message>
        <source>XMP property %1 in %2</source>
        <translation>XMP-egenskapen %1 i %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataExtensions</name>
    <message>
        <source>it is missing</source>
        <translation>den saknas</translation>
    </message>
    <message>
        <source>it is not a text value</source>
        <translation>den är inte ett textvärde</translation>
    </message>
    <message>
        <source>it is written with the prefix &quot;%1&quot;</source>
        <translation>den är skriven med prefixet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it is not an rdf:Seq</source>
        <translation>den är inte en rdf:Seq</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value type the XMP Specification or this schema defines</source>
        <translation>&quot;%1&quot; är inte en värdetyp som XMP-specifikationen eller detta schema definierar</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>its value is &quot;%1&quot;</source>
        <translation>dess värde är &quot;%1&quot;</translation>
    </message>
    <message>
        <source>PDF/A extension schemas in %1</source>
        <translation>PDF/A-tilläggsscheman i %1</translation>
    </message>
    <message>
        <source>extension schema %1</source>
        <translation>tilläggsschema %1</translation>
    </message>
    <message>
        <source>%1, property %2</source>
        <translation>%1, egenskap %2</translation>
    </message>
    <message>
        <source>%1, value type %2</source>
        <translation>%1, värdetyp %2</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, fält %2</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataIdentification</name>
    <message>
        <source>missing</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataInfo</name>
    <message>
        <source>absent</source>
        <translation>saknas</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Producers</name>
    <message>
        <source>outline item</source>
        <translation>bokmärke</translation>
    </message>
    <message>
        <source>document JavaScript</source>
        <translation>JavaScript på dokumentnivå</translation>
    </message>
    <message>
        <source>form field</source>
        <translation>formulärfält</translation>
    </message>
    <message>
        <source>appearance of annotation %1</source>
        <translation>utseendet för annotering %1</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>dokumentkatalog</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>trailer</translation>
    </message>
    <message>
        <source>document information dictionary</source>
        <translation>dokumentinformationsordlista</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>annotation on page %1</source>
        <translation>annotering på sida %1</translation>
    </message>
    <message>
        <source>interactive form</source>
        <translation>interaktivt formulär</translation>
    </message>
    <message>
        <source>font %1</source>
        <translation>teckensnitt %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Rule</name>
    <message>
        <source>A stream is compressed with the %1 filter, which PDF/A-1 does not allow.</source>
        <translation>En ström är komprimerad med filtret %1, vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>A stream uses the filter %1, which is not one of the standard filters PDF/A allows (LZW and encryption are excluded).</source>
        <translation>En ström använder filtret %1, som inte är ett av de standardfilter som PDF/A tillåter (LZW och kryptering är undantagna).</translation>
    </message>
    <message>
        <source>An inline image is compressed with LZW, which PDF/A-1 does not allow.</source>
        <translation>En inline-bild är komprimerad med LZW, vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>An inline image uses the filter %1; inline images may only use the standard filters other than LZW, JBIG2, JPX and Crypt.</source>
        <translation>En inline-bild använder filtret %1; inline-bilder får endast använda standardfiltren utom LZW, JBIG2, JPX och Crypt.</translation>
    </message>
    <message>
        <source>A structure type or role-map name (%1) is not valid UTF-8.</source>
        <translation>En strukturtyp eller ett namn i rollmappningen (%1) är inte giltig UTF-8.</translation>
    </message>
    <message>
        <source>A font name (%1) is not valid UTF-8.</source>
        <translation>Ett teckensnittsnamn (%1) är inte giltig UTF-8.</translation>
    </message>
    <message>
        <source>A colourant name of a Separation or DeviceN colour space (%1) is not valid UTF-8.</source>
        <translation>Ett färgämnesnamn i en Separation- eller DeviceN-färgrymd (%1) är inte giltig UTF-8.</translation>
    </message>
    <message>
        <source>A file specification embeds a file (EF entry), which PDF/A-1 does not allow.</source>
        <translation>En filspecifikation bäddar in en fil (posten EF), vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>The document&apos;s name dictionary lists embedded files (EmbeddedFiles), which PDF/A-1 does not allow.</source>
        <translation>Dokumentets namnordlista listar inbäddade filer (EmbeddedFiles), vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>The document catalog has optional content (OCProperties), which PDF/A-1 does not allow.</source>
        <translation>Dokumentkatalogen har valfritt innehåll (OCProperties), vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>The permissions dictionary has entries other than DocMDP and UR3: %1.</source>
        <translation>Behörighetsordlistan har andra poster än DocMDP och UR3: %1.</translation>
    </message>
    <message>
        <source>A signature reference dictionary has %1 although the document has DocMDP permissions.</source>
        <translation>En ordlista för underskriftsreferens har %1 trots att dokumentet har DocMDP-behörigheter.</translation>
    </message>
    <message>
        <source>An integer (%1) lies outside the range -2147483648 to 2147483647.</source>
        <translation>Ett heltal (%1) ligger utanför intervallet -2147483648 till 2147483647.</translation>
    </message>
    <message>
        <source>A real number (%1) lies outside the range -32767 to 32767.</source>
        <translation>Ett reellt tal (%1) ligger utanför intervallet -32767 till 32767.</translation>
    </message>
    <message>
        <source>A real number (%1) lies outside the range of plus or minus 3.403 x 10^38.</source>
        <translation>Ett reellt tal (%1) ligger utanför intervallet plus/minus 3,403 x 10^38.</translation>
    </message>
    <message>
        <source>A real number (%1) other than zero lies closer to zero than plus or minus 1.175 x 10^-38.</source>
        <translation>Ett reellt tal (%1) som inte är noll ligger närmare noll än plus/minus 1,175 x 10^-38.</translation>
    </message>
    <message>
        <source>A string is %1 bytes long; at most 65535 bytes are allowed.</source>
        <translation>En sträng är %1 byte lång; högst 65535 byte är tillåtna.</translation>
    </message>
    <message>
        <source>A string is %1 bytes long; at most 32767 bytes are allowed.</source>
        <translation>En sträng är %1 byte lång; högst 32767 byte är tillåtna.</translation>
    </message>
    <message>
        <source>A name is %1 bytes long; at most 127 bytes are allowed.</source>
        <translation>Ett namn är %1 byte långt; högst 127 byte är tillåtna.</translation>
    </message>
    <message>
        <source>An array has %1 elements; at most 8191 are allowed.</source>
        <translation>En matris har %1 element; högst 8191 är tillåtna.</translation>
    </message>
    <message>
        <source>A dictionary has %1 entries; at most 4095 are allowed.</source>
        <translation>En ordlista har %1 poster; högst 4095 är tillåtna.</translation>
    </message>
    <message>
        <source>The file has %1 indirect objects; at most 8388607 are allowed.</source>
        <translation>Filen har %1 indirekta objekt; högst 8388607 är tillåtna.</translation>
    </message>
    <message>
        <source>Graphics states are nested %1 deep with q; at most 28 levels are allowed.</source>
        <translation>Grafiktillstånd är nästlade %1 nivåer djupt med q; högst 28 nivåer är tillåtna.</translation>
    </message>
    <message>
        <source>A DeviceN colour space has %1 colourants; at most 8 are allowed.</source>
        <translation>En DeviceN-färgrymd har %1 färgämnen; högst 8 är tillåtna.</translation>
    </message>
    <message>
        <source>A DeviceN colour space has %1 colourants; at most 32 are allowed.</source>
        <translation>En DeviceN-färgrymd har %1 färgämnen; högst 32 är tillåtna.</translation>
    </message>
    <message>
        <source>An embedded CMap maps to CID %1; CIDs above 65535 are not allowed.</source>
        <translation>En inbäddad CMap mappar till CID %1; CID-värden över 65535 är inte tillåtna.</translation>
    </message>
    <message>
        <source>A page boundary is smaller than 3 or larger than 14400 units in some direction: %1.</source>
        <translation>En sidruta är mindre än 3 eller större än 14400 enheter i någon riktning: %1.</translation>
    </message>
    <message>
        <source>The file does not start with a %PDF-n.m header at its first byte (found %1 at byte %2).</source>
        <translation>Filen börjar inte med ett filhuvud %PDF-n.m vid sin första byte (hittade %1 vid byte %2).</translation>
    </message>
    <message>
        <source>The file does not start with a header %PDF-1.0 to %PDF-1.7 alone on the first line at its first byte (found %1 at byte %2).</source>
        <translation>Filen börjar inte med ett filhuvud %PDF-1.0 till %PDF-1.7 ensamt på första raden vid sin första byte (hittade %1 vid byte %2).</translation>
    </message>
    <message>
        <source>The header line is not followed by a comment of at least four bytes with values above 127 that marks the file as binary: %1.</source>
        <translation>Filhuvudraden följs inte av en kommentar med minst fyra byte med värden över 127 som markerar filen som binär: %1.</translation>
    </message>
    <message>
        <source>The file trailer has no file identifier (ID); for a linearized file, the first-page trailer must have it.</source>
        <translation>Filens trailer har ingen filidentifierare (ID); i en linjäriserad fil måste trailern för första sidan ha den.</translation>
    </message>
    <message>
        <source>The file trailer has no file identifier (ID), or it is empty; for a linearized file, the first-page trailer must have it.</source>
        <translation>Filens trailer har ingen filidentifierare (ID), eller så är den tom; i en linjäriserad fil måste trailern för första sidan ha den.</translation>
    </message>
    <message>
        <source>The file is encrypted (its trailer has an Encrypt entry).</source>
        <translation>Filen är krypterad (dess trailer har en Encrypt-post).</translation>
    </message>
    <message>
        <source>The linearized file&apos;s first-page trailer and last trailer have different file identifiers (ID).</source>
        <translation>Den linjäriserade filens trailer för första sidan och sista trailer har olika filidentifierare (ID).</translation>
    </message>
    <message>
        <source>The file uses a cross-reference stream, which PDF/A-1 does not allow.</source>
        <translation>Filen använder en korsreferensström, vilket PDF/A-1 inte tillåter.</translation>
    </message>
    <message>
        <source>A cross-reference subsection header does not separate its first object number and its count by a single space.</source>
        <translation>Ett huvud för ett korsreferensunderavsnitt skiljer inte det första objektnumret och antalet åt med ett enkelt blanksteg.</translation>
    </message>
    <message>
        <source>The xref keyword is not followed by exactly one end-of-line before the first subsection header.</source>
        <translation>Nyckelordet xref följs inte av exakt ett radslut före det första underavsnittshuvudet.</translation>
    </message>
    <message>
        <source>A hexadecimal string has an odd number of digits (%1).</source>
        <translation>En hexadecimal sträng har ett udda antal siffror (%1).</translation>
    </message>
    <message>
        <source>A hexadecimal string contains characters other than 0-9, A-F, a-f and white space.</source>
        <translation>En hexadecimal sträng innehåller andra tecken än 0-9, A-F, a-f och blanktecken.</translation>
    </message>
    <message>
        <source>A stream&apos;s Length (%1) does not match the number of bytes between its stream and endstream lines (%2).</source>
        <translation>En ströms Length (%1) stämmer inte med antalet byte mellan dess stream- och endstream-rader (%2).</translation>
    </message>
    <message>
        <source>A stream&apos;s keywords are not on lines of their own: %1.</source>
        <translation>En ströms nyckelord står inte på egna rader: %1.</translation>
    </message>
    <message>
        <source>A stream dictionary refers to data outside the file (%1).</source>
        <translation>En strömordlista hänvisar till data utanför filen (%1).</translation>
    </message>
    <message>
        <source>An indirect object is not laid out as &quot;n g obj&quot; and &quot;endobj&quot; on lines of their own: %1.</source>
        <translation>Ett indirekt objekt är inte uppställt som &quot;n g obj&quot; och &quot;endobj&quot; på egna rader: %1.</translation>
    </message>
    <message>
        <source>The ICC profile of an ICCBased colour space is not one PDF/A-1 accepts: %1.</source>
        <translation>ICC-profilen för en ICCBased-färgrymd är inte en som PDF/A-1 godtar: %1.</translation>
    </message>
    <message>
        <source>An ICCBased colour space declares %1 colour components (N), which does not match its profile&apos;s colour space %2.</source>
        <translation>En ICCBased-färgrymd anger %1 färgkomponenter (N), vilket inte stämmer med profilens färgrymd %2.</translation>
    </message>
    <message>
        <source>The ICC profile of an ICCBased colour space is not one this part of PDF/A accepts: %1.</source>
        <translation>ICC-profilen för en ICCBased-färgrymd är inte en som denna del av PDF/A godtar: %1.</translation>
    </message>
    <message>
        <source>DeviceRGB colour is used (%1) but the PDF/A output intent is not an RGB profile.</source>
        <translation>DeviceRGB-färg används (%1) men PDF/A-utdataavsikten är inte en RGB-profil.</translation>
    </message>
    <message>
        <source>DeviceCMYK colour is used (%1) but the PDF/A output intent is not a CMYK profile.</source>
        <translation>DeviceCMYK-färg används (%1) men PDF/A-utdataavsikten är inte en CMYK-profil.</translation>
    </message>
    <message>
        <source>DeviceGray colour is used (%1) but the document has no PDF/A output intent.</source>
        <translation>DeviceGray-färg används (%1) men dokumentet har ingen PDF/A-utdataavsikt.</translation>
    </message>
    <message>
        <source>Overprint mode %1 is in effect while overprinting with an ICCBased CMYK colour (%2); it must be 0.</source>
        <translation>Övertryckningsläge %1 gäller vid övertryckning med en ICCBased CMYK-färg (%2); det måste vara 0.</translation>
    </message>
    <message>
        <source>DeviceRGB colour is used (%1) with no DefaultRGB colour space and no RGB PDF/A output intent to define it.</source>
        <translation>DeviceRGB-färg används (%1) utan någon DefaultRGB-färgrymd och utan någon RGB-utdataavsikt för PDF/A som definierar den.</translation>
    </message>
    <message>
        <source>DeviceCMYK colour is used (%1) with no DefaultCMYK colour space and no CMYK PDF/A output intent to define it.</source>
        <translation>DeviceCMYK-färg används (%1) utan någon DefaultCMYK-färgrymd och utan någon CMYK-utdataavsikt för PDF/A som definierar den.</translation>
    </message>
    <message>
        <source>DeviceGray colour is used (%1) with no DefaultGray colour space and no PDF/A output intent to define it.</source>
        <translation>DeviceGray-färg används (%1) utan någon DefaultGray-färgrymd och utan någon PDF/A-utdataavsikt som definierar den.</translation>
    </message>
    <message>
        <source>A DeviceN colour space uses spot colorants without Colorants entries: %1.</source>
        <translation>En DeviceN-färgrymd använder dekorfärgämnen utan Colorants-poster: %1.</translation>
    </message>
    <message>
        <source>Separation colour spaces named %1 differ in their alternate colour space or tint transform.</source>
        <translation>Separation-färgrymder med namnet %1 skiljer sig åt i alternativ färgrymd eller nyansomvandling (tint transform).</translation>
    </message>
    <message>
        <source>A Separation or DeviceN colour space has the alternate space %1, which the PDF/A output intent does not define.</source>
        <translation>En Separation- eller DeviceN-färgrymd har den alternativa färgrymden %1, som PDF/A-utdataavsikten inte definierar.</translation>
    </message>
    <message>
        <source>A Separation or DeviceN colour space has the alternate space %1, which no PDF/A output intent defines.</source>
        <translation>En Separation- eller DeviceN-färgrymd har den alternativa färgrymden %1, som ingen PDF/A-utdataavsikt definierar.</translation>
    </message>
    <message>
        <source>An Indexed colour space is based on %1, which no PDF/A output intent defines.</source>
        <translation>En Indexed-färgrymd bygger på %1, som ingen PDF/A-utdataavsikt definierar.</translation>
    </message>
    <message>
        <source>A content stream uses the operator %1, which the PDF Reference does not define.</source>
        <translation>En innehållsström använder operatorn %1, som PDF Reference inte definierar.</translation>
    </message>
    <message>
        <source>A content stream uses the operator %1, which ISO 32000-1 does not define.</source>
        <translation>En innehållsström använder operatorn %1, som ISO 32000-1 inte definierar.</translation>
    </message>
    <message>
        <source>A content stream uses resources that are not in a Resources dictionary of its own but inherited: %1.</source>
        <translation>En innehållsström använder resurser som inte finns i en egen Resources-ordlista utan ärvs: %1.</translation>
    </message>
    <message>
        <source>An image has alternate versions (Alternates).</source>
        <translation>En bild har alternativa versioner (Alternates).</translation>
    </message>
    <message>
        <source>An image asks readers to smooth it (Interpolate true).</source>
        <translation>En bild ber visningsprogram att jämna ut den (Interpolate true).</translation>
    </message>
    <message>
        <source>An image has %1 bits per component; PDF/A-1 allows 1, 2, 4 or 8.</source>
        <translation>En bild har %1 bitar per komponent; PDF/A-1 tillåter 1, 2, 4 eller 8.</translation>
    </message>
    <message>
        <source>An image mask has %1 bits per component instead of 1.</source>
        <translation>En bildmask har %1 bitar per komponent i stället för 1.</translation>
    </message>
    <message>
        <source>An image carries OPI information for replacing it with another image.</source>
        <translation>En bild innehåller OPI-information för att ersätta den med en annan bild.</translation>
    </message>
    <message>
        <source>An image has %1 bits per component; only 1, 2, 4, 8 or 16 are allowed.</source>
        <translation>En bild har %1 bitar per komponent; endast 1, 2, 4, 8 eller 16 är tillåtna.</translation>
    </message>
    <message>
        <source>A JPEG 2000 image has %1 colour channels; only 1, 3 or 4 are allowed.</source>
        <translation>En JPEG 2000-bild har %1 färgkanaler; endast 1, 3 eller 4 är tillåtna.</translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry has %1 colour specifications, of which %2 (not exactly one) is marked as the one to use.</source>
        <translation>En JPEG 2000-bild utan ColorSpace-post har %1 färgspecifikationer, av vilka %2 (inte exakt en) är markerade som den som ska användas.</translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry specifies its colour with method %1; only 1, 2 or 3 are allowed.</source>
        <translation>En JPEG 2000-bild utan ColorSpace-post anger sin färg med metod %1; endast 1, 2 eller 3 är tillåtna.</translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry uses the CIEJab colour space (19).</source>
        <translation>En JPEG 2000-bild utan ColorSpace-post använder färgrymden CIEJab (19).</translation>
    </message>
    <message>
        <source>A JPEG 2000 image has the bit depths %1; all channels must share one depth between 1 and 38.</source>
        <translation>En JPEG 2000-bild har bitdjupen %1; alla kanaler måste ha samma djup mellan 1 och 38.</translation>
    </message>
    <message>
        <source>An XObject carries OPI information for replacing it with other content.</source>
        <translation>Ett XObject innehåller OPI-information för att ersätta det med annat innehåll.</translation>
    </message>
    <message>
        <source>An output intent&apos;s destination profile cannot characterise the output device: %1.</source>
        <translation>En utdataavsikts målprofil kan inte karakterisera utenheten: %1.</translation>
    </message>
    <message>
        <source>The output intents name different destination profiles (%1); they must all use the same profile object.</source>
        <translation>Utdataavsikterna anger olika målprofiler (%1); alla måste använda samma profilobjekt.</translation>
    </message>
    <message>
        <source>A PDF/X output intent refers to its profile with DestOutputProfileRef instead of embedding it.</source>
        <translation>En PDF/X-utdataavsikt hänvisar till sin profil med DestOutputProfileRef i stället för att bädda in den.</translation>
    </message>
    <message>
        <source>The PDF/A output intent has no embedded destination profile (DestOutputProfile).</source>
        <translation>PDF/A-utdataavsikten har ingen inbäddad målprofil (DestOutputProfile).</translation>
    </message>
    <message>
        <source>The document uses device-dependent colour (%1) but has no PDF/A output intent to define it.</source>
        <translation>Dokumentet använder enhetsberoende färg (%1) men har ingen PDF/A-utdataavsikt som definierar den.</translation>
    </message>
    <message>
        <source>A graphics state sets a transfer function (TR).</source>
        <translation>Ett grafiktillstånd anger en överföringsfunktion (TR).</translation>
    </message>
    <message>
        <source>A graphics state sets a transfer function (TR2) other than Default.</source>
        <translation>Ett grafiktillstånd anger en annan överföringsfunktion (TR2) än Default.</translation>
    </message>
    <message>
        <source>A graphics state sets a halftone phase (HTP).</source>
        <translation>Ett grafiktillstånd anger en rastreringsfas (HTP).</translation>
    </message>
    <message>
        <source>A halftone has the type %1; only types 1 and 5 are allowed.</source>
        <translation>En rastrering har typen %1; endast typ 1 och 5 är tillåtna.</translation>
    </message>
    <message>
        <source>A halftone names a device-specific halftone (HalftoneName).</source>
        <translation>En rastrering anger en enhetsspecifik rastrering (HalftoneName).</translation>
    </message>
    <message>
        <source>A halftone transfer function is misused in %1: only halftones of spot colorants have one, and they must.</source>
        <translation>En överföringsfunktion för rastrering används felaktigt i %1: endast rastreringar för dekorfärgämnen har en, och de måste ha en.</translation>
    </message>
    <message>
        <source>The rendering intent %1 is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation.</source>
        <translation>Återgivningsmetoden %1 är inte en av RelativeColorimetric, AbsoluteColorimetric, Perceptual eller Saturation.</translation>
    </message>
    <message>
        <source>A graphics state names the rendering intent %1, which is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation.</source>
        <translation>Ett grafiktillstånd anger återgivningsmetoden %1, som inte är en av RelativeColorimetric, AbsoluteColorimetric, Perceptual eller Saturation.</translation>
    </message>
    <message>
        <source>The ri operator names the rendering intent %1, which ISO 32000-1 does not define.</source>
        <translation>Operatorn ri anger återgivningsmetoden %1, som ISO 32000-1 inte definierar.</translation>
    </message>
    <message>
        <source>An image names the rendering intent %1 (Intent), which ISO 32000-1 does not define.</source>
        <translation>En bild anger återgivningsmetoden %1 (Intent), som ISO 32000-1 inte definierar.</translation>
    </message>
    <message>
        <source>A graphics state sets a soft mask; PDF/A-1 allows no transparency.</source>
        <translation>Ett grafiktillstånd anger en mjuk mask; PDF/A-1 tillåter ingen transparens.</translation>
    </message>
    <message>
        <source>A graphics state sets the blend mode %1; PDF/A-1 allows only Normal or Compatible.</source>
        <translation>Ett grafiktillstånd anger blandningsläget %1; PDF/A-1 tillåter endast Normal eller Compatible.</translation>
    </message>
    <message>
        <source>A graphics state sets the stroking opacity (CA) to %1; PDF/A-1 requires 1.0.</source>
        <translation>Ett grafiktillstånd sätter opaciteten för linjedragning (CA) till %1; PDF/A-1 kräver 1.0.</translation>
    </message>
    <message>
        <source>A graphics state sets the filling opacity (ca) to %1; PDF/A-1 requires 1.0.</source>
        <translation>Ett grafiktillstånd sätter opaciteten för fyllning (ca) till %1; PDF/A-1 kräver 1.0.</translation>
    </message>
    <message>
        <source>An XObject has a soft mask (SMask); PDF/A-1 allows no transparency.</source>
        <translation>Ett XObject har en mjuk mask (SMask); PDF/A-1 tillåter ingen transparens.</translation>
    </message>
    <message>
        <source>The group of %1 is a transparency group; PDF/A-1 allows no transparency.</source>
        <translation>Gruppen för %1 är en transparensgrupp; PDF/A-1 tillåter ingen transparens.</translation>
    </message>
    <message>
        <source>The blend mode %1 is not defined in ISO 32000-1.</source>
        <translation>Blandningsläget %1 är inte definierat i ISO 32000-1.</translation>
    </message>
    <message>
        <source>A page contains transparency (%1) but neither a PDF/A output intent nor the page&apos;s group (CS) says in which colour space to blend it.</source>
        <translation>En sida innehåller transparens (%1) men varken en PDF/A-utdataavsikt eller sidans grupp (CS) anger i vilken färgrymd den ska blandas.</translation>
    </message>
    <message>
        <source>A transparency group blends in the device colour space %1 (%2), which no PDF/A output intent defines.</source>
        <translation>En transparensgrupp blandar i enhetsfärgrymden %1 (%2), som ingen PDF/A-utdataavsikt definierar.</translation>
    </message>
    <message>
        <source>A form XObject contains PostScript (a PS entry or Subtype2 PS).</source>
        <translation>Ett form-XObject innehåller PostScript (en PS-post eller Subtype2 PS).</translation>
    </message>
    <message>
        <source>A form XObject is a reference XObject that imports content from another file.</source>
        <translation>Ett form-XObject är ett referens-XObject som importerar innehåll från en annan fil.</translation>
    </message>
    <message>
        <source>A form XObject contains PostScript (a PS entry or Subtype2 PS) or OPI information.</source>
        <translation>Ett form-XObject innehåller PostScript (en PS-post eller Subtype2 PS) eller OPI-information.</translation>
    </message>
    <message>
        <source>A PostScript XObject is drawn.</source>
        <translation>Ett PostScript-XObject ritas.</translation>
    </message>
    <message>
        <source>The action type %1 is not permitted in PDF/A-1.</source>
        <translation>Åtgärdstypen %1 är inte tillåten i PDF/A-1.</translation>
    </message>
    <message>
        <source>The named action %1 is not permitted; only NextPage, PrevPage, FirstPage and LastPage are.</source>
        <translation>Den namngivna åtgärden %1 är inte tillåten; endast NextPage, PrevPage, FirstPage och LastPage är tillåtna.</translation>
    </message>
    <message>
        <source>The action type %1 is not permitted.</source>
        <translation>Åtgärdstypen %1 är inte tillåten.</translation>
    </message>
    <message>
        <source>A form field&apos;s widget has an action (A).</source>
        <translation>Ett formulärfälts widget-annotering har en åtgärd (A).</translation>
    </message>
    <message>
        <source>A form field&apos;s widget has additional actions (AA).</source>
        <translation>Ett formulärfälts widget-annotering har ytterligare åtgärder (AA).</translation>
    </message>
    <message>
        <source>A form field&apos;s widget has an action (A) or additional actions (AA).</source>
        <translation>Ett formulärfälts widget-annotering har en åtgärd (A) eller ytterligare åtgärder (AA).</translation>
    </message>
    <message>
        <source>A form field has additional actions (AA).</source>
        <translation>Ett formulärfält har ytterligare åtgärder (AA).</translation>
    </message>
    <message>
        <source>The document catalog has additional actions (AA).</source>
        <translation>Dokumentkatalogen har ytterligare åtgärder (AA).</translation>
    </message>
    <message>
        <source>A page has additional actions (AA).</source>
        <translation>En sida har ytterligare åtgärder (AA).</translation>
    </message>
    <message>
        <source>The annotation type %1 is not permitted in PDF/A-1.</source>
        <translation>Annoteringstypen %1 är inte tillåten i PDF/A-1.</translation>
    </message>
    <message>
        <source>An annotation is partly transparent (CA = %1); PDF/A-1 requires opacity 1.</source>
        <translation>En annotering är delvis transparent (CA = %1); PDF/A-1 kräver opaciteten 1.</translation>
    </message>
    <message>
        <source>An annotation is hidden, invisible or not set to print (flags: %1).</source>
        <translation>En annotering är dold, osynlig eller inte inställd för utskrift (flaggor: %1).</translation>
    </message>
    <message>
        <source>An annotation has a colour (C or IC) but the document has no RGB output intent.</source>
        <translation>En annotering har en färg (C eller IC) men dokumentet har ingen RGB-utdataavsikt.</translation>
    </message>
    <message>
        <source>An annotation&apos;s appearance dictionary has entries other than the normal appearance N: %1.</source>
        <translation>En annoterings utseendeordlista har andra poster än normalutseendet N: %1.</translation>
    </message>
    <message>
        <source>A button field&apos;s normal appearance is not a dictionary of appearance states.</source>
        <translation>Ett knappfälts normalutseende är inte en ordlista med utseendetillstånd.</translation>
    </message>
    <message>
        <source>The normal appearance of a %1 annotation is not a single appearance stream.</source>
        <translation>Normalutseendet för en %1-annotering är inte en enda utseendeström.</translation>
    </message>
    <message>
        <source>A form field&apos;s widget has no appearance dictionary.</source>
        <translation>Ett formulärfälts widget-annotering har ingen utseendeordlista.</translation>
    </message>
    <message>
        <source>The annotation type %1 is not permitted.</source>
        <translation>Annoteringstypen %1 är inte tillåten.</translation>
    </message>
    <message>
        <source>An annotation has no flags (F); it must at least be set to print.</source>
        <translation>En annotering har inga flaggor (F); den måste åtminstone vara inställd för utskrift.</translation>
    </message>
    <message>
        <source>A %1 annotation has no appearance dictionary.</source>
        <translation>En %1-annotering har ingen utseendeordlista.</translation>
    </message>
    <message>
        <source>A file specification of an embedded file lacks the F or UF file name.</source>
        <translation>En filspecifikation för en inbäddad fil saknar filnamnet F eller UF.</translation>
    </message>
    <message>
        <source>An embedded file&apos;s specification does not say how the file relates to the document (AFRelationship).</source>
        <translation>Specifikationen för en inbäddad fil anger inte hur filen förhåller sig till dokumentet (AFRelationship).</translation>
    </message>
    <message>
        <source>An embedded file is not associated with the document or a part of it through an AF array.</source>
        <translation>En inbäddad fil är inte kopplad till dokumentet eller en del av det genom en AF-matris.</translation>
    </message>
    <message>
        <source>An embedded file is not a conforming PDF/A-1 or PDF/A-2 document.</source>
        <translation>En inbäddad fil är inte ett PDF/A-1- eller PDF/A-2-dokument som uppfyller kraven.</translation>
    </message>
    <message>
        <source>An embedded file has no valid MIME type in its Subtype (%1).</source>
        <translation>En inbäddad fil har ingen giltig MIME-typ i sin Subtype (%1).</translation>
    </message>
    <message>
        <source>An optional content configuration has no name.</source>
        <translation>En konfiguration för valfritt innehåll saknar namn.</translation>
    </message>
    <message>
        <source>Two optional content configurations share the name &quot;%1&quot;.</source>
        <translation>Två konfigurationer för valfritt innehåll har samma namn, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An optional content configuration&apos;s Order does not list every optional content group (missing: %1).</source>
        <translation>Order i en konfiguration för valfritt innehåll listar inte alla grupper för valfritt innehåll (saknas: %1).</translation>
    </message>
    <message>
        <source>An optional content configuration has automatic state changes (AS).</source>
        <translation>En konfiguration för valfritt innehåll har automatiska tillståndsändringar (AS).</translation>
    </message>
    <message>
        <source>The document contains alternate presentations (slide shows).</source>
        <translation>Dokumentet innehåller alternativa presentationer (bildspel).</translation>
    </message>
    <message>
        <source>The document catalog lists requirements (Requirements) a viewer must meet.</source>
        <translation>Dokumentkatalogen listar krav (Requirements) som ett visningsprogram måste uppfylla.</translation>
    </message>
    <message>
        <source>A page has presentation steps (PresSteps).</source>
        <translation>En sida har presentationssteg (PresSteps).</translation>
    </message>
    <message>
        <source>The interactive form asks viewers to regenerate field appearances (NeedAppearances is true).</source>
        <translation>Det interaktiva formuläret ber visningsprogram att återskapa fältens utseende (NeedAppearances är true).</translation>
    </message>
    <message>
        <source>The interactive form contains an XFA form.</source>
        <translation>Det interaktiva formuläret innehåller ett XFA-formulär.</translation>
    </message>
    <message>
        <source>The document catalog says the document needs rendering by an XFA processor (NeedsRendering is true).</source>
        <translation>Dokumentkatalogen anger att dokumentet måste återges av en XFA-processor (NeedsRendering är true).</translation>
    </message>
    <message>
        <source>A signature&apos;s byte range does not cover the whole file up to the end of its revision, apart from the signature value itself.</source>
        <translation>En underskrifts byteintervall täcker inte hela filen fram till slutet av dess revision, bortsett från själva underskriftsvärdet.</translation>
    </message>
    <message>
        <source>A signature does not include the signer&apos;s certificate.</source>
        <translation>En underskrift innehåller inte undertecknarens certifikat.</translation>
    </message>
    <message>
        <source>A signature has %1 signers; exactly one is required.</source>
        <translation>En underskrift har %1 undertecknare; exakt en krävs.</translation>
    </message>
    <message>
        <source>The document is not marked as tagged: MarkInfo with Marked true is missing from the catalog.</source>
        <translation>Dokumentet är inte märkt som taggat: MarkInfo med Marked true saknas i katalogen.</translation>
    </message>
    <message>
        <source>The document has no structure tree (StructTreeRoot).</source>
        <translation>Dokumentet har inget strukturträd (StructTreeRoot).</translation>
    </message>
    <message>
        <source>The structure type %1 is not standard and the role map does not map it to a standard type.</source>
        <translation>Strukturtypen %1 är inte en standardtyp och rollmappningen mappar den inte till en standardtyp.</translation>
    </message>
    <message>
        <source>The role map maps the structure type %1 in a circle.</source>
        <translation>Rollmappningen mappar strukturtypen %1 i en cirkel.</translation>
    </message>
    <message>
        <source>The role map redefines the standard structure type %1.</source>
        <translation>Rollmappningen omdefinierar standardstrukturtypen %1.</translation>
    </message>
    <message>
        <source>The language identifier &quot;%1&quot; is not a valid language tag.</source>
        <translation>Språkidentifieraren &quot;%1&quot; är inte en giltig språktagg.</translation>
    </message>
    <message>
        <source>The extension schema container %1 is not an rdf:Bag written with the prefix pdfaExtension.</source>
        <translation>Behållaren för tilläggsscheman %1 är inte en rdf:Bag skriven med prefixet pdfaExtension.</translation>
    </message>
    <message>
        <source>An extension schema description contains entries the PDF/A extension schema does not define: %1.</source>
        <translation>En beskrivning av ett tilläggsschema innehåller poster som PDF/A-tilläggsschemat inte definierar: %1.</translation>
    </message>
    <message>
        <source>The extension schema %1 needs a text entry pdfaSchema:schema, but %2.</source>
        <translation>Tilläggsschemat %1 behöver en textpost pdfaSchema:schema, men %2.</translation>
    </message>
    <message>
        <source>The extension schema %1 needs an entry pdfaSchema:namespaceURI, but %2.</source>
        <translation>Tilläggsschemat %1 behöver en post pdfaSchema:namespaceURI, men %2.</translation>
    </message>
    <message>
        <source>The extension schema %1 needs a text entry pdfaSchema:prefix, but %2.</source>
        <translation>Tilläggsschemat %1 behöver en textpost pdfaSchema:prefix, men %2.</translation>
    </message>
    <message>
        <source>The property list pdfaSchema:property of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2.</source>
        <translation>Egenskapslistan pdfaSchema:property i tilläggsschemat %1 måste vara en rdf:Seq med prefixet pdfaSchema, men %2.</translation>
    </message>
    <message>
        <source>The value type list pdfaSchema:valueType of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2.</source>
        <translation>Värdetypslistan pdfaSchema:valueType i tilläggsschemat %1 måste vara en rdf:Seq med prefixet pdfaSchema, men %2.</translation>
    </message>
    <message>
        <source>The extension schema property %1 needs a text entry pdfaProperty:name, but %2.</source>
        <translation>Tilläggsschemaegenskapen %1 behöver en textpost pdfaProperty:name, men %2.</translation>
    </message>
    <message>
        <source>The extension schema property %1 needs an entry pdfaProperty:valueType naming a known value type, but %2.</source>
        <translation>Tilläggsschemaegenskapen %1 behöver en post pdfaProperty:valueType som anger en känd värdetyp, men %2.</translation>
    </message>
    <message>
        <source>The extension schema property %1 needs an entry pdfaProperty:category that is internal or external, but %2.</source>
        <translation>Tilläggsschemaegenskapen %1 behöver en post pdfaProperty:category som är internal eller external, men %2.</translation>
    </message>
    <message>
        <source>The extension schema property %1 needs a text entry pdfaProperty:description, but %2.</source>
        <translation>Tilläggsschemaegenskapen %1 behöver en textpost pdfaProperty:description, men %2.</translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:type, but %2.</source>
        <translation>Tilläggsvärdetypen %1 behöver en textpost pdfaType:type, men %2.</translation>
    </message>
    <message>
        <source>The extension value type %1 needs an entry pdfaType:namespaceURI, but %2.</source>
        <translation>Tilläggsvärdetypen %1 behöver en post pdfaType:namespaceURI, men %2.</translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:prefix, but %2.</source>
        <translation>Tilläggsvärdetypen %1 behöver en textpost pdfaType:prefix, men %2.</translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:description, but %2.</source>
        <translation>Tilläggsvärdetypen %1 behöver en textpost pdfaType:description, men %2.</translation>
    </message>
    <message>
        <source>The field list pdfaType:field of the extension value type %1 must be an rdf:Seq with the prefix pdfaType, but %2.</source>
        <translation>Fältlistan pdfaType:field i tilläggsvärdetypen %1 måste vara en rdf:Seq med prefixet pdfaType, men %2.</translation>
    </message>
    <message>
        <source>The extension value type field %1 needs a text entry pdfaField:name, but %2.</source>
        <translation>Fältet %1 i tilläggsvärdetypen behöver en textpost pdfaField:name, men %2.</translation>
    </message>
    <message>
        <source>The extension value type field %1 needs an entry pdfaField:valueType naming a known value type, but %2.</source>
        <translation>Fältet %1 i tilläggsvärdetypen behöver en post pdfaField:valueType som anger en känd värdetyp, men %2.</translation>
    </message>
    <message>
        <source>The extension value type field %1 needs a text entry pdfaField:description, but %2.</source>
        <translation>Fältet %1 i tilläggsvärdetypen behöver en textpost pdfaField:description, men %2.</translation>
    </message>
    <message>
        <source>The document metadata does not identify the PDF/A part and conformance level with the PDF/A identification schema (pdfaid).</source>
        <translation>Dokumentets metadata anger inte PDF/A-del och överensstämmelsenivå med PDF/A-identifieringsschemat (pdfaid).</translation>
    </message>
    <message>
        <source>The part in the PDF/A identification (pdfaid:part) is %1, but the document is checked against part %2.</source>
        <translation>Delen i PDF/A-identifieringen (pdfaid:part) är %1, men dokumentet kontrolleras mot del %2.</translation>
    </message>
    <message>
        <source>The conformance level in the PDF/A identification (pdfaid:conformance) is %1; the level checked accepts only %2.</source>
        <translation>Överensstämmelsenivån i PDF/A-identifieringen (pdfaid:conformance) är %1; den kontrollerade nivån godtar endast %2.</translation>
    </message>
    <message>
        <source>The PDF/A identification property part is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation>PDF/A-identifieringsegenskapen part är skriven med prefixet &quot;%1&quot; i stället för pdfaid.</translation>
    </message>
    <message>
        <source>The PDF/A identification property conformance is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation>PDF/A-identifieringsegenskapen conformance är skriven med prefixet &quot;%1&quot; i stället för pdfaid.</translation>
    </message>
    <message>
        <source>The PDF/A identification property amd is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation>PDF/A-identifieringsegenskapen amd är skriven med prefixet &quot;%1&quot; i stället för pdfaid.</translation>
    </message>
    <message>
        <source>The PDF/A identification property corr is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation>PDF/A-identifieringsegenskapen corr är skriven med prefixet &quot;%1&quot; i stället för pdfaid.</translation>
    </message>
    <message>
        <source>The creation date in the document information dictionary (%1) is not the same as xmp:CreateDate in the metadata (%2).</source>
        <translation>Skapandedatumet i dokumentinformationsordlistan (%1) är inte detsamma som xmp:CreateDate i metadata (%2).</translation>
    </message>
    <message>
        <source>The title in the document information dictionary (%1) differs from the default dc:title in the metadata (%2).</source>
        <translation>Titeln i dokumentinformationsordlistan (%1) skiljer sig från standardvärdet för dc:title i metadata (%2).</translation>
    </message>
    <message>
        <source>The author in the document information dictionary (%1) is not the single entry of dc:creator in the metadata (%2).</source>
        <translation>Författaren i dokumentinformationsordlistan (%1) är inte den enda posten i dc:creator i metadata (%2).</translation>
    </message>
    <message>
        <source>The subject in the document information dictionary (%1) differs from the default dc:description in the metadata (%2).</source>
        <translation>Ämnet i dokumentinformationsordlistan (%1) skiljer sig från standardvärdet för dc:description i metadata (%2).</translation>
    </message>
    <message>
        <source>The keywords in the document information dictionary (%1) differ from pdf:Keywords in the metadata (%2).</source>
        <translation>Nyckelorden i dokumentinformationsordlistan (%1) skiljer sig från pdf:Keywords i metadata (%2).</translation>
    </message>
    <message>
        <source>The creating application in the document information dictionary (%1) differs from xmp:CreatorTool in the metadata (%2).</source>
        <translation>Det skapande programmet i dokumentinformationsordlistan (%1) skiljer sig från xmp:CreatorTool i metadata (%2).</translation>
    </message>
    <message>
        <source>The producer in the document information dictionary (%1) differs from pdf:Producer in the metadata (%2).</source>
        <translation>Producenten i dokumentinformationsordlistan (%1) skiljer sig från pdf:Producer i metadata (%2).</translation>
    </message>
    <message>
        <source>The modification date in the document information dictionary (%1) is not the same as xmp:ModifyDate in the metadata (%2).</source>
        <translation>Ändringsdatumet i dokumentinformationsordlistan (%1) är inte detsamma som xmp:ModifyDate i metadata (%2).</translation>
    </message>
    <message>
        <source>The document catalog has no Metadata entry holding an XMP metadata stream (of Type Metadata and Subtype XML).</source>
        <translation>Dokumentkatalogen har ingen Metadata-post med en XMP-metadataström (av Type Metadata och Subtype XML).</translation>
    </message>
    <message>
        <source>The document&apos;s metadata stream is encoded with a filter (%1); PDF/A-1 requires it to be stored as plain text.</source>
        <translation>Dokumentets metadataström är kodad med ett filter (%1); PDF/A-1 kräver att den lagras som ren text.</translation>
    </message>
    <message>
        <source>The header of the XMP packet has a bytes attribute (%1), which PDF/A does not allow.</source>
        <translation>XMP-paketets huvud har ett bytes-attribut (%1), vilket PDF/A inte tillåter.</translation>
    </message>
    <message>
        <source>The header of the XMP packet has an encoding attribute (%1), which PDF/A does not allow.</source>
        <translation>XMP-paketets huvud har ett encoding-attribut (%1), vilket PDF/A inte tillåter.</translation>
    </message>
    <message>
        <source>The metadata is not serialised as the XMP Specification requires. %1</source>
        <translation>Metadata är inte serialiserade så som XMP-specifikationen kräver. %1</translation>
    </message>
    <message>
        <source>The header of an XMP packet has a bytes attribute (%1), which PDF/A does not allow.</source>
        <translation>Huvudet i ett XMP-paket har ett bytes-attribut (%1), vilket PDF/A inte tillåter.</translation>
    </message>
    <message>
        <source>The header of an XMP packet has an encoding attribute (%1), which PDF/A does not allow.</source>
        <translation>Huvudet i ett XMP-paket har ett encoding-attribut (%1), vilket PDF/A inte tillåter.</translation>
    </message>
    <message>
        <source>A metadata stream is not serialised as the XMP Specification requires. %1</source>
        <translation>En metadataström är inte serialiserad så som XMP-specifikationen kräver. %1</translation>
    </message>
    <message>
        <source>An XMP packet is encoded in %1; PDF/A-2 and PDF/A-3 require UTF-8.</source>
        <translation>Ett XMP-paket är kodat i %1; PDF/A-2 och PDF/A-3 kräver UTF-8.</translation>
    </message>
    <message>
        <source>the one its extension schema gives</source>
        <translation>som dess tilläggsschema anger</translation>
    </message>
    <message>
        <source>The XMP property %1 is neither predefined by the XMP Specification (2004) nor described by an extension schema in the same packet.</source>
        <translation>XMP-egenskapen %1 är varken fördefinierad i XMP-specifikationen (2004) eller beskriven av ett tilläggsschema i samma paket.</translation>
    </message>
    <message>
        <source>The value of the XMP property %1 does not have the type %2.</source>
        <translation>Värdet för XMP-egenskapen %1 har inte typen %2.</translation>
    </message>
    <message>
        <source>The XMP property %1 is neither predefined by the XMP Specification (2005) nor described by an extension schema in its packet or in the document metadata.</source>
        <translation>XMP-egenskapen %1 är varken fördefinierad i XMP-specifikationen (2005) eller beskriven av ett tilläggsschema i dess paket eller i dokumentets metadata.</translation>
    </message>
    <message>
        <source>The file does not end with an end-of-file marker (%EOF) followed by at most one end-of-line: %1.</source>
        <translation>Filen slutar inte med en filslutsmarkör (%EOF) följd av högst ett radslut: %1.</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Structure</name>
    <message>
        <source>structure element %1</source>
        <translation>strukturelement %1</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>dokumentkatalog</translation>
    </message>
    <message>
        <source>role map</source>
        <translation>rollmappning</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::colour::IccProfile</name>
    <message>
        <source>the data is not an ICC profile</source>
        <translation>innehållet är inte en ICC-profil</translation>
    </message>
    <message>
        <source>the profile could not be examined</source>
        <translation>profilen kunde inte undersökas</translation>
    </message>
    <message>
        <source>the profile is damaged or incomplete</source>
        <translation>profilen är skadad eller ofullständig</translation>
    </message>
    <message>
        <source>the profile is not a stream</source>
        <translation>profilen är inte en ström</translation>
    </message>
    <message>
        <source>the profile stream cannot be read: %1</source>
        <translation>profilströmmen kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::colour::PaintWalker</name>
    <message>
        <source>a soft mask in a graphics state</source>
        <translation>en mjuk mask i ett grafiktillstånd</translation>
    </message>
    <message>
        <source>a constant opacity of %1 in a graphics state</source>
        <translation>en konstant opacitet på %1 i ett grafiktillstånd</translation>
    </message>
    <message>
        <source>the blend mode %1</source>
        <translation>blandningsläget %1</translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation>dokumentkatalog</translation>
    </message>
    <message>
        <source>page %1 content</source>
        <translation>innehållet på sida %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>an annotation with an opacity of %1</source>
        <translation>en annotering med opaciteten %1</translation>
    </message>
    <message>
        <source>appearance of annotation %1</source>
        <translation>utseendet för annotering %1</translation>
    </message>
    <message>
        <source>an annotation appearance</source>
        <translation>ett annoteringsutseende</translation>
    </message>
    <message>
        <source>transparency in %1</source>
        <translation>transparens i %1</translation>
    </message>
    <message>
        <source>path fill</source>
        <translation>fyllning av bana</translation>
    </message>
    <message>
        <source>path stroke</source>
        <translation>linjedragning av bana</translation>
    </message>
    <message>
        <source>text fill</source>
        <translation>fyllning av text</translation>
    </message>
    <message>
        <source>text stroke</source>
        <translation>linjedragning av text</translation>
    </message>
    <message>
        <source>stroke colour</source>
        <translation>linjefärg</translation>
    </message>
    <message>
        <source>fill colour</source>
        <translation>fyllningsfärg</translation>
    </message>
    <message>
        <source>tiling pattern %1</source>
        <translation>rutmönster %1</translation>
    </message>
    <message>
        <source>image mask</source>
        <translation>bildmask</translation>
    </message>
    <message>
        <source>inline image</source>
        <translation>inline-bild</translation>
    </message>
    <message>
        <source>image</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>an image with a soft mask</source>
        <translation>en bild med en mjuk mask</translation>
    </message>
    <message>
        <source>a JPEG 2000 image with transparency data</source>
        <translation>en JPEG 2000-bild med transparensdata</translation>
    </message>
    <message>
        <source>shading</source>
        <translation>skuggning</translation>
    </message>
    <message>
        <source>the transparency group of %1</source>
        <translation>transparensgruppen för %1</translation>
    </message>
    <message>
        <source>the blending colour space of %1</source>
        <translation>blandningsfärgrymden för %1</translation>
    </message>
    <message>
        <source>form XObject %1</source>
        <translation>form-XObject %1</translation>
    </message>
    <message>
        <source>soft mask group</source>
        <translation>grupp för mjuk mask</translation>
    </message>
    <message>
        <source>soft mask %1</source>
        <translation>mjuk mask %1</translation>
    </message>
    <message>
        <source>transparency in Type 3 glyphs</source>
        <translation>transparens i Type 3-glyfer</translation>
    </message>
    <message>
        <source>Type 3 glyph %1</source>
        <translation>Type 3-glyf %1</translation>
    </message>
    <message>
        <source>ICC profile</source>
        <translation>ICC-profil</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::xmp::XmlTree</name>
    <message>
        <source>the packet has too many XML nodes</source>
        <translation>paketet har för många XML-noder</translation>
    </message>
    <message>
        <source>the XML elements are nested too deeply</source>
        <translation>XML-elementen är nästlade för djupt</translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not declared</source>
        <translation>entiteten &quot;%1&quot; är inte deklarerad</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (rad %2, kolumn %3)</translation>
    </message>
    <message>
        <source>the bytes are not valid %1</source>
        <translation>byten är inte giltig %1</translation>
    </message>
</context>
<context>
    <name>granska::pdfa::xmp::XmpParser</name>
    <message>
        <source>the qualifier %1 is given twice</source>
        <translation>kvalificeraren %1 anges två gånger</translation>
    </message>
    <message>
        <source>the rdf:RDF element has no attributes</source>
        <translation>elementet rdf:RDF har inga attribut</translation>
    </message>
    <message>
        <source>a node element must be rdf:Description or a typed node, not %1</source>
        <translation>ett nodelement måste vara rdf:Description eller en typad nod, inte %1</translation>
    </message>
    <message>
        <source>the typed node %1 is not allowed at the top level</source>
        <translation>den typade noden %1 är inte tillåten på översta nivån</translation>
    </message>
    <message>
        <source>rdf:RDF contains text or an instruction where an rdf:Description belongs</source>
        <translation>rdf:RDF innehåller text eller en instruktion där ett rdf:Description hör hemma</translation>
    </message>
    <message>
        <source>rdf:about, rdf:ID and rdf:nodeID exclude each other</source>
        <translation>rdf:about, rdf:ID och rdf:nodeID utesluter varandra</translation>
    </message>
    <message>
        <source>the rdf:Description elements describe different resources (rdf:about &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>rdf:Description-elementen beskriver olika resurser (rdf:about &quot;%1&quot; och &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on a node element</source>
        <translation>attributet %1 är inte tillåtet på ett nodelement</translation>
    </message>
    <message>
        <source>%1 contains text where property elements belong</source>
        <translation>%1 innehåller text där egenskapselement hör hemma</translation>
    </message>
    <message>
        <source>the properties are nested too deeply</source>
        <translation>egenskaperna är nästlade för djupt</translation>
    </message>
    <message>
        <source>%1 cannot name a property</source>
        <translation>%1 kan inte namnge en egenskap</translation>
    </message>
    <message>
        <source>rdf:parseType=&quot;%1&quot; is not allowed in XMP</source>
        <translation>rdf:parseType=&quot;%1&quot; är inte tillåtet i XMP</translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the property %2</source>
        <translation>attributet %1 är inte tillåtet på egenskapen %2</translation>
    </message>
    <message>
        <source>the property %1 must contain exactly one element</source>
        <translation>egenskapen %1 måste innehålla exakt ett element</translation>
    </message>
    <message>
        <source>the element %1 is in no namespace</source>
        <translation>elementet %1 tillhör ingen namnrymd</translation>
    </message>
    <message>
        <source>the property %1 has no content element</source>
        <translation>egenskapen %1 har inget innehållselement</translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the text property %2</source>
        <translation>attributet %1 är inte tillåtet på textegenskapen %2</translation>
    </message>
    <message>
        <source>the text property %1 contains markup</source>
        <translation>textegenskapen %1 innehåller XML-märkning</translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the structure %2</source>
        <translation>attributet %1 är inte tillåtet på strukturen %2</translation>
    </message>
    <message>
        <source>the property %1 has both property attributes and content</source>
        <translation>egenskapen %1 har både egenskapsattribut och innehåll</translation>
    </message>
    <message>
        <source>the property %1 combines rdf:resource with rdf:nodeID or rdf:value</source>
        <translation>egenskapen %1 kombinerar rdf:resource med rdf:nodeID eller rdf:value</translation>
    </message>
    <message>
        <source>the property %1 combines rdf:resource with rdf:nodeID</source>
        <translation>egenskapen %1 kombinerar rdf:resource med rdf:nodeID</translation>
    </message>
    <message>
        <source>the property %1 combines rdf:value with rdf:resource</source>
        <translation>egenskapen %1 kombinerar rdf:value med rdf:resource</translation>
    </message>
    <message>
        <source>the name %1 is in no namespace</source>
        <translation>namnet %1 tillhör ingen namnrymd</translation>
    </message>
    <message>
        <source>the packet is too large or too deeply nested</source>
        <translation>paketet är för stort eller för djupt nästlat</translation>
    </message>
    <message>
        <source>rdf:value cannot be a top-level property</source>
        <translation>rdf:value kan inte vara en egenskap på översta nivån</translation>
    </message>
    <message>
        <source>rdf:li cannot be a top-level property</source>
        <translation>rdf:li kan inte vara en egenskap på översta nivån</translation>
    </message>
    <message>
        <source>rdf:value appears outside a structure</source>
        <translation>rdf:value förekommer utanför en struktur</translation>
    </message>
    <message>
        <source>rdf:li appears outside rdf:Bag, rdf:Seq or rdf:Alt</source>
        <translation>rdf:li förekommer utanför rdf:Bag, rdf:Seq eller rdf:Alt</translation>
    </message>
    <message>
        <source>the property or field %1 is given twice</source>
        <translation>egenskapen eller fältet %1 anges två gånger</translation>
    </message>
    <message>
        <source>xml:lang is given twice for %1</source>
        <translation>xml:lang anges två gånger för %1</translation>
    </message>
    <message>
        <source>The packet cannot be read as XML: %1</source>
        <translation>Paketet kan inte läsas som XML: %1</translation>
    </message>
    <message>
        <source>The packet is not valid RDF as XMP allows it: %1</source>
        <translation>Paketet är inte giltig RDF på det sätt som XMP tillåter: %1</translation>
    </message>
</context>
</TS>
