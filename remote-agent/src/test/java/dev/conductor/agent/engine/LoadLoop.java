package dev.conductor.agent.engine;

import dev.conductor.sandbox.SandboxHost;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A bounded HTTP load inside a sandbox host: curl through Caddy about 40 times a second, at most
 * {@code count} requests and {@code limit} long, one line "BODY STATUS" per request in a file.
 * A request fails on an error answer or a dropped connection, not on slowness: CI runs several
 * sandbox hosts on two cores, where one answer once took over 5 s; only one that takes 20 s counts.
 */
public final class LoadLoop {

    /** What the loop saw. */
    public record Result(int requests, long failures, List<String> bodies, List<String> failed) {}

    private static final String OUT = "/tmp/load.out";
    private final SandboxHost host;

    private LoadLoop(SandboxHost host) {
        this.host = host;
    }

    public static LoadLoop start(SandboxHost host, String path, int count, Duration limit) {
        host.execOk("rm", "-f", OUT, OUT + ".done", OUT + ".stop");
        host.writeFile("/tmp/load.sh", """
                end=$(( $(date +%%s) + %d )); i=0
                while [ $i -lt %d ] && [ $(date +%%s) -lt $end ] && [ ! -e %s.stop ]; do
                  rm -f /tmp/load.body
                  code=$(curl -s -m 20 -o /tmp/load.body -w '%%{http_code}' http://localhost%s) || code="$code:curl-exit-$?"
                  echo "$(tr -d '\\n' < /tmp/load.body 2>/dev/null) $code" >> %s
                  i=$((i+1)); sleep 0.02
                done
                touch %s.done
                """.formatted(limit.toSeconds(), count, OUT, path, OUT, OUT));
        host.execOk("sh", "-c", "nohup sh /tmp/load.sh >/dev/null 2>&1 &");
        LoadLoop load = new LoadLoop(host);
        load.awaitLines(5);
        return load;
    }

    /** Lets the loop run on a little after the action under test, so that its end is covered. */
    public void awaitSomeRequestsAfterNow(int more) {
        awaitLines(lines().size() + more);
    }

    public Result stop() {
        host.execOk("touch", OUT + ".stop");
        Instant deadline = Instant.now().plusSeconds(30);
        while (host.exec("test", "-e", OUT + ".done").exitCode() != 0 && Instant.now().isBefore(deadline)) {
            pause();
        }
        List<String> lines = lines();
        long failures = lines.stream().filter(line -> !line.endsWith(" 200")).count();
        List<String> bodies = lines.stream().map(line -> line.substring(0, line.lastIndexOf(' ')).strip())
                .distinct().toList();
        List<String> failed = lines.stream().filter(line -> !line.endsWith(" 200")).limit(5).toList();
        return new Result(lines.size(), failures, bodies, failed);
    }

    private void awaitLines(int n) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (lines().size() < n && Instant.now().isBefore(deadline)) {
            pause();
        }
    }

    private List<String> lines() {
        return host.exec("cat", OUT).stdout().lines().filter(line -> !line.isBlank()).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
