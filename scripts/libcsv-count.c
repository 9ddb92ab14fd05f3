/* The libcsv ceiling for `make bench`: libcsv alone counting fields and records over a file,
 * on THREADS threads, each parsing a slice cut at a line feed. Options match the tokenizer's
 * (report all newlines); lenient, since a slice may start inside a quoted field: this measures
 * the parser's speed, not the file's validity.
 * Usage: libcsv-count FILE DELIMITER THREADS */
#include <csv.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct slice { const char *path; unsigned char delim; off_t start, end; size_t fields, records; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; ((struct slice *)ctx)->fields++; }
static void on_record(int c, void *ctx) { (void)c; ((struct slice *)ctx)->records++; }

static void *parse_slice(void *arg) {
    struct slice *s = arg;
    int fd = open(s->path, O_RDONLY);
    if (fd < 0) { perror(s->path); exit(66); }
    struct csv_parser p;
    csv_init(&p, CSV_REPALL_NL);
    csv_set_delim(&p, s->delim);
    size_t size = 1 << 20;
    char *buf = aligned_alloc(4096, size);
    off_t at = s->start;
    while (at < s->end) {
        size_t want = (size_t)(s->end - at) < size ? (size_t)(s->end - at) : size;
        ssize_t n = pread(fd, buf, want, at);
        if (n <= 0) break;
        csv_parse(&p, buf, (size_t)n, on_field, on_record, s);
        at += n;
    }
    csv_fini(&p, on_field, on_record, s);
    csv_free(&p);
    free(buf);
    close(fd);
    return NULL;
}

/* The offset just after the first line feed at or after `at`. */
static off_t next_line(int fd, off_t at, off_t size) {
    char buf[4096];
    while (at < size) {
        ssize_t n = pread(fd, buf, sizeof buf, at);
        if (n <= 0) return size;
        char *nl = memchr(buf, '\n', (size_t)n);
        if (nl) return at + (nl - buf) + 1;
        at += n;
    }
    return size;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: libcsv-count FILE [DELIMITER] [THREADS]\n"); return 64; }
    unsigned char delim = argc > 2 ? (unsigned char)argv[2][0] : ';';
    int threads = argc > 3 ? atoi(argv[3]) : 1;
    if (threads < 1) threads = 1;
    struct stat info;
    if (stat(argv[1], &info) != 0) { perror(argv[1]); return 66; }
    int fd = open(argv[1], O_RDONLY);
    struct slice *slices = calloc((size_t)threads, sizeof *slices);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    off_t start = 0;
    for (int i = 0; i < threads; i++) {
        off_t end = i == threads - 1 ? info.st_size : next_line(fd, info.st_size * (i + 1) / threads, info.st_size);
        slices[i] = (struct slice){argv[1], delim, start, end, 0, 0};
        start = end;
        pthread_create(&ids[i], NULL, parse_slice, &slices[i]);
    }
    size_t fields = 0, records = 0;
    for (int i = 0; i < threads; i++) {
        pthread_join(ids[i], NULL);
        fields += slices[i].fields;
        records += slices[i].records;
    }
    printf("%zu records %zu fields\n", records, fields);
    return 0;
}
