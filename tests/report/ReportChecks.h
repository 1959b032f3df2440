// What the report tests check on an exported PDF: its text, its images, and whether Granska's own
// PDF/A-1b validation and PDFBox preflight accept it.
#pragma once

#include <QString>
#include <QStringList>

namespace granska::testing {

// The text of every page, as a reader copying from the PDF would get it.
QString pdfText(const QString &path);

// The number of distinct image XObjects the pages use.
int imageCount(const QString &path);

// The failed rules when Granska validates the file as PDF/A-1b ("no verdict: ..." when it reaches
// none); empty when it is compliant.
QStringList granskaPdfA1bFailures(const QString &path);

// PDFBox 2 preflight as Debian installs it (libpdfbox2-java): the jars it needs, or empty.
QStringList preflightClassPath();
// True when preflight is installed (else the caller skips).
bool preflightAvailable();
// Runs preflight on the file; true when it says it is a valid PDF/A-1b file. `output` gets what
// it printed.
bool passesPreflight(const QString &path, QString *output);

} // namespace granska::testing
