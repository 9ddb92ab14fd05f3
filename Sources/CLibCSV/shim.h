#ifndef SERVICE_INDEX_CLIBCSV_SHIM_H
#define SERVICE_INDEX_CLIBCSV_SHIM_H
#include <csv.h>
/* malloc_usable_size, for the tokenizer's doubling realloc given to libcsv. */
#include <malloc.h>
#endif
