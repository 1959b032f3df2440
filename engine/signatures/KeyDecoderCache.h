// OpenSSL 3.0's decoder contexts for certificate keys, made once per thread and key type and lent
// out again (see KeyDecoderCache.cpp). Nothing to call: the linker routes OpenSSL's own calls here.
#pragma once

#include <QtGlobal>

namespace granska::ossl {

// How many times this thread's certificate keys were read with a kept context, for tests: zero
// after reading certificates means the linker did not route OpenSSL's calls here.
quint64 keyDecodersLentOnThisThread();

} // namespace granska::ossl
