// Reading a certificate makes OpenSSL 3.0 read its public key, and for that it sets up a decoder
// context afresh (OSSL_DECODER_CTX_new_for_pkey): it goes through every key manager and every
// decoder of every provider, comparing names, some 1.1 million instructions, where decoding the
// key then takes 70 thousand. A signed document brings five certificates on average and some bring
// twenty, so the set-up was a tenth of all the work of checking one. Later OpenSSL versions keep
// such contexts; OpenSSL 3.0 does not, so this file does.
//
// The linker sends OpenSSL's own calls to the two functions below through the __wrap_ functions
// here (-Wl,--wrap, in engine/CMakeLists.txt). Only the context for a certificate's key is kept:
// DER SubjectPublicKeyInfo, the public key only, the default library context and properties. It
// is made once per thread and key type (each thread has its own: a context is not shared while in
// use) and lent to every later reading of a key of that type. A context delivers the key it decodes
// to where its maker asked; the kept one delivers to a slot of its own, and the key is moved from
// there to where the borrower asked. Anything else goes to OpenSSL as it is.
#include "KeyDecoderCache.h"

#include <cstring>
#include <memory>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <string>
#include <vector>

extern "C" {
OSSL_DECODER_CTX *__real_OSSL_DECODER_CTX_new_for_pkey(EVP_PKEY **pkey, const char *inputType, const char *inputStructure,
                                                       const char *keyType, int selection, OSSL_LIB_CTX *libctx,
                                                       const char *propquery);
void __real_OSSL_DECODER_CTX_free(OSSL_DECODER_CTX *ctx);
}

namespace granska::ossl {
namespace {

constexpr size_t kMaxKept = 16; // key types per thread; certificates use two or three

struct KeptDecoder {
    std::string keyType;
    OSSL_DECODER_CTX *ctx = nullptr;
    OSSL_DECODER_CONSTRUCT *construct = nullptr; // OpenSSL's, which delivers to `slot`
    void *constructData = nullptr;
    OSSL_DECODER_CLEANUP *cleanup = nullptr;
    EVP_PKEY *slot = nullptr;
    EVP_PKEY **borrower = nullptr; // where the key is wanted; null while not lent
};

int constructForBorrower(OSSL_DECODER_INSTANCE *instance, const OSSL_PARAM *params, void *data)
{
    auto *kept = static_cast<KeptDecoder *>(data);
    const int made = kept->construct(instance, params, kept->constructData);
    if (kept->slot) {
        *kept->borrower = kept->slot;
        kept->slot = nullptr;
    }
    return made;
}

void cleanupKept(void *data)
{
    auto *kept = static_cast<KeptDecoder *>(data);
    if (kept->cleanup)
        kept->cleanup(kept->constructData);
}

struct ThreadDecoders {
    std::vector<std::unique_ptr<KeptDecoder>> kept;
    quint64 lent = 0;
    ~ThreadDecoders()
    {
        for (const auto &decoder : kept)
            __real_OSSL_DECODER_CTX_free(decoder->ctx);
    }
};

thread_local ThreadDecoders decoders;

bool isCertificateKey(const char *inputType, const char *inputStructure, const char *keyType, int selection, OSSL_LIB_CTX *libctx,
                      const char *propquery)
{
    return libctx == nullptr && propquery == nullptr && keyType && inputType && inputStructure && selection == EVP_PKEY_PUBLIC_KEY
           && std::strcmp(inputType, "DER") == 0 && std::strcmp(inputStructure, "SubjectPublicKeyInfo") == 0;
}

// A new context for the key type that delivers to its own slot, or null when OpenSSL made one that
// decodes nothing (an unknown key type) or made none.
std::unique_ptr<KeptDecoder> makeKept(const char *keyType)
{
    auto kept = std::make_unique<KeptDecoder>();
    kept->keyType = keyType;
    kept->ctx = __real_OSSL_DECODER_CTX_new_for_pkey(&kept->slot, "DER", "SubjectPublicKeyInfo", keyType, EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
    if (!kept->ctx)
        return nullptr;
    kept->construct = OSSL_DECODER_CTX_get_construct(kept->ctx);
    kept->constructData = OSSL_DECODER_CTX_get_construct_data(kept->ctx);
    kept->cleanup = OSSL_DECODER_CTX_get_cleanup(kept->ctx);
    if (!kept->construct || OSSL_DECODER_CTX_set_construct(kept->ctx, constructForBorrower) != 1
        || OSSL_DECODER_CTX_set_construct_data(kept->ctx, kept.get()) != 1 || OSSL_DECODER_CTX_set_cleanup(kept->ctx, cleanupKept) != 1) {
        // Put back what was changed, so that freeing cleans up as OpenSSL made it.
        OSSL_DECODER_CTX_set_construct_data(kept->ctx, kept->constructData);
        OSSL_DECODER_CTX_set_cleanup(kept->ctx, kept->cleanup);
        __real_OSSL_DECODER_CTX_free(kept->ctx);
        return nullptr;
    }
    return kept;
}

} // namespace

quint64 keyDecodersLentOnThisThread()
{
    return decoders.lent;
}

} // namespace granska::ossl

using namespace granska::ossl;

extern "C" OSSL_DECODER_CTX *__wrap_OSSL_DECODER_CTX_new_for_pkey(EVP_PKEY **pkey, const char *inputType, const char *inputStructure,
                                                                  const char *keyType, int selection, OSSL_LIB_CTX *libctx,
                                                                  const char *propquery)
{
    if (!pkey || !isCertificateKey(inputType, inputStructure, keyType, selection, libctx, propquery))
        return __real_OSSL_DECODER_CTX_new_for_pkey(pkey, inputType, inputStructure, keyType, selection, libctx, propquery);
    KeptDecoder *available = nullptr;
    for (const auto &kept : decoders.kept) {
        if (!kept->borrower && kept->keyType == keyType) {
            available = kept.get();
            break;
        }
    }
    if (!available && decoders.kept.size() < kMaxKept) {
        if (std::unique_ptr<KeptDecoder> made = makeKept(keyType)) {
            available = made.get();
            decoders.kept.push_back(std::move(made));
        }
    }
    if (!available)
        return __real_OSSL_DECODER_CTX_new_for_pkey(pkey, inputType, inputStructure, keyType, selection, libctx, propquery);
    available->borrower = pkey;
    ++decoders.lent;
    return available->ctx;
}

extern "C" void __wrap_OSSL_DECODER_CTX_free(OSSL_DECODER_CTX *ctx)
{
    if (ctx) {
        for (const auto &kept : decoders.kept) {
            if (kept->ctx == ctx && kept->borrower) {
                kept->borrower = nullptr; // returned, kept for the next key
                return;
            }
        }
    }
    __real_OSSL_DECODER_CTX_free(ctx);
}
