// QPDF's cryptography (decrypting encrypted PDFs, the MD5 of a written file's /ID) done with
// OpenSSL, which the engine loads anyway for signatures.
//
// Debian's QPDF calls GnuTLS for it. Linking QPDF's static library with this provider instead keeps
// GnuTLS and the eight libraries it pulls in out of the process: loading them took about 2 ms of
// every `granska-cli check`, as much as assessing a typical signed document.
#pragma once

namespace granska {

// Makes this provider QPDF's default. Idempotent and thread-safe. It runs when the program starts;
// PdfDocument calls it as well, which also makes sure the provider is linked in.
void useOpenSslForQpdf();

} // namespace granska
