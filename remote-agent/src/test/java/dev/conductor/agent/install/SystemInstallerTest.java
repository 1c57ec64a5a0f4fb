package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.caddy.LocalCaddy;
import dev.conductor.agent.engine.Modes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Install and uninstall below a temporary root, with a fake systemctl and a real Caddy on loopback. */
class SystemInstallerTest {

    private static final String SYSTEMCTL = "systemctl --no-ask-password ";
    private static LocalCaddy caddy;
    @TempDir
    Path root;
    private final FakeHost host = new FakeHost();
    private InstallLayout layout;
    private InstallEnvironment env;
    private Path sourceJar;

    @BeforeAll
    static void startCaddy(@TempDir Path dir) throws Exception {
        caddy = LocalCaddy.start(dir);
    }

    @AfterAll
    static void stopCaddy() {
        caddy.close();
    }

    @BeforeEach
    void emptyHost() throws Exception {
        CaddyServerEnsurerTest.load(caddy, "{}");
        layout = new InstallLayout(root);
        Files.createDirectories(layout.runtimeUnitDirectory());
        Files.createDirectories(layout.curl().getParent());
        Files.setPosixFilePermissions(Files.createFile(layout.curl()), PosixFilePermissions.fromString("rwxr-xr-x"));
        sourceJar = Files.write(root.resolve("downloaded.jar"), new byte[] {'P', 'K', 3, 4});
        CaddyServerEnsurer ensurer = new CaddyServerEnsurer(new HttpCaddyAdmin(caddy.adminUri()),
                "127.0.0.1:" + CaddyServerEnsurerTest.freePort(), Duration.ofSeconds(5));
        env = new InstallEnvironment(layout, host, ensurer, true);
    }

    @Test
    void installPutsEverythingInPlaceAndASecondInstallChangesNothing() throws Exception {
        InstallReport first = install();
        assertThat(first.changed()).isTrue();
        assertThat(Files.readAllBytes(layout.jar())).isEqualTo(Files.readAllBytes(sourceJar));
        assertThat(Files.readString(layout.launcher())).isEqualTo("#!/bin/sh\n# Written by `conductor-agent system"
                + " install`; `system uninstall` removes it.\n# CONDUCTOR_JAVA_OPTS: JVM options, such as the"
                + " resident agent's heap limit (its unit sets them)\nexec '/usr/bin/java' -Xmx256m -XX:TieredStopAtLevel=1"
                + " -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off $CONDUCTOR_JAVA_OPTS"
                + " -XX:SharedArchiveFile='/usr/local/lib/conductor/conductor-agent.jsa'"
                + " -jar '/usr/local/lib/conductor/conductor-agent.jar' \"$@\"\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.launcher()))).isEqualTo("rwxr-xr-x");
        for (String unit : UnitFiles.STATIC_UNITS) {
            assertThat(layout.unitDirectory().resolve(unit)).hasContent(UnitFiles.render(unit, InstallLayout.LAUNCHER));
        }
        layout.dataDirectories().forEach(dir -> assertThat(dir).isDirectory());
        assertThat(layout.unitClient()).hasContent(UnitFiles.unitClient());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.unitClient()))).isEqualTo("rwxr-xr-x");
        assertThat(host.drain()).containsSubsequence(SYSTEMCTL + "daemon-reload",
                SYSTEMCTL + "enable -- conductor-caddy.service", SYSTEMCTL + "enable -- conductor-reload.service",
                SYSTEMCTL + "enable -- conductor-agent.socket", SYSTEMCTL + "enable -- conductor-agent.service",
                SYSTEMCTL + "start -- conductor-agent.socket", SYSTEMCTL + "start -- conductor-agent.service",
                SYSTEMCTL + "start -- conductor-caddy.service");
        assertThat(new HttpCaddyAdmin(caddy.adminUri()).get("/id/conductor-server")).isPresent();

        InstallReport second = install();
        assertThat(second.changed()).as("second install: %s", second.steps()).isFalse();
        assertThat(host.drain()).noneMatch(command -> command.matches(SYSTEMCTL + "(daemon-reload|enable|start|restart).*"));
    }

    @Test
    void anUpgradeMakesTheConfigTheOldAgentLeftReadableRootsOnly() throws Exception {
        Path config = Files.writeString(Files.createDirectories(layout.stateRoot().resolve("web"))
                .resolve("config.json"), "{\"PASSWORD\": \"s3cret\"}");
        Path pod = Files.writeString(Files.createDirectories(layout.deploymentRoot().resolve("web-r1"))
                .resolve("pod.yaml"), "kind: Pod");
        Modes.set(config, "rw-r--r--");
        Modes.set(pod, "rw-r--r--");
        Modes.set(layout.deploymentRoot(), "rwxr-xr-x");

        InstallReport report = install();

        assertThat(report.steps()).contains(new InstallReport.Step("modes", true,
                "made 6 state and deployment files and directories root's only (0600, 0700)"));
        assertThat(Modes.of(config)).isEqualTo("rw-------");
        assertThat(Modes.of(pod)).isEqualTo("rw-------");
        assertThat(Modes.of(config.getParent())).isEqualTo("rwx------");
        assertThat(Modes.of(layout.deploymentRoot())).isEqualTo("rwx------");
        assertThat(Modes.of(root.resolve("run/conductor"))).as("Caddy reaches the sockets there").isEqualTo("rwxr-xr-x");
    }

    @Test
    void stockCaddyfileIsReplacedThenRestoredByUninstall() throws Exception {
        byte[] stock = writeCaddyfile(resource("debian-stock-Caddyfile"));
        install();
        assertThat(layout.caddyfileBackup()).hasBinaryContent(stock);
        assertThat(layout.caddyfile()).hasContent(StockCaddyfile.conductorCaddyfile());
        assertThat(host.drain()).contains(SYSTEMCTL + "restart -- caddy.service");

        uninstall(false);
        assertThat(layout.caddyfile()).hasBinaryContent(stock);
        assertThat(layout.caddyfileBackup()).doesNotExist();
        assertThat(host.drain()).contains(SYSTEMCTL + "restart -- caddy.service");
    }

    @Test
    void reinstallMovesAnEarlierInstallsAdminApiFromTcpToTheSocket() throws Exception {
        byte[] stock = writeCaddyfile(resource("debian-stock-Caddyfile"));
        install();
        Files.write(layout.caddyfile(), resource("earlier-Caddyfile-tcp-admin"));
        Files.delete(layout.caddyDropIn());
        host.drain();

        InstallReport report = install();
        assertThat(report.steps()).anyMatch(step -> step.changed() && step.detail().contains("from localhost:2019"));
        assertThat(layout.caddyfile()).hasContent(StockCaddyfile.conductorCaddyfile());
        assertThat(layout.caddyDropIn()).hasContent(UnitFiles.caddyDropIn());
        assertThat(layout.caddyfileBackup()).as("Debian's original stays the backup").hasBinaryContent(stock);
        assertThat(host.drain()).containsSubsequence(SYSTEMCTL + "daemon-reload", SYSTEMCTL + "restart -- caddy.service");

        Files.write(layout.caddyfile(), resource("earlier-Caddyfile-tcp-admin"));
        uninstall(false);
        assertThat(layout.caddyfile()).as("an earlier install's Caddyfile is ours too").hasBinaryContent(stock);
    }

    @Test
    void caddyDropInCreatesTheSocketDirectoryAndGoesWithUninstall() throws Exception {
        writeCaddyfile(resource("debian-stock-Caddyfile"));
        install();
        assertThat(layout.caddyDropIn()).hasContent("# Written by `conductor-agent system install`; `system uninstall`"
                + " removes it.\n# The directory of Caddy's admin socket (admin unix//run/caddy-admin/admin.sock in the"
                + " Caddyfile):\n# systemd creates it for user caddy, mode 0700, each time caddy.service starts, so that"
                + " no other\n# user can reach the admin API.\n[Service]\nRuntimeDirectory=caddy-admin\n"
                + "RuntimeDirectoryMode=0700\n");
        Files.createDirectories(layout.caddyAdminDirectory());
        uninstall(false);
        assertThat(layout.caddyDropIn().getParent()).doesNotExist();
        assertThat(layout.caddyAdminDirectory()).as("systemd forgets it with the drop-in").doesNotExist();
    }

    @Test
    void caddyDropInStaysWhileTheOperatorsCaddyfileUsesTheSocket() throws Exception {
        install();
        writeCaddyfile("{\n\tadmin unix//run/caddy-admin/admin.sock\n}\nexample.org {\n}\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(layout.caddyAdminDirectory());
        uninstall(false);
        assertThat(layout.caddyDropIn()).exists();
        assertThat(layout.caddyAdminDirectory()).exists();
    }

    @Test
    void operatorsCaddyfileWithTheAdminApiOnTcpIsLeftWithAHint() throws Exception {
        writeCaddyfile("{\n\tadmin localhost:2019\n}\nexample.org {\n}\n".getBytes(StandardCharsets.UTF_8));
        InstallReport report = install();
        assertThat(layout.caddyfile()).content().contains("admin localhost:2019");
        assertThat(report.steps()).anyMatch(step -> !step.changed()
                && step.detail().contains("left as it is") && step.detail().contains("admin unix//run/caddy-admin/admin.sock"));
    }

    @Test
    void uninstallStopsUnitsRemovesWhatInstallAddedAndKeepsOperatorData() throws Exception {
        install();
        Path dropIn = layout.runtimeUnitDirectory().resolve("conductor-service@web.service.d/50-conductor.conf");
        Files.createDirectories(dropIn.getParent());
        Files.writeString(dropIn, "[Service]\nLogExtraFields=CONDUCTOR_APP=web\n");
        host.active.add("conductor-service@web.service");
        host.drain();

        assertThat(uninstall(false).changed()).isTrue();
        assertThat(host.drain()).containsSubsequence(SYSTEMCTL + "stop -- conductor-caddy.service"
                + " conductor-service@web.service", SYSTEMCTL + "stop -- conductor-agent.socket conductor-agent.service",
                SYSTEMCTL + "disable -- conductor-caddy.service",
                SYSTEMCTL + "daemon-reload");
        assertThat(layout.launcher()).doesNotExist();
        assertThat(layout.jar().getParent()).doesNotExist();
        assertThat(dropIn.getParent()).doesNotExist();
        UnitFiles.STATIC_UNITS.forEach(unit -> assertThat(layout.unitDirectory().resolve(unit)).doesNotExist());
        assertThat(new HttpCaddyAdmin(caddy.adminUri()).get("/id/conductor-server")).isEmpty();
        assertThat(root.resolve("etc/conductor/services")).isDirectory();

        InstallReport again = uninstall(false);
        assertThat(again.changed()).as("second uninstall: %s", again.steps()).isFalse();
        assertThat(uninstall(true).changed()).isTrue();
        layout.purgedDirectories().forEach(dir -> assertThat(dir).doesNotExist());
    }

    @Test
    void editedCaddyfileSurvivesUninstall() throws Exception {
        writeCaddyfile(resource("debian-stock-Caddyfile"));
        install();
        Files.writeString(layout.caddyfile(), "{\n\tadmin localhost:2019\n}\nexample.org {\n}\n");
        InstallReport report = uninstall(false);
        assertThat(layout.caddyfile()).content().contains("example.org");
        assertThat(layout.caddyfileBackup()).exists();
        assertThat(report.steps()).anyMatch(step -> step.detail().contains("was edited since install"));
    }

    @Test
    void refusesWithoutRootBeforeTouchingAnything() {
        InstallEnvironment user = new InstallEnvironment(layout, host, env.caddy(), false);
        assertThatThrownBy(() -> new SystemInstaller(user).install(sourceJar, new InstallReport("install")))
                .isInstanceOf(InstallException.class).hasMessageContaining("must run as root");
        assertThat(layout.launcher()).doesNotExist();
        assertThat(host.commands).isEmpty();
    }

    private InstallReport install() {
        InstallReport report = new InstallReport("install");
        new SystemInstaller(env).install(sourceJar, report);
        return report;
    }

    private InstallReport uninstall(boolean purge) {
        InstallReport report = new InstallReport("uninstall");
        new SystemUninstaller(env).uninstall(purge, report);
        return report;
    }

    private byte[] writeCaddyfile(byte[] content) throws Exception {
        Files.createDirectories(layout.caddyfile().getParent());
        Files.write(layout.caddyfile(), content);
        return content;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = StockCaddyfile.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
