/* Benchmark (not a test): parses an .ics file with libical, the C library behind Evolution, and counts its
 * VEVENTs, timing only the parse. Two ways libical offers: `stream` feeds icalparser_parse line by line from the
 * file; `string` reads the whole file first (untimed) and parses it with icalcomponent_new_from_string.
 * scripts/bench.sh compiles it with `cc -O2 ... -lical` and runs it under /usr/bin/time for peak memory.
 * usage: libical_parse stream|string FILE */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *read_stream(char *s, size_t size, void *file) { return fgets(s, (int)size, (FILE *)file); }

static char *read_all(FILE *file) {
    if (fseek(file, 0, SEEK_END) != 0) return NULL;
    long size = ftell(file);
    if (size < 0 || fseek(file, 0, SEEK_SET) != 0) return NULL;
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) {
        free(text);
        return NULL;
    }
    text[size] = '\0';
    return text;
}

int main(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[1], "stream") != 0 && strcmp(argv[1], "string") != 0)) {
        fprintf(stderr, "usage: %s stream|string FILE\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[2], "rb");
    if (!file) {
        perror(argv[2]);
        return 1;
    }
    int streaming = strcmp(argv[1], "stream") == 0;
    char *text = NULL;
    if (!streaming && !(text = read_all(file))) {
        fprintf(stderr, "%s: cannot read the whole file\n", argv[2]);
        return 1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    icalparser *parser = NULL;
    icalcomponent *root;
    if (streaming) {
        parser = icalparser_new();
        icalparser_set_gen_data(parser, file);
        root = icalparser_parse(parser, read_stream);
    } else {
        root = icalcomponent_new_from_string(text);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!root) {
        fprintf(stderr, "%s: libical found no component\n", argv[2]);
        return 1;
    }
    int events = icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("libical %s %s events=%d parse_s=%.3f\n", ICAL_VERSION, argv[1], events, secs);
    icalcomponent_free(root);
    if (parser) icalparser_free(parser);
    free(text);
    fclose(file);
    return 0;
}
