#ifndef SERVICE_INDEX_CLIBCSV_SHIM_H
#define SERVICE_INDEX_CLIBCSV_SHIM_H
#include <csv.h>
#endif
