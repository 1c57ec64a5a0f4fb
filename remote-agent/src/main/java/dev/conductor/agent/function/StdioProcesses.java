package dev.conductor.agent.function;

import dev.conductor.agent.systemd.DropIns;
import dev.conductor.agent.systemd.Systemd;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs and removes the systemd units of http-stdio functions ({@link FunctionUnits}), as
 * runtime units under /run/systemd/system that the agent writes again after a reboot.
 */
final class StdioProcesses {

    private final Systemd systemd;
    private final DropIns files;
    private final Path sockets;

    StdioProcesses(Systemd systemd, DropIns files, Path sockets) {
        this.systemd = systemd;
        this.files = files;
        this.sockets = sockets;
    }

    Systemd systemd() {
        return systemd;
    }

    /** Writes the units when they changed, and starts the socket (a {@code parallel} daemon too, when kept warm). */
    FunctionUnits install(String id, ServiceFunction function, Path directory, Map<String, String> variables)
            throws IOException {
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("CONDUCTOR_FUNCTION_ID", id);
        environment.put("CONDUCTOR_FUNCTION_NAME", function.name());
        FunctionUnits units = FunctionUnits.of(id, function, directory, environment, sockets);
        Files.createDirectories(sockets);
        Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwx------"));
        boolean changed = files.writeUnit(units.socketUnit(), units.socketLines());
        changed |= files.writeUnit(units.service(), units.serviceLines());
        if (changed) {
            systemd.daemonReload();
        }
        systemd.start(units.socketUnit());
        if (function.mode() == FunctionMode.PARALLEL && function.minWarm() > 0) {
            systemd.start(units.service());
        }
        return units;
    }

    /** Stops the daemon of a {@code parallel} function that had no request for a while; its socket stays. */
    void stopIdle(FunctionUnits units) {
        systemd.stop(units.service());
    }

    /** Stops the socket and every process, and removes the unit files. */
    void remove(FunctionUnits units) {
        systemd.stop(List.of(units.socketUnit(), units.service().replace("@.service", "@*.service")));
        boolean removed = files.removeUnit(units.socketUnit());
        removed |= files.removeUnit(units.service());
        if (removed) {
            systemd.daemonReload();
        }
        try {
            Files.deleteIfExists(units.socketPath());
        } catch (IOException e) {
            System.err.println("function: cannot remove " + units.socketPath() + ": " + e.getMessage());
        }
    }
}
