// Real signed files of the shared corpus whose manifest documents intact signatures: intact as
// they are, broken when one signed byte changes. Skipped when the shared folder is absent.
#include "EngineTest.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace granska;
using namespace granska::fixtures;
using namespace enginetest;

namespace {

// A signed byte inside [from, to) that can change without changing how the file parses: a byte of
// the binary comment line after the header, or else a line end after "endobj" (CR and LF swap).
// Returns the offset and the XOR mask; offset -1 when there is none.
std::pair<qint64, quint8> harmlessByte(const QByteArray &bytes, qint64 from, qint64 to)
{
    const qint64 comment = bytes.indexOf("\n%", from);
    if (comment >= 0 && comment + 2 < to && quint8(bytes.at(comment + 2)) >= 0x80)
        return {comment + 2, 0x01};
    for (qint64 at = bytes.indexOf("endobj", from); at >= 0 && at + 6 < to; at = bytes.indexOf("endobj", at + 6)) {
        const char next = bytes.at(at + 6);
        if (next == '\n' || next == '\r')
            return {at + 6, quint8('\n' ^ '\r')};
    }
    return {-1, 0};
}

const QString kCorpusDir = QStringLiteral(GRANSKA_SHARED_DIR "/corpus/signed/files");

// Real files whose corpus manifest documents intact signatures.
const QStringList kIntactCorpusFiles = {
    QStringLiteral("dss__pdf-signed-original.pdf"),
    QStringLiteral("dss__DSS-1983.pdf"),
    QStringLiteral("openpdf__sample_signed-sha512.pdf"),
    QStringLiteral("pyhanko__sig-no-signed-attrs.pdf"),
};

void addCorpusRows()
{
    QTest::addColumn<QString>("file");
    if (!QFileInfo(kCorpusDir).isDir())
        QSKIP(qPrintable(QStringLiteral("The shared corpus is not at %1").arg(kCorpusDir)));
    for (const QString &name : kIntactCorpusFiles)
        QTest::newRow(qPrintable(name)) << QDir(kCorpusDir).filePath(name);
}

} // namespace

void EngineTest::corpusSignaturesIntact_data()
{
    addCorpusRows();
}

void EngineTest::corpusSignaturesIntact()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(QStringLiteral("%1 is not in the shared corpus").arg(file)));
    const Assessment a = assess(file);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QVERIFY(!a.signatures.isEmpty());
    for (const SignatureInfo &s : a.signatures)
        QVERIFY2(s.integrity == Integrity::Intact, qPrintable(describe(a)));
    // The newest signature of these files ends exactly at the end of the file.
    QVERIFY(a.signatures.last().coversWholeDocument);
    QCOMPARE(a.signatures.last().revision, int(a.revisions.size()));
}

void EngineTest::corpusChangedByteBreaksSignature_data()
{
    addCorpusRows();
}

void EngineTest::corpusChangedByteBreaksSignature()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(QStringLiteral("%1 is not in the shared corpus").arg(file)));
    const Assessment original = assess(file);
    QVERIFY(!original.signatures.isEmpty());
    const QList<qint64> range = original.signatures.first().byteRange;
    QCOMPARE(range.size(), 4);

    // Change one signed byte inside the first range, one whose change leaves the objects as they were.
    const QByteArray bytes = fileBytes(file);
    const auto [offset, mask] = harmlessByte(bytes, range.at(0), range.at(0) + range.at(1));
    QVERIFY2(offset > 0, "no harmless byte inside the first signed range");
    const QString changed = path(QFileInfo(file).completeBaseName() + QStringLiteral("-changed.pdf"));
    QVERIFY_FIXTURE(flipByte(file, changed, offset, mask));

    const Assessment a = assess(changed);
    QVERIFY2(a.status == AssessmentStatus::Ok, qPrintable(describe(a)));
    QCOMPARE(a.signatures.size(), original.signatures.size());
    QVERIFY2(a.signatures.first().integrity == Integrity::Broken, qPrintable(describe(a)));
    // Every signature whose signed bytes include the changed one is broken too.
    for (const SignatureInfo &s : a.signatures) {
        if (s.byteRange.size() == 4 && offset >= s.byteRange.at(0) && offset < s.byteRange.at(0) + s.byteRange.at(1))
            QVERIFY2(s.integrity == Integrity::Broken, qPrintable(describe(a)));
    }
    // The original is untouched.
    QCOMPARE(fileBytes(file), bytes);
}
