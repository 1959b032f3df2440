#include "QpdfCrypto.h"

#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <qpdf/QPDFCryptoProvider.hh>
#include <stdexcept>
#include <string>

namespace granska {
namespace {

constexpr const char *kProviderName = "granska-openssl";

void check(int status, const char *what)
{
    if (status != 1)
        throw std::runtime_error(std::string("OpenSSL failed: ") + what);
}

struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// RC4 (the cipher of PDF's standard security handler before AES). OpenSSL 3 keeps it in its
// legacy provider, which would be another module to load; the algorithm is a few lines.
class Rc4 {
public:
    void init(const unsigned char *key, size_t length)
    {
        for (int i = 0; i < 256; ++i)
            m_s[i] = static_cast<unsigned char>(i);
        m_i = m_j = 0;
        if (length == 0)
            return;
        unsigned char j = 0;
        for (int i = 0; i < 256; ++i) {
            j = static_cast<unsigned char>(j + m_s[i] + key[size_t(i) % length]);
            std::swap(m_s[i], m_s[j]);
        }
    }
    void process(const unsigned char *in, size_t length, unsigned char *out)
    {
        for (size_t n = 0; n < length; ++n) {
            m_i = static_cast<unsigned char>(m_i + 1);
            m_j = static_cast<unsigned char>(m_j + m_s[m_i]);
            std::swap(m_s[m_i], m_s[m_j]);
            out[n] = in[n] ^ m_s[static_cast<unsigned char>(m_s[m_i] + m_s[m_j])];
        }
    }

private:
    std::array<unsigned char, 256> m_s{};
    unsigned char m_i = 0;
    unsigned char m_j = 0;
};

class OpenSslCrypto : public QPDFCryptoImpl {
public:
    void provideRandomData(unsigned char *data, size_t len) override { check(RAND_bytes(data, int(len)), "random data"); }

    void MD5_init() override { startDigest(EVP_md5()); }
    void MD5_update(unsigned char const *data, size_t len) override { updateDigest(data, len); }
    void MD5_finalize() override { finishDigest(); }
    void MD5_digest(MD5_Digest digest) override { std::memcpy(digest, m_digest.data(), sizeof(MD5_Digest)); }

    void SHA2_init(int bits) override
    {
        switch (bits) {
        case 256: startDigest(EVP_sha256()); break;
        case 384: startDigest(EVP_sha384()); break;
        case 512: startDigest(EVP_sha512()); break;
        default: throw std::logic_error("unsupported SHA-2 length: " + std::to_string(bits));
        }
    }
    void SHA2_update(unsigned char const *data, size_t len) override { updateDigest(data, len); }
    void SHA2_finalize() override { finishDigest(); }
    std::string SHA2_digest() override { return std::string(reinterpret_cast<const char *>(m_digest.data()), m_digestLength); }

    void RC4_init(unsigned char const *key_data, int key_len) override
    {
        m_rc4.init(key_data, key_len < 0 ? std::strlen(reinterpret_cast<const char *>(key_data)) : size_t(key_len));
    }
    void RC4_process(unsigned char const *in_data, size_t len, unsigned char *out_data) override
    {
        m_rc4.process(in_data, len, out_data ? out_data : const_cast<unsigned char *>(in_data));
    }
    void RC4_finalize() override {}

    // QPDF hands over one 16-byte block at a time and keeps the CBC chaining block itself, so each
    // block is enciphered on its own (ECB) and the chaining is done here.
    void rijndael_init(bool encrypt, unsigned char const *key_data, size_t key_len, bool cbc_mode, unsigned char *cbc_block) override
    {
        const EVP_CIPHER *cipher = key_len == 16 ? EVP_aes_128_ecb() : key_len == 24 ? EVP_aes_192_ecb() : key_len == 32 ? EVP_aes_256_ecb() : nullptr;
        if (!cipher)
            throw std::logic_error("unsupported AES key length: " + std::to_string(key_len));
        m_encrypt = encrypt;
        m_cbc = cbc_mode;
        m_cbcBlock = cbc_block;
        m_cipher.reset(EVP_CIPHER_CTX_new());
        check(m_cipher ? 1 : 0, "cipher context");
        check(EVP_CipherInit_ex(m_cipher.get(), cipher, nullptr, key_data, nullptr, encrypt ? 1 : 0), "AES key");
        check(EVP_CIPHER_CTX_set_padding(m_cipher.get(), 0), "AES padding");
    }
    void rijndael_process(unsigned char *in_data, unsigned char *out_data) override
    {
        unsigned char in[rijndael_buf_size];
        std::memcpy(in, in_data, rijndael_buf_size);
        if (m_encrypt && m_cbc) {
            for (size_t i = 0; i < rijndael_buf_size; ++i)
                in[i] ^= m_cbcBlock[i];
        }
        int written = 0;
        check(EVP_CipherUpdate(m_cipher.get(), out_data, &written, in, int(rijndael_buf_size)), "AES block");
        if (m_cbc) {
            if (m_encrypt) {
                std::memcpy(m_cbcBlock, out_data, rijndael_buf_size);
            } else {
                for (size_t i = 0; i < rijndael_buf_size; ++i)
                    out_data[i] ^= m_cbcBlock[i];
                std::memcpy(m_cbcBlock, in, rijndael_buf_size); // the ciphertext, copied before out_data was written
            }
        }
    }
    void rijndael_finalize() override { m_cipher.reset(); }

private:
    void startDigest(const EVP_MD *md)
    {
        if (!m_md)
            m_md.reset(EVP_MD_CTX_new());
        check(m_md && EVP_DigestInit_ex(m_md.get(), md, nullptr), "digest");
    }
    void updateDigest(const unsigned char *data, size_t len) { check(EVP_DigestUpdate(m_md.get(), data, len), "digest"); }
    void finishDigest() { check(EVP_DigestFinal_ex(m_md.get(), m_digest.data(), &m_digestLength), "digest"); }

    std::unique_ptr<EVP_MD_CTX, MdCtxFree> m_md;
    std::array<unsigned char, EVP_MAX_MD_SIZE> m_digest{};
    unsigned int m_digestLength = 0;
    Rc4 m_rc4;
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> m_cipher;
    bool m_encrypt = false;
    bool m_cbc = false;
    unsigned char *m_cbcBlock = nullptr;
};

} // namespace
} // namespace granska

// QPDF's public QPDFCryptoProvider::registerImpl<T> is declared in its header but defined only in
// the library, for QPDF's own providers; this is its definition for ours, as QPDF writes it.
template <>
void QPDFCryptoProvider::registerImpl<granska::OpenSslCrypto>(std::string const &name)
{
    getInstance().m->providers[name] = [] { return std::make_shared<granska::OpenSslCrypto>(); };
}

namespace granska {

void useOpenSslForQpdf()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QPDFCryptoProvider::registerImpl<OpenSslCrypto>(kProviderName);
        QPDFCryptoProvider::setDefaultProvider(kProviderName);
    });
}

// Registered when the program starts, too, so that code using QPDF directly (test fixtures that
// write files) is covered.
const bool registeredAtStart = (useOpenSslForQpdf(), true);

} // namespace granska

// QPDF's static library still contains its GnuTLS provider, whose references to GnuTLS must be
// satisfied at link time. The provider is registered but never chosen (useOpenSslForQpdf makes
// ours the default), so these definitions only report failure. They are hidden, so that a GnuTLS
// loaded into the same process by another library (the GUI's print system, say) is unaffected.
extern "C" {
#define GRANSKA_UNUSED_GNUTLS __attribute__((visibility("hidden")))
constexpr int kGnutlsUnimplemented = -1250; // GNUTLS_E_UNIMPLEMENTED_FEATURE
GRANSKA_UNUSED_GNUTLS int gnutls_hash_init(void **, int) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS int gnutls_hash(void *, const void *, size_t) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS void gnutls_hash_deinit(void *, void *) {}
GRANSKA_UNUSED_GNUTLS int gnutls_cipher_init(void **, int, const void *, const void *) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS int gnutls_cipher_encrypt2(void *, const void *, size_t, void *, size_t) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS int gnutls_cipher_decrypt2(void *, const void *, size_t, void *, size_t) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS void gnutls_cipher_deinit(void *) {}
GRANSKA_UNUSED_GNUTLS size_t gnutls_cipher_get_key_size(int) { return 0; }
GRANSKA_UNUSED_GNUTLS int gnutls_rnd(int, void *, size_t) { return kGnutlsUnimplemented; }
GRANSKA_UNUSED_GNUTLS const char *gnutls_strerror(int) { return "GnuTLS is not linked into Granska"; }
}
