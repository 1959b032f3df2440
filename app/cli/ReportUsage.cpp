// The usage text of `granska-cli report`, apart from the command itself: `granska-cli` shows it
// without loading what reports need (see main.cpp).
#include "AssessmentOptions.h"
#include "ReportCommand.h"

#include <QCoreApplication>

namespace granska::cli {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(granska::cli::Report)
};

} // namespace

QString reportUsage()
{
    return Tr::tr(
               "Usage: granska-cli report [--profile P] [--trust-anchor FILE]... [--trusted-list FILE]... [--validation-time T]\n"
               "                          [--show-personal-data] [--reviewer NAME] [--title TEXT] [--summary] [--full]\n"
               "                          [--no-pictures] [--json] -o OUT PATH...\n"
               "\n"
               "Assesses PDF documents and writes the report for the records to OUT: for one document its\n"
               "assessment report, for several (or a folder) a summary with one row per document. The PDF is\n"
               "PDF/A-1b. PATH may be a file or a folder (searched recursively for .pdf files).\n"
               "\n"
               "  -o, --output OUT  the report file to write (replaced if it exists)\n"
               "  --json            write the machine-readable report (JSON) instead of a PDF\n"
               "  --reviewer NAME   the reviewer named in the report\n"
               "  --title TEXT      the summary's title (default: Assessment summary)\n"
               "  --summary         a summary even for one document\n"
               "  --full            after the summary, each document's full report\n"
               "  --no-pictures     leave out the pictures of the first page and of the signatures\n")
           + AssessmentOptions::help()
           + Tr::tr("\nExit status: 0 no findings, 1 findings, 2 a document could not be assessed, the report could not be\n"
                    "written, or bad usage.\n");
}

} // namespace granska::cli
