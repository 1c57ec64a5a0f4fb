package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.sandbox.Apt;
import dev.conductor.sandbox.FileListing;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The desktop console's .deb (jpackage, its own Java runtime) on a fresh host, offline: {@code
 * apt-get install ./FILE.deb} puts it in /opt/conductor-gui, and {@code purge} leaves the host's
 * files as they were.
 */
@SandboxTest(host = "pkg-it-2")
class DesktopDebIT {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Path DEB = Path.of("target", "conductor-gui_" + VERSION.replaceAll("[^0-9.].*", "")
            + "-1_amd64.deb");
    private static final String IN_HOST = "/tmp/conductor-gui.deb";

    @Test
    void installsOfflineRunsAndPurgesToTheSameFiles(SandboxHost host) {
        host.copyIn(DEB, IN_HOST);
        FileListing before = FileListing.of(host);

        Apt.getOk(host, "install", IN_HOST);
        assertThat(host.execOk("/opt/conductor-gui/bin/conductor-gui", "--version").stdout())
                .isEqualTo("conductor-gui " + VERSION + "\n");

        Apt.getOk(host, "purge", "conductor-gui");
        FileListing after = FileListing.of(host);
        assertThat(after.addedSince(before)).as("files left behind").isEmpty();
        assertThat(before.addedSince(after)).as("files gone").isEmpty();
    }
}
