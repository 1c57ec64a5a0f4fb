package dev.conductor.gui.launch;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether JavaFX can open a window on this machine, asked before it starts, and what to tell the
 * operator when its toolkit fails all the same: one paragraph saying what to install, never a stack trace.
 */
public final class ToolkitCheck {

    private static final String CANNOT = "conductor-gui cannot open its window: ";
    private static final String TERMINAL = " The terminal console, conductor-tui, runs without ";
    private static final List<String> TOOLKIT_PACKAGES = List.of("com.sun.glass.", "com.sun.prism.",
            "com.sun.javafx.tk.");

    private final boolean linuxDesktop;
    private final Predicate<String> linkerFinds;

    /**
     * @param osName the {@code os.name} property
     * @param glassPlatform the {@code glass.platform} property: Monocle's headless glass needs no GTK
     * @param linkerFinds whether the dynamic linker finds a soname
     */
    ToolkitCheck(String osName, String glassPlatform, Predicate<String> linkerFinds) {
        this.linuxDesktop = String.valueOf(osName).startsWith("Linux") && !"Monocle".equalsIgnoreCase(glassPlatform);
        this.linkerFinds = linkerFinds;
    }

    /** The check for this JVM, asking the system's dynamic linker. */
    public static ToolkitCheck standard() {
        return new ToolkitCheck(System.getProperty("os.name"), System.getProperty("glass.platform"),
                LinkerCache.standard());
    }

    /** What to print instead of starting JavaFX, when a library its window links against is missing. */
    public Optional<String> beforeLaunch() {
        List<NativeLibrary> missing = missing();
        return missing.isEmpty() ? Optional.empty() : Optional.of(missingMessage(missing));
    }

    /** What to print for a launch that failed inside the toolkit; empty for a failure of anything else. */
    public Optional<String> afterFailure(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (!(root instanceof UnsatisfiedLinkError) && !thrownByToolkit(root)) {
            return Optional.empty();
        }
        if (String.valueOf(root.getMessage()).contains("DISPLAY")) {
            return Optional.of(CANNOT + "there is no display to open it on (DISPLAY is unset, or its X server "
                    + "refused). Start it in a desktop session, or over ssh -X. The terminal console, conductor-tui, "
                    + "needs no display.");
        }
        List<NativeLibrary> missing = missing();
        return Optional.of(missing.isEmpty() ? toolkitMessage(root) : missingMessage(missing));
    }

    private List<NativeLibrary> missing() {
        return linuxDesktop ? NativeLibrary.REQUIRED.stream().filter(library -> !linkerFinds.test(library.soname()))
                .toList() : List.of();
    }

    private static boolean thrownByToolkit(Throwable root) {
        StackTraceElement[] trace = root.getStackTrace();
        return trace.length > 0 && TOOLKIT_PACKAGES.stream().anyMatch(trace[0].getClassName()::startsWith)
                || String.valueOf(root.getMessage()).contains("QuantumRenderer");
    }

    private static String missingMessage(List<NativeLibrary> missing) {
        String them = missing.size() == 1 ? "it" : "them";
        return CANNOT + "JavaFX draws it with GTK 3, and the dynamic linker finds no "
                + missing.stream().map(NativeLibrary::soname).collect(Collectors.joining(", "))
                + " on this machine. On Debian or Ubuntu install " + them + " with: sudo apt-get install "
                + missing.stream().map(NativeLibrary::debianPackage).collect(Collectors.joining(" "))
                + " (add libgl1 for hardware-accelerated drawing)." + TERMINAL + them + ".";
    }

    private static String toolkitMessage(Throwable root) {
        return CANNOT + "JavaFX's toolkit did not start (" + root.getClass().getSimpleName() + ": "
                + root.getMessage() + "). It needs GTK 3 and an X11 or XWayland display; on Debian or Ubuntu, "
                + "sudo apt-get install " + NativeLibrary.REQUIRED.stream().map(NativeLibrary::debianPackage)
                .collect(Collectors.joining(" ")) + " libgl1 brings what it links against." + TERMINAL + "them.";
    }
}
