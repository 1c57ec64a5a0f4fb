package dev.conductor.agent.systemd;

import java.nio.file.Path;
import java.util.List;

/**
 * What systemd has loaded of a unit: the drop-in files it read, and whether any of its files
 * changed on disk since ({@code NeedDaemonReload}).
 */
public record UnitLoad(List<String> dropIns, boolean needsReload) {

    public UnitLoad {
        dropIns = List.copyOf(dropIns);
    }

    /**
     * Whether systemd runs the unit as the disk has it as to {@code dropIn}, without a
     * daemon-reload: it read the file when {@code present}, or did not when it is gone.
     */
    public boolean current(Path dropIn, boolean present) {
        return !needsReload && dropIns.contains(dropIn.toString()) == present;
    }
}
