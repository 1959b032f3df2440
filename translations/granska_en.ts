<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>granska::ActiveContentScan</name>
    <message>
        <source>Dynamic XFA form: the viewer builds the pages when the document opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XFA form data beside the ordinary form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects are nested deeper than %1 levels; the search for scripts and external content did not look below that depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>starts a program or opens a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens an embedded PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports form data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends form data to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream data kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostScript XObject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPI proxy: the printed image is replaced from another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>script of %n byte(s)</source>
        <translation>
            <numerusform>script of %n byte</numerusform>
            <numerusform>script of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>script in a stream that cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::AssessmentComparison</name>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only permitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that are not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be assessed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A profile validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A rules failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature “%1”</source>
        <extracomment>Aspect of one signature in the comparison, e.g. Signature “Signature1”: conclusion</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: validated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::AssessmentReport</name>
    <message>
        <source>Granska assessment report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer or file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be started on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granska %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; local time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the XMP metadata has no PDF/A identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part %2, no conformance level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part %2, conformance %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 generation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as the document claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checked rule failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n rule failed.</numerusform>
            <numerusform>%n rules failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linearized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision could be told apart in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures that end here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision 1 is the original document; each later revision is an incremental update appended to the file. A signature vouches for the file up to the end of the revision it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by Granska %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed bytes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature value does not match the signer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not follow the rules of its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was revoked before the signature was proven to exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was revoked, and it cannot be shown that the signature was made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issuing certificate was revoked, and it cannot be shown that the signature was made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not yet valid when the signature was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired when the signature was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate has expired and no timestamp proves the signature was made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate has expired (it was not revoked), and no timestamp proves the signature was made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chain to a trusted certificate was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate chain breaks a rule of certificate paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate chain could not be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate could not be identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an algorithm or key size is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s algorithms could not be checked or are no longer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not meet the validation constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature policy could not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature policy is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamps are not in a possible order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing proves the signature existed while it could still be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no revocation information is embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed data could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was changed after signing in a way the signature does not permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be confirmed valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified electronic seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced electronic seal with a qualified certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced electronic signature with a qualified certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced electronic seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic signature with a trusted time (timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamped, with long-term validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validation data protected by a document timestamp, for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification signature (P=1): no changes are permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification signature (P=2): filling in forms and signing are permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification signature (P=3): filling in forms, signing and annotating are permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval signature: no certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment holds no validation result for the signature: only its integrity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETSI EN 319 102-1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic seal: the certificate is issued to an organisation, not to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp: a timestamp authority vouches that the document existed in this form at the time stamped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not a PAdES baseline signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest time a trusted timestamp proves the signature existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing proves the signature existed before the validation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at %1, which is not a trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: revocation information for the certificate chain is in the document, so the signature can be validated later without going online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: validating the signature later needs revocation information from the certificate issuers, which may by then no longer be available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed after this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) made after signing are not permitted by the signature; see the list below.</source>
        <translation>
            <numerusform>%1 of %n change made after signing is not permitted by the signature; see the list below.</numerusform>
            <numerusform>%1 of %n changes made after signing are not permitted by the signature; see the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made after signing, all of a kind the signature permits; see the list below.</source>
        <translation>
            <numerusform>%n change made after signing, of a kind the signature permits; see the list below.</numerusform>
            <numerusform>%n changes made after signing, all of a kind the signature permits; see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate found in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best signature time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the certificate&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked: personal data are shown in full only when asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in full, as asked for: this report holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed byte range does not end where a revision ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2: nothing was added after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2, to the end of the file, but the byte range leaves more than the signature value unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 of %2; %n revision(s) were added later.</source>
        <translation>
            <numerusform>Revision %1 of %2; %n revision was added later.</numerusform>
            <numerusform>Revision %1 of %2; %n revisions were added later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not a readable date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format (SubFilter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signer certificate found in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name given (/Name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed signing time (/M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time in the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp and stamped data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer and signed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root, not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired before the validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid at the validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain: the signer&apos;s certificate is not in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the signer&apos;s own claim tells when the signature was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found in the signature or the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signatures or document timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signature is validated as ETSI EN 319 102-1 describes. Passed (TOTAL-PASSED): the signature is intact, its certificate chain reaches a trusted certificate and no certificate was revoked. Indeterminate: the signature is not known to be broken, but the information needed to confirm it is missing, for example revocation information or a trusted chain. Failed (TOTAL-FAILED): the signature is not valid, for example because the signed bytes changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not checked against a PDF/A profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation against %1 did not reach a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conforms to %1; %n rule(s) checked.</source>
        <translation>
            <numerusform>Conforms to %1; %n rule checked.</numerusform>
            <numerusform>Conforms to %1; %n rules checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not conform to %1: %n rule(s) failed.</source>
        <translation>
            <numerusform>Does not conform to %1: %n rule failed.</numerusform>
            <numerusform>Does not conform to %1: %n rules failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indeterminate</source>
        <translation>
            <numerusform>%n indeterminate</numerusform>
            <numerusform>%n indeterminate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not validated</source>
        <translation>
            <numerusform>%n intact but not validated</numerusform>
            <numerusform>%n intact but not validated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) and timestamp(s): %1.</source>
        <translation>
            <numerusform>%n signature and timestamp: %1.</numerusform>
            <numerusform>%n signatures and timestamps: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed after signing: %n change(s), all permitted.</source>
        <translation>
            <numerusform>Changed after signing: %n change, permitted.</numerusform>
            <numerusform>Changed after signing: %n changes, all permitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed after signing: %1 of %n change(s) not permitted.</source>
        <translation>
            <numerusform>Changed after signing: %1 of %n change not permitted.</numerusform>
            <numerusform>Changed after signing: %1 of %n changes not permitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact; no validation result is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature ends where a revision of the file ends, so what was signed cannot be told apart from later changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last one, %1, covers the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last one, %1, reaches the end of the file but leaves more than its signature value unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) were added after the last one, %1; see Revisions.</source>
        <translation>
            <numerusform>%n revision was added after the last one, %1; see Revisions.</numerusform>
            <numerusform>%n revisions were added after the last one, %1; see Revisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1 compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) or timestamp(s) failed validation</source>
        <translation>
            <numerusform>%n signature or timestamp failed validation</numerusform>
            <numerusform>%n signatures or timestamps failed validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) or timestamp(s) could not be confirmed valid (indeterminate): not known to be broken, but the information needed to confirm them is missing; see Signatures</source>
        <translation>
            <numerusform>%n signature or timestamp could not be confirmed valid (indeterminate): not known to be broken, but the information needed to confirm it is missing; see Signatures</numerusform>
            <numerusform>%n signatures or timestamps could not be confirmed valid (indeterminate): not known to be broken, but the information needed to confirm them is missing; see Signatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed PDF/A rule, no failed or indeterminate signature and no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some points below are worth a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems were found in %1 of the %n document(s).</source>
        <translation>
            <numerusform>Problems were found in %1 of the %n document.</numerusform>
            <numerusform>Problems were found in %1 of the %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be assessed.</source>
        <translation>
            <numerusform>%n document could not be assessed.</numerusform>
            <numerusform>%n documents could not be assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) need attention: a signature could not be confirmed valid.</source>
        <translation>
            <numerusform>%n document needs attention: a signature could not be confirmed valid.</numerusform>
            <numerusform>%n documents need attention: a signature could not be confirmed valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary covers no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems were found in any of the %n document(s).</source>
        <translation>
            <numerusform>No problems were found in any of the %n document.</numerusform>
            <numerusform>No problems were found in any of the %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2 assessed, %3 could not be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compliant, %2 not compliant, %3 without a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2 passed, %3 indeterminate, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intact but not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), of which %1 with changes not permitted</source>
        <translation>
            <numerusform>%n document, of which %1 with changes not permitted</numerusform>
            <numerusform>%n documents, of which %1 with changes not permitted</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without problems, %2 needing attention, %3 with problems, %4 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed</source>
        <translation>
            <numerusform>%n rule failed</numerusform>
            <numerusform>%n rules failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing: not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Granska: %1, %n document(s)</source>
        <translation>
            <numerusform>Granska: %1, %n document</numerusform>
            <numerusform>Granska: %1, %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature appearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature has a visible appearance on the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On page %1, shown with the page around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other signature(s) or timestamp(s) have no visible appearance.</source>
        <translation>
            <numerusform>%n other signature or timestamp has no visible appearance.</numerusform>
            <numerusform>%n other signatures or timestamps have no visible appearance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is no longer at %1, so its pages cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at %1 is no longer the one that was assessed (its SHA-256 differs), so its pages are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of the document could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the integrity of %n signature(s) or timestamp(s) cannot be verified</source>
        <translation>
            <numerusform>the integrity of %n signature or timestamp cannot be verified</numerusform>
            <numerusform>the integrity of %n signatures or timestamps cannot be verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes after %n signature(s) that the signature does not permit</source>
        <translation>
            <numerusform>changes after %n signature that the signature does not permit</numerusform>
            <numerusform>changes after %n signatures that the signature does not permit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::Assessor</name>
    <message>
        <source>streams not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2), opens without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While reading the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was stopped because it took longer than the time limit; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was stopped because the document&apos;s streams decode to more data than the limit allows (%1); the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was stopped because objects are nested deeper than the limit; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was cancelled; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page tree cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata stream cannot be decoded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata is not well-formed XML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is encrypted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) while reading the file were not listed.</source>
        <translation>
            <numerusform>%n more warning while reading the file was not listed.</numerusform>
            <numerusform>%n more warnings while reading the file were not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::CertificateChainModel</name>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1
Valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::CertificateChainView</name>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected certificate as a PEM or DER file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the chain does not reach a trust anchor or a trusted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted through the chain above it, which ends in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for a trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OCSP response or CRL found for this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::CmsVerifier</name>
    <message>
        <source>The signature value (CMS) in /Contents cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value is not CMS signed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value contains no signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not a recognised digest algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses the digest algorithm %1, which is broken and not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not included in the signature, so the signature value cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest %1 could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has signed attributes but no message digest, so it does not bind the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes have changed since signing: their %1 digest differs from the one in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed attributes are not in the DER order CMS requires, so the signed data is ambiguous and the signature cannot be relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes are unchanged (%1) and the %2 signature value is valid for the signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest matches, but the signature algorithm %1 is not supported, so the signature value cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest matches, but the signature value does not verify with the signer&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value over the signed bytes is valid for the signer&apos;s key (%1, %2, no signed attributes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported, so the signature value cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value does not match the signed bytes: they changed since signing, or the signature is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value encapsulates no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp token&apos;s content is not a readable TSTInfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp&apos;s message imprint uses %1, which is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamped bytes have changed: their %1 digest differs from the timestamp&apos;s message imprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamped bytes are unchanged (%1) and the timestamp authority&apos;s signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes have changed since signing: their SHA-1 digest differs from the one inside the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes are unchanged (SHA-1, as adbe.pkcs7.sha1 prescribes) and the signature value is valid for the signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (/Cert) is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value in /Contents cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes are unchanged and the legacy RSA/SHA-1 signature value is valid for the signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy RSA/SHA-1 signature value does not match the signed bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::CompareDialog</name>
    <message>
        <source>Compare Assessments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same file (SHA-256 %1) gave the same result both times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same file (SHA-256 %1) gave different results in %n aspect(s): %2.</source>
        <translation>
            <numerusform>The same file (SHA-256 %1) gave different results in %n aspect: %2.</numerusform>
            <numerusform>The same file (SHA-256 %1) gave different results in %n aspects: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of two assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs between the two assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DecisionPanel</name>
    <message>
        <source>Approved for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>A recorded decision: time, reviewer, decision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 — %4</source>
        <extracomment>A recorded decision: time, reviewer, decision — comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read, so there is nothing to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was stopped before it finished; assess the document again to decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result is not in the history, so no decision can be recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current decision: &lt;b&gt;%1&lt;/b&gt;, by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are recorded under your name. &lt;a href=&quot;preferences&quot;&gt;Set your name…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs f&amp;ollow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment, e.g. what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the decision to the history under your name; earlier decisions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on this file, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on this file, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DetailsHtml</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no widget on any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, not visible (no appearance on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification signature: no changes allowed (P=1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification signature: form filling and signing allowed (P=2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification signature: form filling, signing and annotations allowed (P=3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only changes the signature permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the signature does not permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of existence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubFilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed signing time (/M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer name (/Name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp authority certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded certificates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature contains no certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incremental update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: this is the final revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 was added after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions %1–%2 were added after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has no validation result (trust, time, revocation); only the integrity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good (not revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to the responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified electronic signature (QES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified electronic seal (QESeal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced, with a qualified certificate (AdES-QC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced (AdES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document timestamp added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a trusted timestamp proves the signature existed then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the chain reaches no trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see the Certificates tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PAdES baseline signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic seal (the certificate is issued to a legal person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic signature (the certificate is not issued to a legal person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp covers this signature. Without one, nothing but the signer&apos;s own claim says when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the authority&apos;s chain reaches a trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: the authority&apos;s chain reaches no trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded for the whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the document holds revocation data for every certificate that needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: some certificate has no revocation data in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed: trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OCSP response or CRL found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DocumentFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter of the document list and how many documents it shows, e.g. &quot;Signature problem (12)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the documents that need a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest assessment first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DocumentFilterModel</name>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DocumentInfoView</name>
    <message>
        <source>&lt;b&gt;This document could not be assessed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granska %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened from the history (not assessed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast web view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::DocumentListModel</name>
    <message>
        <source>%1 (history, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened from the history; assessed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the history (%1) · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found; some signatures could not be validated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::FindingsModel</name>
    <message>
        <source>The document could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: none — the XMP metadata has no PDF/A identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compliant with %1: all %n rule(s) passed</source>
        <translation>
            <numerusform>Compliant with %1: %n rule passed</numerusform>
            <numerusform>Compliant with %1: all %n rules passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compliant with %1: %2 of %n rule(s) failed</source>
        <translation>
            <numerusform>Not compliant with %1: %2 of %n rule failed</numerusform>
            <numerusform>Not compliant with %1: %2 of %n rules failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Not validated as PDF/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 clause %2 — %n failed check(s)</source>
        <translation>
            <numerusform>%1 clause %2 — %n failed check</numerusform>
            <numerusform>%1 clause %2 — %n failed checks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s).</source>
        <translation>
            <numerusform>Failed %n time.</numerusform>
            <numerusform>Failed %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>First places: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A and other findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::FindingsPane</name>
    <message>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::HistoryDialog</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name, path or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored result in the main window, without assessing the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granska-history-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two assessments of the same file side by side: select two rows of one file, or one row to compare it with the file&apos;s previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Shown Assessments as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Assessments as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::HistoryModel</name>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n intact</source>
        <translation>
            <numerusform>%n intact</numerusform>
            <numerusform>%n intact</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed with Granska %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file (same SHA-256) was assessed %n time(s)</source>
        <translation>
            <numerusform>This file (same SHA-256) was assessed %n time</numerusform>
            <numerusform>This file (same SHA-256) was assessed %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::HistoryStore</name>
    <message>
        <source>There is no folder for application data on this system, so the history of assessments cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the history of assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database driver for Qt is not installed, so the history of assessments cannot be kept (on Debian: package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history of assessments %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a history of assessments; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a history of assessments, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history of assessments %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the history of assessments %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of assessments is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the assessment of %1 in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of assessments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has no assessment number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment number %1 in the history is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start updating the history to format %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the format of the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the history to format %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer version of Granska (format %1; this version understands up to format %2). Update Granska to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the exported history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the exported history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs the name of the reviewer who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has no assessment number %1 to record a decision on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of assessment number %1 could not be read, so there is no document to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::MainWindow</name>
    <message>
        <source>The assessment history could not be opened (%1); results are not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PDF files to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder; every PDF file in it and its subfolders is assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the selected document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the assessment report of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessment report of the selected document as a PDF/A file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessments, kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Granska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop assessing; documents not yet started are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents being reviewed, with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result for %1 could not be saved in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) assessed</source>
        <translation>
            <numerusform>%n document assessed</numerusform>
            <numerusform>%n documents assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not assessable</source>
        <translation>
            <numerusform>%n not assessable</numerusform>
            <numerusform>%n not assessable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF files or folders here, or use File → Open…, to assess them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting to be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Granska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That assessment could not be read from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished assessment is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Granska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Granska %1&lt;/h3&gt;&lt;p&gt;Reviews signed PDF documents before they are transferred to the e-archive: whether they really are PDF/A, whether their signatures are intact and by whom, and what was changed after signing.&lt;/p&gt;&lt;p&gt;Files are only read, never changed. Every assessment is kept in the history on this computer.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QPDF, OpenSSL and Poppler.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Su&amp;mmary Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the summary of the selected documents, or of all when one or none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Batch Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary of the selected documents, or of all when one or none is selected, as a PDF/A file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates and trusted lists signatures are validated against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as reviewer, the language, how documents are assessed and what reports show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::Modifications</name>
    <message numerus="yes">
        <source>%n more change(s) of this revision are not listed.</source>
        <translation>
            <numerusform>%n more change of this revision is not listed.</numerusform>
            <numerusform>%n more changes of this revision are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content drawn on page %1 was changed (%n object(s): %2).</source>
        <translation>
            <numerusform>Content drawn on page %1 was changed (%n object: %2).</numerusform>
            <numerusform>Content drawn on page %1 was changed (%n objects: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content shared by the pages was changed (%n object(s): %1).</source>
        <translation>
            <numerusform>Content shared by the pages was changed (%n object: %1).</numerusform>
            <numerusform>Content shared by the pages was changed (%n objects: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects reached from the catalog entry /%1 were changed (%n object(s): %2).</source>
        <translation>
            <numerusform>Objects reached from the catalog entry /%1 were changed (%n object: %2).</numerusform>
            <numerusform>Objects reached from the catalog entry /%1 were changed (%n objects: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 leaves %2 of the %3 objects of the revision before it out of its cross-reference table: readers that follow the table no longer see them, others repair the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added; page count now %1.</source>
        <translation>
            <numerusform>%n page added; page count now %1.</numerusform>
            <numerusform>%n pages added; page count now %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of the signed version removed (%1); page count now %2.</source>
        <translation>
            <numerusform>%n page of the signed version removed (%1); page count now %2.</numerusform>
            <numerusform>%n pages of the signed version removed (%1); page count now %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order of the pages was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document timestamp was added in field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature was added in field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty signature field &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of form field &quot;%1&quot; was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was renamed to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of form field &quot;%1&quot; was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in field &quot;%1&quot; was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 was added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A widget of form field &quot;%1&quot; was removed from page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation (%1) was removed from page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the annotations on page %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field widget that belongs to no field was added on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A widget of form field &quot;%1&quot; was added on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document information (title, author, dates) was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption of the document was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data was added (a document security store, /DSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document security store (/DSS) was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document security store (/DSS) was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared extensions to PDF (/Extensions) were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared PDF version was changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private application data (/PieceInfo) was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logical structure (tags) of the document was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the document (/Lang) was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions of the document (/Perms) were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog entry /%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature flags of the form (/SigFlags) were set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default resources of the form (/DR) were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default appearance of the form&apos;s fields (/%1) was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form entry /%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named appearances for annotations (/Names /AP) were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name tree /%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 was changed; the document is too large to tell what it is used for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 was changed and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature dictionary in field &quot;%1&quot; was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appearance of form fields was changed (object %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation on page %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation on page %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appearance of an annotation on page %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagged content of the document was changed (/%1 of a structure element).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of the logical structure (tags) were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appearance of form field &quot;%1&quot; was changed although its value was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; was hidden, shown or excluded from printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; was locked or made read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was made read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The behaviour of form field &quot;%1&quot; was changed (/Ff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock or seed value of signature field &quot;%1&quot; was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; on page %2 was changed (/%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form field &quot;%1&quot; was changed (/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The widget of form field &quot;%1&quot; on page %2 was changed (/%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page tree was rearranged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page attributes inherited through the page tree were changed (/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private data in the page tree was changed (/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tab order of page %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata of page %1 was updated (/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was changed (/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification permits no changes except validation data and document timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification permits only form filling and signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification permits only form filling, signing and annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing, only validation data, timestamps, signatures, form filling and annotations may be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is locked by the signature in field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What revision %1 changed cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data appended after the last end-of-file marker (%EOF) changes the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PagePreview</name>
    <message>
        <source>Loading pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on disk is not the one that was assessed: its SHA-256 checksum differs. The pages shown may not match the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Final Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as it is now, with all its revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier revision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1 of %2&lt;/b&gt; — an earlier state of the document, before the changes made by the later revisions. It is not the document as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PageRenderWorker</name>
    <message>
        <source>The file is no longer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages cannot be shown: the file cannot be opened as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages cannot be shown: the document is encrypted and needs a password to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PageThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PdfDocument</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF document: it has no %PDF- header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is encrypted with a password that is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged beyond repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its filter is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: it does not exist (moved, renamed or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: you do not have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PersonalIdentifiers</name>
    <message>
        <source>Swedish personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish co-ordination number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity number of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::Presentation</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed, not compliant (%n rule(s) failed)</source>
        <translation>
            <numerusform>%1 claimed, not compliant (%n rule failed)</numerusform>
            <numerusform>%1 claimed, not compliant (%n rules failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>checked as %1: compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked as %1: not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF/A claim; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes do not end where any revision of the file ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after signing (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after signing (revisions %1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at the last revision, but does not cover the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact (not validated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intact (not validated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s): %1</source>
        <translation>
            <numerusform>%n signature: %1</numerusform>
            <numerusform>%n signatures: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::PreservationCheckDelegate</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PreservationChecklistModel</name>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PreservationChecklistView</name>
    <message>
        <source>Preservation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each requirement for transfer to the e-archive, with its state and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::PreservationVerdict</name>
    <message>
        <source>Document timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more.</source>
        <translation>
            <numerusform>%n more.</numerusform>
            <numerusform>%n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF/A claimed and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not claim to be PDF/A; the e-archive needs PDF/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed, but not verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validation was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation against %1 reached no verdict: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF/A claim; checked as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed, checked as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n rule(s) failed: %2.</source>
        <translation>
            <numerusform>%1; %n rule failed: %2.</numerusform>
            <numerusform>%1; %n rules failed: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets the rules of %1, but the document does not claim PDF/A in its XMP metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed, but verified as %2 only (%n rule(s) checked).</source>
        <translation>
            <numerusform>%1 claimed, but verified as %2 only (%n rule checked).</numerusform>
            <numerusform>%1 claimed, but verified as %2 only (%n rules checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 claimed and verified: %n rule(s) checked, none failed.</source>
        <translation>
            <numerusform>%1 claimed and verified: %n rule checked, none failed.</numerusform>
            <numerusform>%1 claimed and verified: %n rules checked, none failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is encrypted; an archive must be able to open it without keys or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is encrypted (%1); an archive must be able to open it without keys or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n JavaScript action(s)</source>
        <translation>
            <numerusform>%n JavaScript action</numerusform>
            <numerusform>%n JavaScript actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Launch action(s) that start a program or open a file</source>
        <translation>
            <numerusform>%n Launch action that start a program or open a file</numerusform>
            <numerusform>%n Launch actions that start a program or open a file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to another PDF file</source>
        <translation>
            <numerusform>%n link to another PDF file</numerusform>
            <numerusform>%n links to another PDF file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) into an embedded PDF file</source>
        <translation>
            <numerusform>%n link into an embedded PDF file</numerusform>
            <numerusform>%n links into an embedded PDF file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) importing form data from another file</source>
        <translation>
            <numerusform>%n action importing form data from another file</numerusform>
            <numerusform>%n actions importing form data from another file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form submission(s) to an outside address</source>
        <translation>
            <numerusform>%n form submission to an outside address</numerusform>
            <numerusform>%n form submissions to an outside address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web link(s)</source>
        <translation>
            <numerusform>%n web link</numerusform>
            <numerusform>%n web links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) whose data lies in another file</source>
        <translation>
            <numerusform>%n stream whose data lies in another file</numerusform>
            <numerusform>%n streams whose data lies in another file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded file(s)</source>
        <translation>
            <numerusform>%n embedded file</numerusform>
            <numerusform>%n embedded files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sound, video or 3D element(s)</source>
        <translation>
            <numerusform>%n sound, video or 3D element</numerusform>
            <numerusform>%n sound, video or 3D elements</numerusform>
        </translation>
    </message>
    <message>
        <source>an XFA form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PostScript or OPI element(s)</source>
        <translation>
            <numerusform>%n PostScript or OPI element</numerusform>
            <numerusform>%n PostScript or OPI elements</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JavaScript, launch actions or external content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked completely: the assessment was stopped early or was made by an earlier version of Granska. Assess the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found: no scripts, actions that start programs or fetch data, external streams, multimedia or attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, which do not change what the document shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These make what the reader sees depend on a program or on something outside the file; PDF/A-1 to PDF/A-3 forbid them. First: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They act only when clicked, but lead outside the archived file. First: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1 forbids embedded files, PDF/A-2 allows only PDF/A documents and PDF/A-3 any file; make sure the archive accepts them and that they are described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signature intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signatures or document timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact but failed validation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact, but its validation is indeterminate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are intact, but their validation is indeterminate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) and timestamp(s) are intact and passed validation.</source>
        <translation>
            <numerusform>All %n signature and timestamp is intact and passed validation.</numerusform>
            <numerusform>All %n signatures and timestamps are intact and passed validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) and timestamp(s) are intact.</source>
        <translation>
            <numerusform>All %n signature and timestamp is intact.</numerusform>
            <numerusform>All %n signatures and timestamps are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation material embedded for each signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate chain cannot be completed from what the document holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revocation data embedded for its signer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revocation data embedded for these certificates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks some of the revocation data needed to validate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificates and revocation data for all %n signature(s) are in the document, so they can be validated after the certificates expire.</source>
        <translation>
            <numerusform>Certificates and revocation data for %n signature is in the document, so it can be validated after the certificates expire.</numerusform>
            <numerusform>Certificates and revocation data for all %n signatures are in the document, so they can be validated after the certificates expire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without it the signature cannot be validated once its certificates expire or the issuer&apos;s services close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change after signing that was not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1, changes were made that it does not permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after signing were not examined for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The document changed after %n signature(s), only in permitted ways (validation data, timestamps, form filling, further signatures).</source>
        <translation>
            <numerusform>The document changed after %n signature, only in permitted ways (validation data, timestamps, form filling, further signatures).</numerusform>
            <numerusform>The document changed after %n signatures, only in permitted ways (validation data, timestamps, form filling, further signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed after any signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate&apos;s %2 holds a personal identifier (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal identity numbers in the signers&apos; certificates (the page text is not searched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle the document as containing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document could be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %1 of %n requirement(s) not met</source>
        <translation>
            <numerusform>Not ready: %1 of %n requirement not met</numerusform>
            <numerusform>Not ready: %1 of %n requirements not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs review: %1 of %n requirement(s) need a person to decide</source>
        <translation>
            <numerusform>Needs review: %1 of %n requirement needs a person to decide</numerusform>
            <numerusform>Needs review: %1 of %n requirements need a person to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for transfer: all %n requirement(s) met or not applicable</source>
        <translation>
            <numerusform>Ready for transfer: %n requirement met or not applicable</numerusform>
            <numerusform>Ready for transfer: all %n requirements met or not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::Profile</name>
    <message>
        <source>PDF/A validation was not requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not claim PDF/A conformance in its XMP metadata, so it was not validated as PDF/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document claims PDF/A part %1 conformance &quot;%2&quot;, which is not a known PDF/A flavour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::Qualification</name>
    <message>
        <source>The signature failed validation, so it is not an advanced electronic signature or seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate claims to be qualified%1, but no imported trusted list lists its issuer as a qualified certificate service, so this is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and its key to be on a qualified device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not a qualified certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted list (%1) lists the issuer as &quot;%2&quot;, but the service was not in a granted status at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted list %1, service &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to the %1, the certificate is not qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified certificate for electronic seals with the key on a qualified device (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified certificate for electronic signatures with the key on a qualified device (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified certificate of unstated purpose (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualified certificate, but the key is not known to be on a qualified device (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifiers applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::ReportActions</name>
    <message>
        <source>Assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Assessment Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Report Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - assessment report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assessment Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assessment Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot replace the document it describes. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished assessment to summarise. Open documents and wait until they are assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Summary Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be printed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summary %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assessment Summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assessment Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot replace a document it describes. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionBrowser</name>
    <message>
        <source>The signed bytes do not end where a revision of the file ends, so there is no signed version to extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pages as they were when this was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the signed version with the final version, page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added after this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision cannot be saved over the document it comes from; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2 of %3).pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision %1 As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s revisions and what signs each of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Signed Version with Final…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Signed Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Final…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Signed Version As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Si&amp;gned Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e Signed Version As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionCompareDialog</name>
    <message>
        <source>Compare Revision %1 with the Final Version — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1 of %2&lt;/b&gt; (earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Final version&lt;/b&gt; (revision %1, the document as it is now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the final version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering and comparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is being compared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visible change on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was added after revision %2: it is only in the final version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was removed after revision %2: it is only in the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 changed size or orientation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 changed: %n area(s) differ, highlighted on both pages.</source>
        <translation>
            <numerusform>Page %1 changed: %n area differs, highlighted on both pages.</numerusform>
            <numerusform>Page %1 changed: %n areas differ, highlighted on both pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 — comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 — no visible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 — size changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 — %n area(s) changed</source>
        <translation>
            <numerusform>Page %1 — %n area changed</numerusform>
            <numerusform>Page %1 — %n areas changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 — added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 — removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final version has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the pages: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visible change: every page of revision %1 looks the same in the final version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visibly changed: page(s) %1.</source>
        <translation>
            <numerusform>Visibly changed: page %1.</numerusform>
            <numerusform>Visibly changed: pages %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added after revision %1: page(s) %2.</source>
        <translation>
            <numerusform>Added after revision %1: page %2.</numerusform>
            <numerusform>Added after revision %1: pages %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed after revision %1: page(s) %2.</source>
        <translation>
            <numerusform>Removed after revision %1: page %2.</numerusform>
            <numerusform>Removed after revision %1: pages %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that do not show on the page (metadata, form values behind hidden fields, validation data) are listed in the revision timeline, not here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionExtractor</name>
    <message>
        <source>The document has no revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 does not end inside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changed since it was assessed (its size differs); assess it again to view its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changed since it was assessed (its SHA-256 checksum differs); assess it again to view its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes do not end where a revision of the file ends, so the signed version cannot be extracted as a document of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionScanner</name>
    <message>
        <source>The file has no startxref line at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-reference chain loops back to offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cross-reference section at offset %1, where the file says one begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update ending at offset %1 is not reachable from the file&apos;s last cross-reference section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-reference section at offset %1 is not followed by %EOF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at its end by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionTimeline</name>
    <message>
        <source>The document has a single revision: it was not changed after it was first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was saved in %1 revisions. Each later revision only adds to the earlier ones; select one to see its pages as they were then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s revisions, oldest first, with their signatures and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Final Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected revision and the final version side by side, with what changed highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected revision as a PDF file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e Revision As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::RevisionTimelineModel</name>
    <message>
        <source>Validation data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation added or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing time in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing time claimed by the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document size at its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 (final version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::Revocation</name>
    <message>
        <source>The OCSP response&apos;s signature is not valid or its responder is not authorised by the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP response&apos;s signer certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder said the certificate was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder said the certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder did not know the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL&apos;s signature does not verify with the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is listed in the issuer&apos;s CRL as revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not listed in the issuer&apos;s CRL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SecurityStore</name>
    <message>
        <source>DSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with decisions and printed on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF/A profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A flavour documents are validated against; applies to documents assessed from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one the document claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate signatures at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimed signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time at which certificates must have been valid and not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed validation time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates and trusted lists that signatures are validated against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal identity &amp;numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity numbers found in certificates are personal data; by default reports show them masked (19520730-****)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SignatureAnalyzer</name>
    <message>
        <source>The /ByteRange is missing or does not consist of offset and length pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The /ByteRange points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The /ByteRange has %n range(s) instead of the usual two.</source>
        <translation>
            <numerusform>The /ByteRange has %n range instead of the usual two.</numerusform>
            <numerusform>The /ByteRange has %n ranges instead of the usual two.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed bytes do not start at the beginning of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two signed ranges overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsigned gap between the signed ranges holds more than the signature value: unsigned content is hidden there (signature wrapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsigned gap between the signed ranges is not the signature value, so the signed bytes are not the usual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field holds no signature value: /Contents is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signature is in revision %1 but not in the final document: a later update removed it or made it unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is missing from the final document; it was found in revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes made after signing could not all be examined within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; is empty: it has not been signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SignatureDetailsView</name>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation data (OCSP and CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a signature to see its timestamps and validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a signature or a revision to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps and Validation Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps and validation data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SignatureFields</name>
    <message>
        <source>The page tree cannot be read (%1); signature widgets are not placed on pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive form&apos;s field tree loops back to field %1; the fields in the loop were read once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SignatureModel</name>
    <message>
        <source>Revision %1 of %2 (original document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 (update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes %1 to %2 of the file; cross-reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ending at any revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes of these signatures do not end where a revision of the file ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision / signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::SignatureValidator</name>
    <message>
        <source>revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trust anchors or trusted lists are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature (CMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature (adbe-revocationInfoArchival)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses SHA-1, which is no longer considered secure for new signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adbe.x509.rsa_sha1 is a legacy signature format, deprecated since PDF 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp of this signature is not intact and gives no proof of existence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after this signature in a way the signature does not permit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte range is not a valid PDF signature byte range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after signing in a way it does not permit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detached signature must not carry encapsulated content, but this one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing-certificate attribute does not identify the certificate that verifies the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain breaks a rule of certificate paths: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain from the signer&apos;s certificate to a trusted certificate was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate or one of its issuers was revoked on %1, and the signature was made after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain was revoked on %1, and nothing proves the signature existed before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate expired on %1, before the validation time, and no trusted timestamp proves the signature existed earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revocation information for the certificate chain is embedded in the document, so its status cannot be established offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is intact and its chain reaches a trusted certificate. A certificate was revoked on %1, but a trusted timestamp proves the signature existed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is intact, its certificate chain reaches a trusted certificate, and no certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES baseline signatures use the SubFilter ETSI.CAdES.detached; this one uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-B needs the signer&apos;s certificate in the signature and a signing-certificate attribute that identifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-T needs a signature timestamp or a document timestamp added after the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-LT needs the certificates and revocation data of the signer&apos;s chain in the document security store (DSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-LTA needs a document timestamp added after the validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer of a certificate in the chain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed and not a trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain ends in a self-signed certificate that is not a trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be verified with its issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate&apos;s signature in the chain is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate in the chain is not allowed to issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain is longer than a certificate in it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate in the chain is not meant for this purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::TrustSettings</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::TrustStore</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate or trusted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found in %1 (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be copied into the trust store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed from the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted list %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::TrustStoreDialog</name>
    <message>
        <source>Nothing is trusted yet. Import the certificates of the certificate authorities you trust, or a trusted list such as your country&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate, a trusted list or a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of trusted lists points to the national lists; it has no services of its own. Import the national lists you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: importing a list is your decision to trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust store already has a file named %1. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trusted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted lists (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the trust store? Signatures that relied on it will no longer be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Store Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The trust store has changed. Assess the %n document(s) in the window again so that their signatures are validated with it?</source>
        <translation>
            <numerusform>The trust store has changed. Assess the %n document in the window again so that their signatures is validated with it?</numerusform>
            <numerusform>The trust store has changed. Assess the %n documents in the window again so that their signatures are validated with it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature is trusted when its certificate chain ends in a certificate imported here, or in a service of an imported trusted list (ETSI TS 119 612). Nothing else is trusted unless you choose so below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate authority: a PEM or DER certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Trusted List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the services of an ETSI TS 119 612 trusted list (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file of the selected item from the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web&apos;s certificate authorities of this computer; not needed for qualified signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::TrustStoreModel</name>
    <message>
        <source>Trust anchors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted lists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of trusted lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), sequence %1, %2</source>
        <translation>
            <numerusform>%n service, sequence %1, %2</numerusform>
            <numerusform>%n services, sequence %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::TrustedList</name>
    <message>
        <source>the XML is nested too deeply or is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ETSI TS 119 612 trusted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::Validator</name>
    <message>
        <source>Validation against PDF/A-%1 is not supported yet; no verdict is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation could not be completed within the limits; the failures listed are those found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the document could not be read, so some rules could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::cli::Check</name>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validation-time needs &quot;now&quot;, &quot;signing&quot; or an ISO 8601 date or time, such as 2020-11-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF documents found.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: granska-cli check [--profile auto|none|1a|1b|2a|2b|2u|3a|3b|3u|4|4e|4f] [--json] [--jobs N]
                         [--validation-time T] [--trust-anchor FILE]... [--trusted-list FILE]... PATH...

Assesses PDF documents: identity, revisions, PDF/A claim and validation, signatures.
PATH may be a file or a folder (searched recursively for .pdf files).

  --json       one JSON object per document per line (JSON Lines)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 no findings, 1 findings, 2 a document could not be assessed or bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::cli::Main</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::cli::Report</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 no findings, 1 findings, 2 a document could not be assessed, the report could not be
written, or bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report file given: use -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF documents found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot replace a document it describes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1: %n document(s), %2 with problems, %3 needing attention, %4 not assessed.</source>
        <translation>
            <numerusform>Report written to %1: %n document, %2 with problems, %3 needing attention, %4 not assessed.</numerusform>
            <numerusform>Report written to %1: %n documents, %2 with problems, %3 needing attention, %4 not assessed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::cli::Text</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims PDF/A-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF/A claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>compliant (%n rule(s) checked)</source>
        <translation>
            <numerusform>compliant (%n rule checked)</numerusform>
            <numerusform>compliant (%n rules checked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT compliant, %n rule(s) failed</source>
        <translation>
            <numerusform>NOT compliant, %n rule failed</numerusform>
            <numerusform>NOT compliant, %n rules failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; validated as PDF/A-%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Document   PDF %1, %n page(s), %2 bytes</source>
        <translation>
            <numerusform>Document   PDF %1, %n page, %2 bytes</numerusform>
            <numerusform>Document   PDF %1, %n pages, %2 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:    %1, valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at: %1 (claimed by the signer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of %2; the file was changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the file that ends at no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:  %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:     %1; qualification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PAdES baseline level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes:   %n later change(s), all permitted</source>
        <translation>
            <numerusform>Changes:   %n later change, permitted</numerusform>
            <numerusform>Changes:   %n later changes, all permitted</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes:   NOT PERMITTED — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::main</name>
    <message>
        <source>Reviews signed PDF documents before archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files or folders to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the assessment history in &lt;file&gt; instead of the default database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::ContentInterpreter</name>
    <message>
        <source>page %1 content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate colour space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base colour space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underlying colour space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 3 glyph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form XObject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiling pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft mask group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::DocumentFeatures</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional content configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::FileStructure</name>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such comment line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first bytes are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow it</source>
        <translation>
            <numerusform>%n byte follows it</numerusform>
            <numerusform>%n bytes follow it</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no endstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stream&quot; is not followed by CR LF or LF alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;endstream&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;endstream&quot; is not preceded by an end-of-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object number does not start a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers and &quot;obj&quot; are not separated by single spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;obj&quot; is not followed by an end-of-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is not preceded by an end-of-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;endobj&quot; is not followed by an end-of-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-reference table at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %EOF marker was found near the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Fonts</name>
    <message>
        <source>(Type 3 font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(font without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed %1 font)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Forms</name>
    <message>
        <source>signature field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsColour</name>
    <message>
        <source>its device class is &quot;%1&quot;, not input, display, output or colour space conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour space is &quot;%1&quot;, not RGB, CMYK, Gray or Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an ICC version %1 profile, newer than this part of PDF/A allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsImages</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsOutputIntents</name>
    <message>
        <source>its device class is &quot;%1&quot;, not an output (prtr) or monitor (mntr) profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour space is &quot;%1&quot;, not RGB, CMYK or Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an ICC version %1 profile, newer than this part of PDF/A allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a direct object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination output profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::GraphicsState</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the halftone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the halftone for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Metadata</name>
    <message>
        <source>The metadata stream cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A identification in the document metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP property %1 in the document metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP property %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataExtensions</name>
    <message>
        <source>it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is written with the prefix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an rdf:Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value type the XMP Specification or this schema defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A extension schemas in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, property %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, value type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataIdentification</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::MetadataInfo</name>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Producers</name>
    <message>
        <source>outline item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appearance of annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document information dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactive form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Rule</name>
    <message>
        <source>A stream is compressed with the %1 filter, which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream uses the filter %1, which is not one of the standard filters PDF/A allows (LZW and encryption are excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inline image is compressed with LZW, which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inline image uses the filter %1; inline images may only use the standard filters other than LZW, JBIG2, JPX and Crypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structure type or role-map name (%1) is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font name (%1) is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colourant name of a Separation or DeviceN colour space (%1) is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file specification embeds a file (EF entry), which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s name dictionary lists embedded files (EmbeddedFiles), which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog has optional content (OCProperties), which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions dictionary has entries other than DocMDP and UR3: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature reference dictionary has %1 although the document has DocMDP permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integer (%1) lies outside the range -2147483648 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real number (%1) lies outside the range -32767 to 32767.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real number (%1) lies outside the range of plus or minus 3.403 x 10^38.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real number (%1) other than zero lies closer to zero than plus or minus 1.175 x 10^-38.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string is %1 bytes long; at most 65535 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string is %1 bytes long; at most 32767 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is %1 bytes long; at most 127 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array has %1 elements; at most 8191 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dictionary has %1 entries; at most 4095 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 indirect objects; at most 8388607 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics states are nested %1 deep with q; at most 28 levels are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DeviceN colour space has %1 colourants; at most 8 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DeviceN colour space has %1 colourants; at most 32 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded CMap maps to CID %1; CIDs above 65535 are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page boundary is smaller than 3 or larger than 14400 units in some direction: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with a %PDF-n.m header at its first byte (found %1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with a header %PDF-1.0 to %PDF-1.7 alone on the first line at its first byte (found %1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line is not followed by a comment of at least four bytes with values above 127 that marks the file as binary: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file trailer has no file identifier (ID); for a linearized file, the first-page trailer must have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file trailer has no file identifier (ID), or it is empty; for a linearized file, the first-page trailer must have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted (its trailer has an Encrypt entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linearized file&apos;s first-page trailer and last trailer have different file identifiers (ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses a cross-reference stream, which PDF/A-1 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cross-reference subsection header does not separate its first object number and its count by a single space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The xref keyword is not followed by exactly one end-of-line before the first subsection header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hexadecimal string has an odd number of digits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hexadecimal string contains characters other than 0-9, A-F, a-f and white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream&apos;s Length (%1) does not match the number of bytes between its stream and endstream lines (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream&apos;s keywords are not on lines of their own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream dictionary refers to data outside the file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indirect object is not laid out as &quot;n g obj&quot; and &quot;endobj&quot; on lines of their own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICC profile of an ICCBased colour space is not one PDF/A-1 accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ICCBased colour space declares %1 colour components (N), which does not match its profile&apos;s colour space %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICC profile of an ICCBased colour space is not one this part of PDF/A accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceRGB colour is used (%1) but the PDF/A output intent is not an RGB profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceCMYK colour is used (%1) but the PDF/A output intent is not a CMYK profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceGray colour is used (%1) but the document has no PDF/A output intent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overprint mode %1 is in effect while overprinting with an ICCBased CMYK colour (%2); it must be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceRGB colour is used (%1) with no DefaultRGB colour space and no RGB PDF/A output intent to define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceCMYK colour is used (%1) with no DefaultCMYK colour space and no CMYK PDF/A output intent to define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceGray colour is used (%1) with no DefaultGray colour space and no PDF/A output intent to define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DeviceN colour space uses spot colorants without Colorants entries: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation colour spaces named %1 differ in their alternate colour space or tint transform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Separation or DeviceN colour space has the alternate space %1, which the PDF/A output intent does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Separation or DeviceN colour space has the alternate space %1, which no PDF/A output intent defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Indexed colour space is based on %1, which no PDF/A output intent defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content stream uses the operator %1, which the PDF Reference does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content stream uses the operator %1, which ISO 32000-1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content stream uses resources that are not in a Resources dictionary of its own but inherited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has alternate versions (Alternates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image asks readers to smooth it (Interpolate true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has %1 bits per component; PDF/A-1 allows 1, 2, 4 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image mask has %1 bits per component instead of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image carries OPI information for replacing it with another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has %1 bits per component; only 1, 2, 4, 8 or 16 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG 2000 image has %1 colour channels; only 1, 3 or 4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry has %1 colour specifications, of which %2 (not exactly one) is marked as the one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry specifies its colour with method %1; only 1, 2 or 3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG 2000 image without a ColorSpace entry uses the CIEJab colour space (19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG 2000 image has the bit depths %1; all channels must share one depth between 1 and 38.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XObject carries OPI information for replacing it with other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output intent&apos;s destination profile cannot characterise the output device: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output intents name different destination profiles (%1); they must all use the same profile object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF/X output intent refers to its profile with DestOutputProfileRef instead of embedding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A output intent has no embedded destination profile (DestOutputProfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document uses device-dependent colour (%1) but has no PDF/A output intent to define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets a transfer function (TR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets a transfer function (TR2) other than Default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets a halftone phase (HTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A halftone has the type %1; only types 1 and 5 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A halftone names a device-specific halftone (HalftoneName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A halftone transfer function is misused in %1: only halftones of spot colorants have one, and they must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendering intent %1 is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state names the rendering intent %1, which is not one of RelativeColorimetric, AbsoluteColorimetric, Perceptual or Saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ri operator names the rendering intent %1, which ISO 32000-1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image names the rendering intent %1 (Intent), which ISO 32000-1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets a soft mask; PDF/A-1 allows no transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets the blend mode %1; PDF/A-1 allows only Normal or Compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets the stroking opacity (CA) to %1; PDF/A-1 requires 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphics state sets the filling opacity (ca) to %1; PDF/A-1 requires 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XObject has a soft mask (SMask); PDF/A-1 allows no transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of %1 is a transparency group; PDF/A-1 allows no transparency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blend mode %1 is not defined in ISO 32000-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page contains transparency (%1) but neither a PDF/A output intent nor the page&apos;s group (CS) says in which colour space to blend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transparency group blends in the device colour space %1 (%2), which no PDF/A output intent defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form XObject contains PostScript (a PS entry or Subtype2 PS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form XObject is a reference XObject that imports content from another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form XObject contains PostScript (a PS entry or Subtype2 PS) or OPI information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostScript XObject is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action type %1 is not permitted in PDF/A-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named action %1 is not permitted; only NextPage, PrevPage, FirstPage and LastPage are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action type %1 is not permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field&apos;s widget has an action (A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field&apos;s widget has additional actions (AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field&apos;s widget has an action (A) or additional actions (AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field has additional actions (AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog has additional actions (AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page has additional actions (AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation type %1 is not permitted in PDF/A-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation is partly transparent (CA = %1); PDF/A-1 requires opacity 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation is hidden, invisible or not set to print (flags: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation has a colour (C or IC) but the document has no RGB output intent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation&apos;s appearance dictionary has entries other than the normal appearance N: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button field&apos;s normal appearance is not a dictionary of appearance states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal appearance of a %1 annotation is not a single appearance stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field&apos;s widget has no appearance dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation type %1 is not permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation has no flags (F); it must at least be set to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 annotation has no appearance dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file specification of an embedded file lacks the F or UF file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded file&apos;s specification does not say how the file relates to the document (AFRelationship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded file is not associated with the document or a part of it through an AF array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded file is not a conforming PDF/A-1 or PDF/A-2 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded file has no valid MIME type in its Subtype (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional content configuration has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two optional content configurations share the name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional content configuration&apos;s Order does not list every optional content group (missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional content configuration has automatic state changes (AS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document contains alternate presentations (slide shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog lists requirements (Requirements) a viewer must meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page has presentation steps (PresSteps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive form asks viewers to regenerate field appearances (NeedAppearances is true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive form contains an XFA form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog says the document needs rendering by an XFA processor (NeedsRendering is true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature&apos;s byte range does not cover the whole file up to the end of its revision, apart from the signature value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature does not include the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature has %1 signers; exactly one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not marked as tagged: MarkInfo with Marked true is missing from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no structure tree (StructTreeRoot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure type %1 is not standard and the role map does not map it to a standard type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role map maps the structure type %1 in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role map redefines the standard structure type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language identifier &quot;%1&quot; is not a valid language tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema container %1 is not an rdf:Bag written with the prefix pdfaExtension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension schema description contains entries the PDF/A extension schema does not define: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema %1 needs a text entry pdfaSchema:schema, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema %1 needs an entry pdfaSchema:namespaceURI, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema %1 needs a text entry pdfaSchema:prefix, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property list pdfaSchema:property of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value type list pdfaSchema:valueType of the extension schema %1 must be an rdf:Seq with the prefix pdfaSchema, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema property %1 needs a text entry pdfaProperty:name, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema property %1 needs an entry pdfaProperty:valueType naming a known value type, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema property %1 needs an entry pdfaProperty:category that is internal or external, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension schema property %1 needs a text entry pdfaProperty:description, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:type, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type %1 needs an entry pdfaType:namespaceURI, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:prefix, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type %1 needs a text entry pdfaType:description, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field list pdfaType:field of the extension value type %1 must be an rdf:Seq with the prefix pdfaType, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type field %1 needs a text entry pdfaField:name, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type field %1 needs an entry pdfaField:valueType naming a known value type, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension value type field %1 needs a text entry pdfaField:description, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document metadata does not identify the PDF/A part and conformance level with the PDF/A identification schema (pdfaid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part in the PDF/A identification (pdfaid:part) is %1, but the document is checked against part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conformance level in the PDF/A identification (pdfaid:conformance) is %1; the level checked accepts only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A identification property part is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A identification property conformance is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A identification property amd is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A identification property corr is written with the prefix &quot;%1&quot; instead of pdfaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation date in the document information dictionary (%1) is not the same as xmp:CreateDate in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in the document information dictionary (%1) differs from the default dc:title in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author in the document information dictionary (%1) is not the single entry of dc:creator in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject in the document information dictionary (%1) differs from the default dc:description in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keywords in the document information dictionary (%1) differ from pdf:Keywords in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creating application in the document information dictionary (%1) differs from xmp:CreatorTool in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer in the document information dictionary (%1) differs from pdf:Producer in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modification date in the document information dictionary (%1) is not the same as xmp:ModifyDate in the metadata (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog has no Metadata entry holding an XMP metadata stream (of Type Metadata and Subtype XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s metadata stream is encoded with a filter (%1); PDF/A-1 requires it to be stored as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the XMP packet has a bytes attribute (%1), which PDF/A does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the XMP packet has an encoding attribute (%1), which PDF/A does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata is not serialised as the XMP Specification requires. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of an XMP packet has a bytes attribute (%1), which PDF/A does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of an XMP packet has an encoding attribute (%1), which PDF/A does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata stream is not serialised as the XMP Specification requires. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XMP packet is encoded in %1; PDF/A-2 and PDF/A-3 require UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one its extension schema gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP property %1 is neither predefined by the XMP Specification (2004) nor described by an extension schema in the same packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the XMP property %1 does not have the type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP property %1 is neither predefined by the XMP Specification (2005) nor described by an extension schema in its packet or in the document metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not end with an end-of-file marker (%EOF) followed by at most one end-of-line: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::Structure</name>
    <message>
        <source>structure element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::colour::IccProfile</name>
    <message>
        <source>the data is not an ICC profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile could not be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is not a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile stream cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::colour::PaintWalker</name>
    <message>
        <source>a soft mask in a graphics state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constant opacity of %1 in a graphics state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blend mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation with an opacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appearance of annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparency in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiling pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image with a soft mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG 2000 image with transparency data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transparency group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blending colour space of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form XObject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft mask group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparency in Type 3 glyphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 3 glyph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::xmp::XmlTree</name>
    <message>
        <source>the packet has too many XML nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML elements are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>granska::pdfa::xmp::XmpParser</name>
    <message>
        <source>the qualifier %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rdf:RDF element has no attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node element must be rdf:Description or a typed node, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the typed node %1 is not allowed at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:RDF contains text or an instruction where an rdf:Description belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:about, rdf:ID and rdf:nodeID exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rdf:Description elements describe different resources (rdf:about &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on a node element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains text where property elements belong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the properties are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot name a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:parseType=&quot;%1&quot; is not allowed in XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the property %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 must contain exactly one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element %1 is in no namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 has no content element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the text property %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text property %1 contains markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is not allowed on the structure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 has both property attributes and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 combines rdf:resource with rdf:nodeID or rdf:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 combines rdf:resource with rdf:nodeID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property %1 combines rdf:value with rdf:resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is in no namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packet is too large or too deeply nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:value cannot be a top-level property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:li cannot be a top-level property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:value appears outside a structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdf:li appears outside rdf:Bag, rdf:Seq or rdf:Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property or field %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xml:lang is given twice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet cannot be read as XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is not valid RDF as XMP allows it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
