/* Benchmark (not a test): parses an .ics file with libical, the C library behind Evolution, and counts its
 * VEVENTs, timing only the parse. scripts/bench.sh compiles it with `cc -O2 ... -lical` and runs it under
 * /usr/bin/time for peak memory. usage: libical_parse FILE */
#include <libical/ical.h>
#include <stdio.h>
#include <time.h>

static char *read_stream(char *s, size_t size, void *file) { return fgets(s, (int)size, (FILE *)file); }

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[1], "r");
    if (!file) {
        perror(argv[1]);
        return 1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    icalparser *parser = icalparser_new();
    icalparser_set_gen_data(parser, file);
    icalcomponent *root = icalparser_parse(parser, read_stream);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!root) {
        fprintf(stderr, "%s: libical found no component\n", argv[1]);
        return 1;
    }
    int events = icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("libical %s events=%d parse_s=%.3f\n", ICAL_VERSION, events, secs);
    icalcomponent_free(root);
    icalparser_free(parser);
    fclose(file);
    return 0;
}
