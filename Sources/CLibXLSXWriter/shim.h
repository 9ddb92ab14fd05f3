#ifndef SERVICE_INDEX_CLIBXLSXWRITER_SHIM_H
#define SERVICE_INDEX_CLIBXLSXWRITER_SHIM_H
/* libxlsxwriter (Debian libxlsxwriter-dev): the writer behind report.xlsx. */
#include <xlsxwriter.h>
#endif
