// The result of assessing one document: plain values, computed once by the engine and read by the
// CLI, the GUI, the history store and the reports. Nothing here knows how it was computed.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace granska {

enum class Severity { Info, Warning, Error };

enum class Integrity {
    Intact,      // the signed bytes are unchanged and the signature value is mathematically valid
    Broken,      // the signed bytes changed, or the signature value does not verify
    Unverifiable // the signature could not be checked (unreadable CMS, unsupported algorithm, ...)
};

// Something noticed about the file as a whole that is not a PDF/A rule: a damaged cross-reference
// table QPDF had to repair, a limit that stopped part of the work, encryption.
struct Finding {
    Severity severity = Severity::Warning;
    QString code;    // stable identifier, e.g. "xref-repaired", "limit-time"
    QString message; // plain words, in the language of the assessment
};

// Where a rule failed. Every field is optional; 0 means unknown.
struct ObjectLocation {
    int objectNumber = 0;
    int generation = 0;
    int page = 0;     // 1-based
    int revision = 0; // 1-based
    QString context;  // e.g. "font Helvetica", "annotation /Link"
};

// One failed rule of ISO 19005, with how often it failed and where.
struct RuleViolation {
    QString specification; // "ISO 19005-2"
    QString clause;        // "6.2.11.4.1"
    int test = 0;          // test number within the clause
    QString message;       // what is wrong, in plain words
    int count = 0;         // how many checks failed
    QList<ObjectLocation> locations; // the first few places

    QString ruleId() const; // "ISO 19005-2 6.2.11.4.1 test 1"
};

// The PDF/A identification in the document's XMP metadata (pdfaid schema).
struct PdfaClaim {
    int part = 0;        // 1, 2, 3, 4; 0 when the document makes no claim
    QString conformance; // "A", "B", "U", "E", "F" or empty
    QString amendment;   // pdfaid:amd
    QString revision;    // pdfaid:rev (PDF/A-4)

    bool isPresent() const { return part > 0; }
    QString flavour() const; // "2b", "4", "4f"; empty when absent
};

enum class ProfileOrigin {
    None,      // no validation was requested, or the document makes no claim under --profile auto
    Claim,     // the profile follows the document's own claim
    Requested, // the user named the profile
};

struct PdfaResult {
    PdfaClaim claim;
    QString profile; // the flavour validated against ("2b"), empty when not validated
    ProfileOrigin origin = ProfileOrigin::None;
    std::optional<bool> compliant; // empty when not validated
    QString note;                  // why there is no verdict, or what limited it
    int rulesChecked = 0;
    QList<RuleViolation> violations;
};

struct CertificateInfo {
    QString subject;    // distinguished name in RFC 4514 form
    QString issuer;
    QString commonName; // the subject's CN, for short display
    QString serialNumber; // hexadecimal, as certificate viewers show it
    QDateTime notBefore;
    QDateTime notAfter;
    QString publicKey;  // "RSA 2048", "EC P-256", "Ed25519"
    QString sha256Fingerprint; // hexadecimal
    bool isCa = false;
    QStringList keyUsage;      // "digitalSignature", "nonRepudiation", ...
    QStringList qcStatements;  // "QcCompliance", "QcSSCD", "QcType esign", ...
    QStringList policies;      // certificate policy OIDs
    QByteArray der;            // the certificate itself, for viewers and re-validation
};

// Every field the same (a field added above belongs here too).
bool operator==(const CertificateInfo &a, const CertificateInfo &b);
inline bool operator!=(const CertificateInfo &a, const CertificateInfo &b) { return !(a == b); }

// A national identity number or similar personal identifier found in a certificate. Personal
// data: reports and JSON show it masked unless asked not to.
struct PersonalIdentifier {
    QString type;   // "Swedish personal identity number", "Swedish co-ordination number", "Estonian personal code" ...
    QString value;  // as found
    QString masked; // e.g. "19520730-****"
    QString field;  // where: "subject serialNumber", "subject CN" ...
    bool isPresent() const { return !value.isEmpty(); }
};

// An RFC 3161 timestamp: over a signature value (signature timestamp) or over a revision of the
// document (document timestamp).
struct TimestampInfo {
    enum class Type { Signature, Document };
    Type type = Type::Signature;
    QDateTime time;            // genTime
    Integrity integrity = Integrity::Unverifiable; // message imprint and TSA signature
    QString detail;
    QString digestAlgorithm;
    std::optional<CertificateInfo> authority; // the TSA's certificate
    QList<CertificateInfo> certificates;      // all certificates in the token (not in the JSON)
    bool trusted = false;      // the TSA's chain reaches a trust anchor
    int revision = 0;          // for document timestamps: the revision they cover
};

// Revocation information found for one certificate of a chain, and what it says.
struct RevocationInfo {
    QString certificate;       // common name of the certificate it is about
    QString certificateSha256; // and its SHA-256 fingerprint, which identifies it (names may repeat)
    QString kind;              // "OCSP" or "CRL"
    QString source;            // "DSS", "VRI", "signature (adbe-revocationInfoArchival)", "signature (CMS)", "timestamp"
    QString status;            // "good", "revoked", "unknown", "invalid"
    QDateTime producedAt;      // OCSP producedAt or CRL thisUpdate
    QDateTime nextUpdate;
    QDateTime revocationTime;  // when revoked
    QString detail;
};

// One change made to the document after a signature, and whether its certification allows it.
struct ModificationInfo {
    int revision = 0;          // the revision that made it
    QString kind;              // "validation-data", "document-timestamp", "signature", "form-fill",
                               // "annotation", "metadata", "page-added", "page-removed", "other"
    QString description;
    bool permitted = false;
};


enum class SignatureKind {
    Signature,        // an electronic signature by a natural person (or unknown)
    Seal,             // an electronic seal: the signer certificate is issued to a legal person
    DocumentTimestamp // an RFC 3161 document timestamp
};

// The conclusion of ETSI EN 319 102-1 for a signature.
enum class Indication { TotalPassed, Indeterminate, TotalFailed };

struct SignatureInfo {
    QString field; // fully qualified field name
    SignatureKind kind = SignatureKind::Signature;
    int objectNumber = 0; // of the signature dictionary
    QString filter;
    QString subFilter;
    QList<qint64> byteRange;
    bool coversWholeDocument = false;
    int revision = 0; // 1-based revision whose end the signature covers; 0 when none matches

    QString claimedSigningTimeRaw; // the /M entry as written
    QDateTime claimedSigningTime;  // /M parsed; invalid when absent or unreadable
    QDateTime cmsSigningTime;      // the CMS signingTime attribute; invalid when absent
    QString signerName;            // /Name
    QString reason;
    QString location;
    QString contactInfo;

    Integrity integrity = Integrity::Unverifiable;
    QString integrityDetail; // why, in plain words
    QString digestAlgorithm;
    QString signatureAlgorithm;

    std::optional<CertificateInfo> signer;
    QList<CertificateInfo> certificates; // all certificates embedded in the signature

    // Validation (ETSI EN 319 102-1) at `validationTime`.
    Indication indication = Indication::Indeterminate;
    QString subIndication;      // "HASH_FAILURE", "NO_CERTIFICATE_CHAIN_FOUND", ... empty when passed
    QString indicationDetail;   // the reason in plain words
    QDateTime validationTime;
    QDateTime bestSignatureTime; // earliest proof of existence (a trusted timestamp), else validation time
    QList<CertificateInfo> chain; // signer first, trust anchor last
    QString trustAnchor;         // what the chain ends in: a trust anchor or a trusted-list service
    QList<TimestampInfo> timestamps; // signature timestamps and document timestamps covering this signature
    QList<RevocationInfo> revocation;
    bool validationDataEmbedded = false; // revocation data for every chain certificate is in the document
    QStringList warnings;        // weaker points that do not fail the signature (SHA-1, ...)

    QString level;               // PAdES baseline: "B-B", "B-T", "B-LT", "B-LTA"; empty when none
    QString levelMissing;        // what the next level would need
    QString qualification;       // "QES", "QESeal", "AdES-QC", "AdES"; empty when not determined
    QString qualificationDetail;
    PersonalIdentifier personalNumber;

    int certificationLevel = 0;  // DocMDP P (1-3) for a certification signature; 0 for approval
    QString modificationsAfter;  // "none", "permitted", "not-permitted"
    QList<ModificationInfo> modifications;

    int page = 0;       // page of the signature widget; 0 when it has none
    QRectF rect;        // widget rectangle in PDF user space
    bool visible = false;
};

// One section of the file ending in %%EOF: the original document or an incremental update.
struct Revision {
    int index = 0;      // 1-based, oldest first
    qint64 start = 0;   // byte offset where the section begins
    qint64 end = 0;     // byte offset just past its %%EOF line
    qint64 xrefOffset = 0;
    QString xrefKind;   // "table", "stream" or "unknown"
};

struct DocumentIdentity {
    QString fileName; // without folder
    qint64 size = 0;
    QString sha256;   // lower-case hexadecimal
    QString pdfVersion;
    int pageCount = 0;
    QString title;
    QString producer;
    QString creator;
    bool encrypted = false;
    QString encryption; // e.g. "AES-256 (R6), no user password"
    bool linearized = false;
};

// Content that acts by itself or reaches outside the file: scripts, actions that start programs or
// fetch and send data, content kept in other files, players for sound, video and 3D, attachments.
// An archive needs a document that shows the same thing without any of these.
enum class ActiveContentKind {
    JavaScript,     // a JavaScript action (document, page, annotation or field), or the Names tree
    Launch,         // a Launch action: starts a program or opens another file
    RemoteGoTo,     // GoToR: opens another PDF file
    EmbeddedGoTo,   // GoToE: opens a PDF embedded in this one
    ImportData,     // ImportData: fills the form from an outside file
    SubmitForm,     // SubmitForm: sends form data to an address
    Uri,            // URI: a link to a web address
    ExternalStream, // a stream whose data lies in another file (/F in the stream dictionary)
    EmbeddedFile,   // an embedded file (EmbeddedFiles name tree, file attachment annotation, /AF)
    Multimedia,     // sound, movie, screen, RichMedia or 3D content and their actions
    Xfa,            // an XFA form: the content can be produced by the form engine at opening
    PostScript,     // a PostScript XObject or OPI proxy: printed content the viewer does not show
};

struct ActiveContentItem {
    ActiveContentKind kind = ActiveContentKind::JavaScript;
    ObjectLocation location; // the object and where it is reached from, e.g. "/OpenAction"
    QString detail;          // what it does, from the document: a script's start, an address, a file name
};

struct ActiveContent {
    // A document full of links lists only the first ones of each kind; reasons then say "at least".
    static constexpr int kMaxItemsPerKind = 100;

    bool scanned = false; // false for assessments made before the scan existed, or cut short by a limit
    QList<ActiveContentItem> items;

    bool contains(ActiveContentKind kind) const;
};

enum class AssessmentStatus { Ok, Error };

struct Assessment {
    QString file; // the path as given
    DocumentIdentity identity;
    AssessmentStatus status = AssessmentStatus::Ok;
    QString error; // why the document could not be assessed; empty when status is Ok
    QList<Finding> findings;
    QList<Revision> revisions;
    PdfaResult pdfa;
    QList<SignatureInfo> signatures;
    QDateTime assessedAt; // UTC
    QString engineVersion;
    qint64 durationMs = 0;
    ActiveContent activeContent;

    // True when something is wrong: an error, a failed PDF/A check, a signature that is not intact
    // or failed validation (TOTAL-FAILED), or changes after signing that were not permitted.
    // Drives the CLI's exit status and the document list's icon.
    bool hasProblems() const;
    // True when nothing is wrong but something could not be established: a signature whose
    // validation is INDETERMINATE (no trusted chain, no revocation data ...).
    bool needsAttention() const;
};

QString toString(Integrity integrity);    // "intact", "broken", "unverifiable"
QString toString(SignatureKind kind);     // "signature", "seal", "document-timestamp"
QString toString(Indication indication); // "TOTAL-PASSED", "INDETERMINATE", "TOTAL-FAILED"
QString toString(ProfileOrigin origin);   // "none", "claim", "requested"
QString toString(Severity severity);      // "info", "warning", "error"
std::optional<Integrity> integrityFromString(const QString &text);
QString toString(ActiveContentKind kind); // "javascript", "launch", "goto-remote", ...
std::optional<ActiveContentKind> activeContentKindFromString(const QString &text);

} // namespace granska

Q_DECLARE_METATYPE(granska::Assessment)
