/* The libcsv ceiling for `make bench`: parse a file with libcsv alone, one core, counting
 * fields and records. Options match the tokenizer's (strict, report all newlines). */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static size_t fields, records;
static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; (void)ctx; fields++; }
static void on_record(int c, void *ctx) { (void)c; (void)ctx; records++; }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: libcsv-count FILE [DELIM]\n"); return 64; }
    unsigned char delim = argc > 2 ? (unsigned char)argv[2][0] : ';';
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 66; }
    struct csv_parser p;
    csv_init(&p, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI);
    csv_set_delim(&p, delim);
    size_t size = 1 << 20;
    char *buf = aligned_alloc(4096, size);
    ssize_t n;
    while ((n = read(fd, buf, size)) > 0) {
        if (csv_parse(&p, buf, (size_t)n, on_field, on_record, NULL) != (size_t)n) {
            fprintf(stderr, "parse error: %s\n", csv_strerror(csv_error(&p)));
            return 65;
        }
    }
    csv_fini(&p, on_field, on_record, NULL);
    printf("%zu records %zu fields\n", records, fields);
    return 0;
}
