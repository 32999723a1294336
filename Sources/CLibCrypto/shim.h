// OpenSSL's libcrypto, for SHA-256 with the processor's SHA instructions where it has them.
// The one-shot SHA256_* calls are deprecated in OpenSSL 3 but kept; their context is a
// plain struct, so the Swift hasher stays a value type.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
