package dev.conductor.agent.fleet;

import dev.conductor.agent.systemd.Systemd;
import dev.conductor.agent.systemd.UnitEnablement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * This host's nats-server under systemd as {@value ClusterPaths#UNIT}; Debian's own
 * nats-server.service (enabled by the package, on 127.0.0.1:4222) is stopped and disabled.
 */
final class NatsUnit {

    static final String DEBIAN_UNIT = "nats-server.service";

    private final Systemd systemd;
    private final UnitEnablement enablement;

    NatsUnit(Systemd systemd, UnitEnablement enablement) {
        this.systemd = systemd;
        this.enablement = enablement;
    }

    static String render(ClusterPaths paths) {
        return "[Unit]\nDescription=NATS server of the Conductor fleet\nAfter=network-online.target\n"
                + "Wants=network-online.target\n\n[Service]\nExecStart=/usr/sbin/nats-server -c " + paths.config()
                + "\nExecReload=/bin/kill -s HUP $MAINPID\nKillSignal=SIGINT\nRestart=on-failure\nRestartSec=2\n"
                + "LimitNOFILE=65536\nUMask=0077\n\n[Install]\nWantedBy=multi-user.target\n";
    }

    void install(ClusterPaths paths) {
        if (enablement.isEnabled(DEBIAN_UNIT)) {
            enablement.disable(DEBIAN_UNIT);
        }
        systemd.stop(DEBIAN_UNIT);
        try {
            Files.createDirectories(paths.unitFile().getParent());
            Files.writeString(paths.unitFile(), render(paths));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + paths.unitFile(), e);
        }
        systemd.daemonReload();
        enablement.enable(ClusterPaths.UNIT);
        systemd.restart(ClusterPaths.UNIT);
    }
}
