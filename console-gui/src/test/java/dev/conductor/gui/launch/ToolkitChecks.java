package dev.conductor.gui.launch;

import java.util.Set;

/** Toolkit checks on a pretend Linux desktop, for tests outside this package. */
public final class ToolkitChecks {

    private ToolkitChecks() {}

    /** A check on Linux whose linker finds only {@code sonames}. */
    public static ToolkitCheck linuxWith(String... sonames) {
        return new ToolkitCheck("Linux", null, Set.of(sonames)::contains);
    }
}
