// zlib, for compressing the analyses the SQLite store keeps.
#include <zlib.h>
