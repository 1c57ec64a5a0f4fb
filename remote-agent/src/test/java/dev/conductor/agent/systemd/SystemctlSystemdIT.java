package dev.conductor.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.SandboxProcessRunner;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The systemctl adapter and the drop-ins against the real systemd 252 of a sandbox host. */
@SandboxTest
class SystemctlSystemdIT {

    private static SandboxHost host;
    private static SystemctlSystemd systemd;

    @BeforeAll
    static void writeUnits() {
        systemd = new SystemctlSystemd(new SandboxProcessRunner(host), Duration.ofSeconds(60));
        host.writeFile("/etc/systemd/system/it-ok.service", oneshot("/bin/true"));
        host.writeFile("/etc/systemd/system/it-fail.service",
                oneshot("/bin/sh -c 'echo the-reason-is-42; exit 3'").replace("RemainAfterExit=yes\n", ""));
        host.writeFile("/etc/systemd/system/it-echo@.service", oneshot("/bin/sh -c 'echo hello-$GREETING'"));
        systemd.daemonReload();
    }

    @Test
    void startStopAndState() {
        systemd.start("it-ok.service");
        assertThat(systemd.state("it-ok.service")).isEqualTo(new UnitState("it-ok.service", "loaded", "active", "exited"));
        systemd.restart("it-ok.service");
        assertThat(systemd.state("it-ok.service").active()).isTrue();

        systemd.stop("it-ok.service");
        systemd.stop("it-ok.service");
        systemd.stop("it-never-heard-of.service");
        assertThat(systemd.state("it-ok.service")).isEqualTo(new UnitState("it-ok.service", "loaded", "inactive", "dead"));
        assertThat(systemd.state("it-never-heard-of.service").loadState()).isEqualTo("not-found");
    }

    @Test
    void failedStartQuotesTheJournalAndResetFailedClearsIt() {
        assertThatThrownBy(() -> systemd.start("it-fail.service"))
                .isInstanceOf(SystemdException.class)
                .hasMessageStartingWith("cannot start it-fail.service: Job for it-fail.service failed")
                .hasMessageContaining("the-reason-is-42");
        assertThat(systemd.state("it-fail.service").failed()).isTrue();
        assertThat(systemd.list("it-fail*")).extracting(UnitState::activeState).containsExactly("failed");

        systemd.resetFailed("it-fail.service");
        systemd.resetFailed("it-never-heard-of.service");
        assertThat(systemd.state("it-fail.service").activeState()).isEqualTo("inactive");
    }

    @Test
    void listFindsLoadedInstancesMatchingTheGlob() {
        systemd.start("it-echo@a.service");
        systemd.start("it-echo@b.service");
        assertThat(systemd.list("it-echo@*.service")).containsExactly(
                new UnitState("it-echo@a.service", "loaded", "active", "exited"),
                new UnitState("it-echo@b.service", "loaded", "active", "exited"));
        systemd.stop("it-echo@a.service");
        systemd.stop("it-echo@b.service");
        assertThat(systemd.list("it-nothing-*")).isEmpty();
    }

    @Test
    void dropInTakesEffectAfterDaemonReload() throws IOException, InterruptedException {
        DropIns dropIns = new DropIns(insideHost("/run/systemd/system"));
        List<String> lines = List.of("[Service]", "Environment=GREETING=from-drop-in",
                "LogExtraFields=CONDUCTOR_APP=it-app", "LogExtraFields=CONDUCTOR_DEPLOYMENT=it-app-r1");
        assertThat(dropIns.write("it-echo@c.service", lines)).isTrue();
        assertThat(dropIns.write("it-echo@c.service", lines)).isFalse();
        systemd.daemonReload();

        assertThat(show("Environment", "it-echo@c.service")).isEqualTo("Environment=GREETING=from-drop-in");
        assertThat(show("LogExtraFields", "it-echo@c.service")).contains("CONDUCTOR_APP=it-app");
        systemd.start("it-echo@c.service");
        assertThat(journal("CONDUCTOR_DEPLOYMENT=it-app-r1")).contains("hello-from-drop-in");
        systemd.stop("it-echo@c.service");

        assertThat(dropIns.remove("it-echo@c.service")).isTrue();
        systemd.daemonReload();
        assertThat(show("Environment", "it-echo@c.service")).isEqualTo("Environment=");
    }

    @Test
    void aNewInstanceReadsItsDropInWithoutDaemonReloadAndALoadedOneAsksForIt() throws IOException {
        DropIns dropIns = new DropIns(insideHost("/run/systemd/system"));
        Path file = Path.of("/run/systemd/system/it-echo@fresh.service.d/50-conductor.conf");
        dropIns.write("it-echo@fresh.service", List.of("[Service]", "LogExtraFields=CONDUCTOR_DEPLOYMENT=it-fresh"));

        assertThat(systemd.load("it-echo@fresh.service").current(file, true)).isTrue();
        systemd.start("it-echo@fresh.service");
        assertThat(show("LogExtraFields", "it-echo@fresh.service")).contains("CONDUCTOR_DEPLOYMENT=it-fresh");

        dropIns.write("it-echo@fresh.service", List.of("[Service]", "Environment=GREETING=changed"));
        assertThat(systemd.load("it-echo@fresh.service").needsReload()).isTrue();
        dropIns.remove("it-echo@fresh.service");
        assertThat(systemd.load("it-echo@fresh.service").current(file, false)).isFalse();
        systemd.stop("it-echo@fresh.service");
        assertThat(systemd.load("it-echo@fresh.service").current(file, false)).isTrue();
    }

    /** The naming the function manager relies on: instance NR-PID-UID of the peer, NR counting from 0. */
    @Test
    void anAcceptSocketCountsItsConnectionsAndKillEndsAnInstance() throws InterruptedException {
        host.writeFile("/run/systemd/system/it-acc.socket",
                "[Socket]\nListenStream=/run/it-acc.sock\nSocketMode=0600\nAccept=yes\n");
        host.writeFile("/run/systemd/system/it-acc@.service",
                "[Unit]\nCollectMode=inactive-or-failed\n[Service]\nExecStart=/bin/sleep 60\nStandardInput=socket\n");
        systemd.daemonReload();
        systemd.start("it-acc.socket");
        assertThat(systemd.accepted("it-acc.socket")).isZero();

        String pid = host.execOk("sh", "-c", "nohup perl -MIO::Socket::UNIX -e '$s = IO::Socket::UNIX->new("
                + "Peer => \"/run/it-acc.sock\") or die; sleep 30' >/dev/null 2>&1 & echo $!").stdout().strip();
        String instance = "it-acc@0-" + pid + "-0.service";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!systemd.state(instance).active() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(systemd.accepted("it-acc.socket")).isEqualTo(1);
        assertThat(systemd.list("it-acc@*")).extracting(UnitState::unit).containsExactly(instance);

        systemd.kill(instance);
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!systemd.list("it-acc@*").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(systemd.list("it-acc@*")).isEmpty();
        systemd.kill(instance);
        systemd.kill("it-never-heard-of.service");
        host.exec("kill", pid);
        systemd.stop("it-acc.socket");
        assertThat(systemd.accepted("it-acc.socket")).isZero();
    }

    private static String show(String property, String unit) {
        return host.execOk("systemctl", "show", "-p", property, unit).stdout().strip();
    }

    /** The journal lines matching a field; journald writes asynchronously, so wait a little. */
    private static String journal(String match) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String lines = host.execOk("journalctl", "--no-pager", "-o", "cat", match).stdout().strip();
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            lines = host.execOk("journalctl", "--no-pager", "-o", "cat", match).stdout().strip();
        }
        return lines;
    }

    /** The host's file system as this machine sees it, through its PID 1's root. */
    private static Path insideHost(String path) throws IOException {
        Path state = Path.of(System.getenv().getOrDefault("CONDUCTOR_SANDBOX_STATE", "/var/lib/conductor-sandbox"));
        String pid = Files.readString(state.resolve(host.name()).resolve("pid")).strip();
        return Path.of("/proc", pid, "root").resolve(path.substring(1));
    }

    private static String oneshot(String command) {
        return "[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=" + command + "\n";
    }
}
