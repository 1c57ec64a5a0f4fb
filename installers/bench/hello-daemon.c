/* A trivial HTTP/1.1 "hello" for function-bench, as fast as a program gets: with no argument it
 * serves request after request on stdin/stdout (http-stdio multi); with "listen" it takes its
 * listening socket from systemd (LISTEN_FDS, fd 3) and forks a child per connection (parallel). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char answer[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";

/* Answers each request head (up to its blank line) on in/out; bodies are not expected. */
static void serve(int in, int out) {
    char buf[16384];
    size_t have = 0;
    for (;;) {
        ssize_t n = read(in, buf + have, sizeof buf - have);
        if (n <= 0) return;
        have += (size_t) n;
        char *end;
        while ((end = memmem(buf, have, "\r\n\r\n", 4)) != NULL) {
            size_t used = (size_t) (end - buf) + 4;
            if (write(out, answer, sizeof answer - 1) < 0) return;
            memmove(buf, buf + used, have - used);
            have -= used;
        }
        if (have == sizeof buf) return;
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        serve(0, 1);
        return 0;
    }
    const char *fds = getenv("LISTEN_FDS");
    if (fds == NULL || atoi(fds) != 1) return 2;
    signal(SIGCHLD, SIG_IGN);
    for (;;) {
        int c = accept(3, NULL, NULL);
        if (c < 0) continue;
        if (fork() == 0) {
            close(3);
            serve(c, c);
            _exit(0);
        }
        close(c);
    }
}
