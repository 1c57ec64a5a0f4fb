package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.engine.AgentPaths;
import dev.conductor.protocol.method.LogLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each change source reacts to, and the journal lines and commands behind logs and events. */
class ChangeSourcesTest {

    @TempDir
    Path root;
    private final BlockingQueue<Set<RowKind>> triggers = new LinkedBlockingQueue<>();

    @Test
    void systemdMessagesAboutConductorUnitsConcernTheirRows() {
        assertThat(SystemdJournalChanges.classify("{\"UNIT\":\"conductor-deployment@web-r1.service\",\"__CURSOR\":\"x\"}"))
                .containsExactly(RowKind.DEPLOYMENT);
        assertThat(SystemdJournalChanges.classify("{\"UNIT\":\"conductor-service-config@web.service\"}"))
                .containsExactly(RowKind.SERVICE);
        assertThat(SystemdJournalChanges.classify("{\"UNIT\":\"ssh.service\"}")).isEmpty();
        assertThat(SystemdJournalChanges.classify("{\"MESSAGE\":\"conductor-x reloading\"}")).isEmpty();
        assertThat(SystemdJournalChanges.classify("conductor- garbage")).isEmpty();
    }

    @Test
    void busSignalsOfConductorUnitObjectsConcernTheirRows() {
        String signal = "{\"type\":\"signal\",\"path\":\"/org/freedesktop/systemd1/unit/%s\",\"member\":\"PropertiesChanged\"}";

        assertThat(SystemdBusChanges.classify(signal.formatted("conductor_2ddeployment_40hello_2dr1_2eservice")))
                .containsExactly(RowKind.DEPLOYMENT);
        assertThat(SystemdBusChanges.classify(signal.formatted("conductor_2dservice_40a_2eservice")))
                .containsExactly(RowKind.SERVICE);
        assertThat(SystemdBusChanges.classify(signal.formatted("ssh_2eservice"))).isEmpty();
        assertThat(SystemdBusChanges.unescape("conductor_2ddeployment_2dconfig_40hello_2dr1_2eservice"))
                .isEqualTo("conductor-deployment-config@hello-r1.service");
        assertThat(SystemdBusChanges.classify("Monitoring bus message stream.")).isEmpty();
    }

    @Test
    void podAndContainerEventsConcernDeployments() {
        assertThat(PodmanChanges.classify("{\"Name\":\"web-r1\",\"Status\":\"stop\",\"Type\":\"pod\"}"))
                .containsExactly(RowKind.DEPLOYMENT);
        assertThat(PodmanChanges.classify("{\"Name\":\"web-r1-app\",\"Status\":\"died\",\"Type\":\"container\"}"))
                .containsExactly(RowKind.DEPLOYMENT);
        assertThat(PodmanChanges.classify("{\"Type\":\"image\"}")).isEmpty();
        assertThat(PodmanChanges.classify("Error: something")).isEmpty();
    }

    @Test
    void directoryChangesSeeServicesStateAndDeploymentsIncludingRootsMadeLater() throws Exception {
        Files.createDirectories(root.resolve("services"));
        Files.createDirectories(root.resolve("run"));
        AgentPaths paths = new AgentPaths(List.of(root.resolve("services")), root.resolve("host.json"),
                root.resolve("state"), root.resolve("run/deployments"));
        try (DirectoryChanges watcher = new DirectoryChanges(paths)) {
            watcher.start(triggers::add);

            Files.createDirectories(root.resolve("services/web"));
            assertThat(next()).contains(RowKind.SERVICE, RowKind.DEPLOYMENT);
            quiet();
            Files.writeString(root.resolve("services/web/conductor-service.json"), "{}");
            assertThat(next()).contains(RowKind.SERVICE);
            quiet();
            Files.createDirectories(root.resolve("run/deployments"));
            assertThat(next()).contains(RowKind.DEPLOYMENT);
            quiet();
            Files.createDirectories(root.resolve("run/deployments/web-r1"));
            assertThat(next()).containsExactly(RowKind.DEPLOYMENT);
        }
    }

    @Test
    void aCommandWatcherClassifiesLinesRestartsTheCommandAndKillsItOnClose() throws Exception {
        Path pid = root.resolve("pid");
        String line = "{\"UNIT\":\"conductor-service@a.service\"}";
        CommandWatcher watcher = new CommandWatcher("test", List.of("sh", "-c",
                "echo $$ > " + pid + "; echo '" + line + "'; echo noise; [ -e " + root.resolve("again") + " ] && exec sleep 60;"
                        + " touch " + root.resolve("again")), SystemdJournalChanges::classify);
        watcher.start(triggers::add);

        assertThat(next()).containsExactly(RowKind.SERVICE);
        assertThat(next()).isEqualTo(EnumSet.allOf(RowKind.class)); // it ended: everything is recomputed
        assertThat(next()).containsExactly(RowKind.SERVICE);
        long sleeping = Long.parseLong(Files.readString(pid).strip());
        watcher.close();

        for (int i = 0; i < 100 && ProcessHandle.of(sleeping).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
        assertThat(ProcessHandle.of(sleeping).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void journalEntriesBecomeLinesWithTheUnitTheyConcern() {
        assertThat(JournalLine.parse("{\"__REALTIME_TIMESTAMP\":\"1795315723802514\",\"UNIT\":\"conductor-deployment@a.service\","
                + "\"_SYSTEMD_UNIT\":\"init.scope\",\"MESSAGE\":\"Stopped a.\"}")).contains(
                new LogLine("2026-11-22T02:48:43.802514Z", "conductor-deployment@a.service", "Stopped a."));
        assertThat(JournalLine.parse("{\"__REALTIME_TIMESTAMP\":\"0\",\"CONTAINER_NAME\":\"web-r1-app\","
                + "\"_SYSTEMD_UNIT\":\"libpod-conmon-1.scope\",\"MESSAGE\":\"GET /\\n\"}").orElseThrow())
                .extracting(LogLine::unit, LogLine::message).containsExactly("web-r1-app", "GET /");
        assertThat(JournalLine.parse("{\"SYSLOG_IDENTIFIER\":\"x\",\"MESSAGE\":[104,105,255]}").orElseThrow().message())
                .startsWith("hi");
        assertThat(JournalLine.parse("-- No entries --")).isEmpty();
    }

    @Test
    void logsFollowJournalctlAsJsonWithExactlyTheBacklogAsked() {
        List<String> matches = List.of("UNIT=a.service", "CONDUCTOR_SERVICE=a");

        assertThat(LogsMethod.command(matches, 20)).containsExactly("journalctl", "-o", "json", "--no-pager", "-n", "20",
                "-f", "UNIT=a.service", "+", "CONDUCTOR_SERVICE=a");
        assertThat(LogsMethod.command(matches, 0)).containsSubsequence("--lines=0", "-f").doesNotContain("-n");
    }

    // One change may signal a directory twice (create, then modify): let those pass first.
    private void quiet() throws InterruptedException {
        Thread.sleep(200);
        triggers.clear();
    }

    private Set<RowKind> next() throws InterruptedException {
        Set<RowKind> kinds = triggers.poll(10, TimeUnit.SECONDS);
        assertThat(kinds).as("a trigger within 10 s").isNotNull();
        return kinds;
    }
}
