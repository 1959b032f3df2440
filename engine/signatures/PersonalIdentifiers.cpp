#include "PersonalIdentifiers.h"

#include <QCoreApplication>
#include <QDate>
#include <openssl/objects.h>
#include <algorithm>
#include <optional>

namespace granska {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::PersonalIdentifiers)
};

QString entryText(X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == digits.size() % 2) { // double every second digit counting from the check digit's left
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

// The country of an ETSI EN 319 412-1 identifier, by its ISO 3166 code, in the user's language.
QString countryName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("SE"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Sweden")},
        {QStringLiteral("EE"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Estonia")},
        {QStringLiteral("FI"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Finland")},
        {QStringLiteral("NO"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Norway")},
        {QStringLiteral("DK"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Denmark")},
        {QStringLiteral("LV"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Latvia")},
        {QStringLiteral("LT"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Lithuania")},
        {QStringLiteral("SK"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Slovakia")},
        {QStringLiteral("IT"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Italy")},
        {QStringLiteral("ES"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Spain")},
        {QStringLiteral("BE"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Belgium")},
        {QStringLiteral("BG"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Bulgaria")},
        {QStringLiteral("HU"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Hungary")},
        {QStringLiteral("PL"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Poland")},
        {QStringLiteral("CZ"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Czechia")},
        {QStringLiteral("DE"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Germany")},
        {QStringLiteral("FR"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "France")},
        {QStringLiteral("PT"), QT_TRANSLATE_NOOP("granska::PersonalIdentifiers", "Portugal")},
    };
    const char *name = names.value(code, nullptr);
    return name ? Tr::tr(name) : code;
}

// The patterns below are matched by hand rather than with QRegularExpression, whose compilation
// cost more than the rest of reading a certificate's subject, once in every process.
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// ETSI EN 319 412-1, 5.1.3: a three-letter type, a two-letter country, "-" (or ":" as some issuers
// write it) and the identifier, on one line.
struct SemanticsIdentifier {
    QString type;
    QString country;
    QString id;
};

std::optional<SemanticsIdentifier> semanticsIdentifier(const QString &text)
{
    static const char *const types[] = {"PAS", "IDC", "PNO", "TAX", "TIN"};
    if (text.size() < 7 || !std::any_of(std::begin(types), std::end(types), [&](const char *t) { return text.startsWith(QLatin1String(t)); }))
        return std::nullopt;
    const auto isUpper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    if (!isUpper(text[3]) || !isUpper(text[4]) || (text[5] != QLatin1Char('-') && text[5] != QLatin1Char(':')))
        return std::nullopt;
    QString id = text.mid(6);
    if (id.endsWith(QLatin1Char('\n')))
        id.chop(1);
    if (id.isEmpty() || id.contains(QLatin1Char('\n')))
        return std::nullopt;
    return SemanticsIdentifier{text.left(3), text.mid(3, 2), id};
}

// A bare Swedish number: twelve digits, or eight, a hyphen and four, with no digit on either side.
struct BareNumber {
    qsizetype start = 0;
    qsizetype length = 0;
    QString date;   // the first eight digits
    QString serial; // the last four
};

QList<BareNumber> bareNumbers(const QString &text)
{
    QList<BareNumber> found;
    const auto runFrom = [&](qsizetype from) {
        qsizetype end = from;
        while (end < text.size() && isAsciiDigit(text[end]))
            ++end;
        return end - from;
    };
    for (qsizetype at = 0; at < text.size();) {
        if (!isAsciiDigit(text[at])) {
            ++at;
            continue;
        }
        const qsizetype run = runFrom(at);
        if (run == 12) {
            found.append({at, 12, text.mid(at, 8), text.mid(at + 8, 4)});
        } else if (run == 8 && at + 8 < text.size() && text[at + 8] == QLatin1Char('-') && runFrom(at + 9) == 4) {
            found.append({at, 13, text.mid(at, 8), text.mid(at + 9, 4)});
            at += 13;
            continue;
        }
        at += run;
    }
    return found;
}

QString maskedKeeping(const QString &value, int keep)
{
    QString masked = value.left(keep);
    for (int i = keep; i < value.size(); ++i)
        masked += value.at(i).isLetterOrNumber() ? QLatin1Char('*') : value.at(i);
    return masked;
}

} // namespace

QString swedishIdentityKind(const QString &digits)
{
    // Twelve digits (a final line break aside, as a "$" in a pattern would allow).
    const bool twelve = (digits.size() == 12 || (digits.size() == 13 && digits.back() == QLatin1Char('\n')))
                        && allAsciiDigits(QStringView(digits).first(12));
    if (!twelve || !luhnValid(digits.mid(2)))
        return {};
    const int year = digits.left(4).toInt();
    const int month = digits.mid(4, 2).toInt();
    const int day = digits.mid(6, 2).toInt();
    if (QDate(year, month, day).isValid())
        return QStringLiteral("personnummer");
    if (day > 60 && QDate(year, month, day - 60).isValid())
        return QStringLiteral("samordningsnummer");
    return {};
}

PersonalIdentifier findPersonalIdentifier(X509 *certificate)
{
    PersonalIdentifier found;
    if (!certificate)
        return found;
    X509_NAME *subject = X509_get_subject_name(certificate);
    const std::pair<int, const char *> fields[] = {{NID_serialNumber, "subject serialNumber"}, {NID_commonName, "subject CN"}};
    for (const auto &[nid, field] : fields) {
        const QString text = entryText(subject, nid);
        if (text.isEmpty())
            continue;
        // ETSI EN 319 412-1, 5.1.3: type, country, hyphen, identifier.
        if (const std::optional<SemanticsIdentifier> semantics = semanticsIdentifier(text)) {
            const QString &type = semantics->type, &country = semantics->country, &id = semantics->id;
            const QString kind = country == QLatin1String("SE") && type == QLatin1String("PNO") ? swedishIdentityKind(id) : QString();
            if (!kind.isEmpty()) {
                found.type = kind == QLatin1String("personnummer") ? Tr::tr("Swedish personal identity number")
                                                                   : Tr::tr("Swedish co-ordination number");
                found.masked = text.left(6) + id.left(8) + QStringLiteral("-****");
            } else if (type == QLatin1String("PNO") || type == QLatin1String("IDC") || type == QLatin1String("PAS")) {
                found.type = Tr::tr("National identity number of %1 (%2)").arg(countryName(country), type);
                found.masked = text.left(6) + maskedKeeping(id, 2);
            } else {
                continue; // tax and organisation numbers are not personal identity numbers
            }
            found.value = text;
            found.field = QString::fromLatin1(field);
            return found;
        }
        // A bare Swedish number, with or without the hyphen.
        for (const BareNumber &d : bareNumbers(text)) {
            const QString kind = swedishIdentityKind(d.date + d.serial);
            if (kind.isEmpty())
                continue;
            found.type = kind == QLatin1String("personnummer") ? Tr::tr("Swedish personal identity number")
                                                               : Tr::tr("Swedish co-ordination number");
            found.value = text.mid(d.start, d.length);
            found.masked = d.date + QStringLiteral("-****");
            found.field = QString::fromLatin1(field);
            return found;
        }
    }
    return found;
}

bool isLegalPersonCertificate(X509 *certificate, const CertificateInfo &info)
{
    for (const QString &statement : info.qcStatements) {
        if (statement.startsWith(QLatin1String("QcType")) && statement.contains(QLatin1String("eseal")))
            return true;
        if (statement.startsWith(QLatin1String("SemanticsId")) && statement.contains(QLatin1String("legal")))
            return true;
    }
    if (!certificate)
        return false;
    X509_NAME *subject = X509_get_subject_name(certificate);
    const bool organisation = !entryText(subject, NID_organizationIdentifier).isEmpty();
    const bool naturalPerson = !entryText(subject, NID_givenName).isEmpty() || !entryText(subject, NID_surname).isEmpty()
                               || !entryText(subject, NID_pseudonym).isEmpty();
    return organisation && !naturalPerson;
}

} // namespace granska
