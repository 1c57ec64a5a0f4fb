/* The ceiling of any cgi server on this machine, for function-bench: forks and execs SCRIPT COUNT
 * times, one after the other, its stdout on /dev/null, and prints the rate. No HTTP, no parsing,
 * no proxy: run one per core and add the rates. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: fork-rate SCRIPT COUNT\n"); return 2; }
    int count = atoi(argv[2]);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int i = 0; i < count; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            execl(argv[1], argv[1], (char *) NULL);
            _exit(127);
        }
        int status;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) { fprintf(stderr, "fork-rate: %s failed\n", argv[1]); return 1; }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double) (end.tv_sec - start.tv_sec) + (double) (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%.0f\n", count / seconds);
    return 0;
}
