#include "ModificationFixtures.h"

#include "FileBytes.h"
#include "IncrementalUpdate.h"

#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace granska::fixtures;

namespace modificationtest {
namespace {

constexpr QByteArrayView kByteRangePlaceholder("[0 0000000000 0000000000 0000000000]");
constexpr int kContentsBytes = 256;

template <typename Function>
FixtureStatus attempt(const char *operation, Function &&function)
{
    try {
        function();
    } catch (const std::exception &e) {
        return FixtureStatus::failure(QStringLiteral("%1: %2").arg(QLatin1String(operation), QString::fromUtf8(e.what())));
    }
    return FixtureStatus::success();
}

QPDFObjectHandle firstPage(IncrementalUpdate &update)
{
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(update.pdf()).getAllPages();
    if (pages.empty())
        throw FixtureError(QStringLiteral("the document has no pages"));
    return pages.front().getObjectHandle();
}

std::string literal(const QString &text)
{
    return QPDFObjectHandle::newString(text.toLatin1().toStdString()).unparse();
}

std::string fieldAppearanceContent(const QString &value)
{
    return "/Tx BMC\nBT /Helv 12 Tf 2 5 Td " + literal(value) + " Tj ET\nEMC\n";
}

QPDFObjectHandle helvetica(IncrementalUpdate &update)
{
    return update.addObject(QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
}

QPDFObjectHandle fieldAppearance(IncrementalUpdate &update, const QString &value, QPDFObjectHandle font)
{
    QPDFObjectHandle stream = update.pdf().newStream(fieldAppearanceContent(value));
    QPDFObjectHandle dict = stream.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dict.replaceKey("/BBox", QPDFObjectHandle::parse("[0 0 250 20]"));
    QPDFObjectHandle resources = QPDFObjectHandle::parse("<< /Font << >> >>");
    resources.getKey("/Font").replaceKey("/Helv", font);
    dict.replaceKey("/Resources", resources);
    return update.addObject(stream);
}

QPDFObjectHandle formOf(IncrementalUpdate &update)
{
    QPDFObjectHandle root = update.root();
    if (!root.getKey("/AcroForm").isDictionary())
        root.replaceKey("/AcroForm", QPDFObjectHandle::parse("<< /Fields [] /DA (/Helv 0 Tf 0 g) >>"));
    QPDFObjectHandle form = root.getKey("/AcroForm");
    if (!form.getKey("/Fields").isArray())
        form.replaceKey("/Fields", QPDFObjectHandle::newArray());
    update.markChanged(form.isIndirect() ? form : root);
    return form;
}

void appendAnnotation(IncrementalUpdate &update, QPDFObjectHandle page, QPDFObjectHandle annotation)
{
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (annots.isArray() && annots.isIndirect()) {
        annots.appendItem(annotation);
        update.markChanged(annots);
        return;
    }
    if (!annots.isArray()) {
        page.replaceKey("/Annots", QPDFObjectHandle::newArray());
        annots = page.getKey("/Annots");
    }
    annots.appendItem(annotation);
    update.markChanged(page);
}

QPDFObjectHandle fieldNamed(IncrementalUpdate &update, const QString &name)
{
    QPDFObjectHandle fields = update.root().getKeyIfDict("/AcroForm").getKeyIfDict("/Fields");
    if (fields.isArray()) {
        for (QPDFObjectHandle field : fields.getArrayAsVector()) {
            if (field.isDictionary() && field.getKey("/T").isString() && field.getKey("/T").getUTF8Value() == name.toStdString())
                return field;
        }
    }
    throw FixtureError(QStringLiteral("no field named %1").arg(name));
}

void write(const IncrementalUpdate &update, const QString &output)
{
    writeFileBytes(output, update.write().bytes);
}

} // namespace

FixtureStatus addTextFields(const QString &input, const QString &output, const QStringList &names, const QString &sharedAppearanceKey)
{
    return attempt("addTextFields", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle page = firstPage(update);
        QPDFObjectHandle form = formOf(update);
        QPDFObjectHandle font = helvetica(update);
        form.replaceKey("/DR", QPDFObjectHandle::parse("<< /Font << >> >>"));
        form.getKey("/DR").getKey("/Font").replaceKey("/Helv", font);
        int y = 600;
        for (const QString &name : names) {
            const QString value = QStringLiteral("Initial %1").arg(name);
            QPDFObjectHandle appearance = fieldAppearance(update, value, font);
            QPDFObjectHandle field = QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /DA (/Helv 12 Tf 0 g) >>");
            field.replaceKey("/T", QPDFObjectHandle::newUnicodeString(name.toStdString()));
            field.replaceKey("/V", QPDFObjectHandle::newUnicodeString(value.toStdString()));
            field.replaceKey("/Rect", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(50, y, 300, y + 20)));
            field.replaceKey("/P", page);
            QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
            ap.replaceKey("/N", appearance);
            field.replaceKey("/AP", ap);
            field = update.addObject(field);
            form.getKey("/Fields").appendItem(field);
            appendAnnotation(update, page, field);
            if (!sharedAppearanceKey.isEmpty() && name == names.first()) {
                update.root().replaceKey(("/" + sharedAppearanceKey).toStdString(), appearance);
                update.markChanged(update.root());
            }
            y -= 40;
        }
        write(update, output);
    });
}

FixtureStatus certify(const QString &input, const QString &output, const Certification &certification)
{
    return attempt("certify", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle page = firstPage(update);
        QByteArray references;
        if (certification.p > 0) {
            references += "<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P "
                          + QByteArray::number(certification.p) + " /V /1.2 >> >>";
        }
        if (!certification.lockedFields.isEmpty()) {
            references += " << /Type /SigRef /TransformMethod /FieldMDP /TransformParams << /Type /TransformParams /Action /Include /Fields [";
            for (const QString &name : certification.lockedFields)
                references += QByteArray::fromStdString(literal(name)) + ' ';
            references += "] /V /1.2 >> >>";
        }
        QByteArray body = certification.documentTimestamp ? "<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161"
                                                          : "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached";
        body += "\n/ByteRange " + kByteRangePlaceholder.toByteArray() + "\n/Contents <" + QByteArray(kContentsBytes * 2, '0') + '>';
        if (!certification.documentTimestamp)
            body += "\n/M (D:20240315103000+01'00')";
        if (!references.isEmpty())
            body += " /Reference [" + references + "]";
        body += " >>";
        QPDFObjectHandle signature = update.addRawObject(body);

        QPDFObjectHandle field = QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /Rect [0 0 0 0] >>");
        field.replaceKey("/T", QPDFObjectHandle::newUnicodeString(certification.fieldName.toStdString()));
        field.replaceKey("/V", signature);
        field.replaceKey("/P", page);
        field = update.addObject(field);
        QPDFObjectHandle form = formOf(update);
        form.getKey("/Fields").appendItem(field);
        form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
        appendAnnotation(update, page, field);
        if (certification.p > 0) {
            QPDFObjectHandle perms = QPDFObjectHandle::newDictionary();
            perms.replaceKey("/DocMDP", signature);
            update.root().replaceKey("/Perms", perms);
            update.markChanged(update.root());
        }

        IncrementalUpdate::Output written = update.write();
        QByteArray &bytes = written.bytes;
        const qint64 bodyOffset = written.bodyOffsets.value(signature.getObjectID());
        const qint64 rangeAt = bodyOffset + body.indexOf(kByteRangePlaceholder);
        const qint64 contentsStart = bodyOffset + body.indexOf("/Contents <") + 10;
        const qint64 contentsEnd = contentsStart + 2 + kContentsBytes * 2;
        QByteArray range = "[0 " + QByteArray::number(contentsStart) + ' ' + QByteArray::number(contentsEnd) + ' '
                           + QByteArray::number(bytes.size() - contentsEnd) + ']';
        bytes.replace(rangeAt, kByteRangePlaceholder.size(), range.leftJustified(kByteRangePlaceholder.size(), ' '));
        writeFileBytes(output, bytes);
    });
}

FixtureStatus fillField(const QString &input, const QString &output, const QString &name, const QString &value, AppearanceUpdate appearance)
{
    return attempt("fillField", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle field = fieldNamed(update, name);
        field.replaceKey("/V", QPDFObjectHandle::newUnicodeString(value.toStdString()));
        if (appearance == AppearanceUpdate::NewObject) {
            QPDFObjectHandle font = field.getKey("/AP").getKey("/N").getDict().getKey("/Resources").getKey("/Font").getKey("/Helv");
            QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
            ap.replaceKey("/N", fieldAppearance(update, value, font));
            field.replaceKey("/AP", ap);
        } else if (appearance == AppearanceUpdate::InPlace) {
            QPDFObjectHandle stream = field.getKey("/AP").getKey("/N");
            stream.replaceStreamData(fieldAppearanceContent(value), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            update.markChanged(stream);
        }
        update.markChanged(field);
        write(update, output);
    });
}

FixtureStatus changeAppearanceOnly(const QString &input, const QString &output, const QString &name)
{
    return attempt("changeAppearanceOnly", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle field = fieldNamed(update, name);
        QPDFObjectHandle stream = field.getKey("/AP").getKey("/N");
        stream.replaceStreamData(fieldAppearanceContent(QStringLiteral("Something else entirely")), QPDFObjectHandle::newNull(),
                                 QPDFObjectHandle::newNull());
        update.markChanged(stream);
        write(update, output);
    });
}

FixtureStatus setWidgetFlags(const QString &input, const QString &output, const QString &name, int flags)
{
    return attempt("setWidgetFlags", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle field = fieldNamed(update, name);
        field.replaceKey("/F", QPDFObjectHandle::newInteger(flags));
        update.markChanged(field);
        write(update, output);
    });
}

FixtureStatus addDss(const QString &input, const QString &output)
{
    return attempt("addDss", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle certificate = update.addObject(update.pdf().newStream(std::string("\x30\x03\x02\x01\x01", 5)));
        QPDFObjectHandle dss = QPDFObjectHandle::parse("<< /Certs [] /OCSPs [] /CRLs [] >>");
        dss.getKey("/Certs").appendItem(certificate);
        update.root().replaceKey("/DSS", update.addObject(dss));
        update.root().replaceKey("/Extensions", QPDFObjectHandle::parse("<< /ESIC << /BaseVersion /1.7 /ExtensionLevel 5 >> >>"));
        update.markChanged(update.root());
        write(update, output);
    });
}

FixtureStatus addAnnotation(const QString &input, const QString &output, int page)
{
    return attempt("addAnnotation", [&] {
        IncrementalUpdate update(readFileBytes(input));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(update.pdf()).getAllPages();
        if (page < 1 || size_t(page) > pages.size())
            throw FixtureError(QStringLiteral("no page %1").arg(page));
        QPDFObjectHandle target = pages[size_t(page - 1)].getObjectHandle();
        QPDFObjectHandle annotation = QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Square /Rect [100 100 200 200] /C [1 0 0] >>");
        annotation.replaceKey("/P", target);
        appendAnnotation(update, target, update.addObject(annotation));
        write(update, output);
    });
}

FixtureStatus addPage(const QString &input, const QString &output)
{
    return attempt("addPage", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle pages = update.root().getKey("/Pages");
        QPDFObjectHandle content = update.addObject(update.pdf().newStream(std::string("BT /F1 14 Tf 72 720 Td (An added page) Tj ET\n")));
        QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>");
        page.replaceKey("/Parent", pages);
        page.replaceKey("/Contents", content);
        page.replaceKey("/Resources", firstPage(update).getKey("/Resources"));
        page = update.addObject(page);
        pages.getKey("/Kids").appendItem(page);
        pages.replaceKey("/Count", QPDFObjectHandle::newInteger(pages.getKey("/Count").getIntValue() + 1));
        update.markChanged(pages);
        write(update, output);
    });
}

FixtureStatus removeLastPage(const QString &input, const QString &output)
{
    return attempt("removeLastPage", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle pages = update.root().getKey("/Pages");
        QPDFObjectHandle kids = pages.getKey("/Kids");
        if (kids.getArrayNItems() < 2)
            throw FixtureError(QStringLiteral("the document needs two pages"));
        kids.eraseItem(kids.getArrayNItems() - 1);
        pages.replaceKey("/Count", QPDFObjectHandle::newInteger(kids.getArrayNItems()));
        update.markChanged(pages);
        write(update, output);
    });
}

FixtureStatus replacePageContent(const QString &input, const QString &output, const QString &text)
{
    return attempt("replacePageContent", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle contents = firstPage(update).getKey("/Contents");
        if (contents.isArray())
            contents = contents.getArrayItem(0);
        contents.replaceStreamData("BT\n/F1 14 Tf\n72 720 Td\n" + literal(text) + " Tj\nET\n", QPDFObjectHandle::newNull(),
                                   QPDFObjectHandle::newNull());
        update.markChanged(contents);
        write(update, output);
    });
}

FixtureStatus rewriteUnchanged(const QString &input, const QString &output)
{
    return attempt("rewriteUnchanged", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle page = firstPage(update);
        update.markChanged(update.root());
        update.markChanged(page);
        QPDFObjectHandle contents = page.getKey("/Contents");
        if (contents.isStream())
            update.markChanged(contents);
        write(update, output);
    });
}

FixtureStatus addDanglingContent(const QString &input, const QString &output, int objectNumber)
{
    return attempt("addDanglingContent", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle page = firstPage(update);
        QPDFObjectHandle contents = QPDFObjectHandle::newArray();
        contents.appendItem(page.getKey("/Contents"));
        contents.appendItem(update.pdf().getObject(objectNumber, 0));
        page.replaceKey("/Contents", contents);
        update.markChanged(page);
        write(update, output);
    });
}

FixtureStatus fillDanglingContent(const QString &input, const QString &output, int objectNumber)
{
    return attempt("fillDanglingContent", [&] {
        IncrementalUpdate update(readFileBytes(input));
        // Streams are always indirect in QPDF: make one, then give it the awaited number.
        QPDFObjectHandle stream = update.pdf().newStream(std::string("BT /F1 40 Tf 72 400 Td (Added after signing) Tj ET\n"));
        update.pdf().swapObjects(QPDFObjGen(objectNumber, 0), stream.getObjGen());
        update.markChanged(update.pdf().getObject(objectNumber, 0));
        write(update, output);
    });
}

FixtureStatus removeFinalEofMarker(const QString &input, const QString &output)
{
    return attempt("removeFinalEofMarker", [&] {
        QByteArray bytes = readFileBytes(input);
        const qsizetype eof = bytes.lastIndexOf("%%EOF");
        if (eof < 0)
            throw FixtureError(QStringLiteral("no %%EOF in %1").arg(input));
        bytes.truncate(eof);
        writeFileBytes(output, bytes);
    });
}

FixtureStatus appendBytes(const QString &input, const QString &output, const QByteArray &bytes)
{
    return attempt("appendBytes", [&] { writeFileBytes(output, readFileBytes(input) + bytes); });
}

FixtureStatus addRawResource(const QString &input, const QString &output, const QByteArray &body)
{
    return attempt("addRawResource", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle page = firstPage(update);
        QPDFObjectHandle resources = page.getKey("/Resources");
        if (!resources.isDictionary())
            throw FixtureError(QStringLiteral("the first page has no resources"));
        resources.replaceKey("/Extra", update.addRawObject(body));
        update.markChanged(resources.isIndirect() ? resources : page);
        write(update, output);
    });
}

FixtureStatus loopPageTree(const QString &input, const QString &output)
{
    return attempt("loopPageTree", [&] {
        IncrementalUpdate update(readFileBytes(input));
        QPDFObjectHandle pages = update.root().getKey("/Pages");
        pages.getKey("/Kids").appendItem(pages);
        update.markChanged(pages);
        write(update, output);
    });
}

} // namespace modificationtest
