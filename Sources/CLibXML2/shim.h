// libxml2's HTML parser, for reading article pages (MarsadIngest's HTMLReader).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 concurrency checking refuses.
static inline void marsad_xmlFree(void *pointer) { xmlFree(pointer); }
