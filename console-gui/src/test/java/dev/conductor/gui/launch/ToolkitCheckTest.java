package dev.conductor.gui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolkitCheckTest {

    private static final Set<String> DESKTOP = Set.of("libgtk-3.so.0", "libXtst.so.6");

    @Test
    void aDesktopWithGtkAndXtstNeedsNothing() {
        assertThat(linux(DESKTOP).beforeLaunch()).isEmpty();
    }

    @Test
    void withoutGtkItSaysWhichPackageToInstall() {
        String message = linux(Set.of("libXtst.so.6")).beforeLaunch().orElseThrow();
        assertThat(message).startsWith("conductor-gui cannot open its window: JavaFX draws it with GTK 3")
                .contains("finds no libgtk-3.so.0 on this machine", "sudo apt-get install libgtk-3-0 (", "conductor-tui, runs without it.")
                .doesNotContain("libxtst6", "\n");
    }

    @Test
    void everyMissingLibraryIsNamedWithItsPackage() {
        assertThat(linux(Set.of()).beforeLaunch().orElseThrow())
                .contains("libgtk-3.so.0, libXtst.so.6", "install them with: sudo apt-get install libgtk-3-0 libxtst6");
    }

    @Test
    void otherSystemsAndMonocleAreNotChecked() {
        assertThat(new ToolkitCheck("Mac OS X", null, name -> false).beforeLaunch()).isEmpty();
        assertThat(new ToolkitCheck("Linux", "Monocle", name -> false).beforeLaunch()).isEmpty();
    }

    @Test
    void aLinkErrorAtLaunchIsExplainedWithWhatIsMissing() {
        Throwable failure = new RuntimeException("Application launch exception",
                new UnsatisfiedLinkError("libXtst.so.6: cannot open shared object file"));
        assertThat(linux(Set.of("libgtk-3.so.0")).afterFailure(failure).orElseThrow())
                .contains("finds no libXtst.so.6", "sudo apt-get install libxtst6");
    }

    @Test
    void aToolkitFailureWithTheLibrariesThereNamesTheCauseAndThePackages() {
        RuntimeException pipeline = thrownBy("com.sun.prism.GraphicsPipeline",
                new RuntimeException("Error initializing QuantumRenderer: no suitable pipeline found"));
        assertThat(linux(DESKTOP).afterFailure(new RuntimeException(pipeline)).orElseThrow())
                .contains("JavaFX's toolkit did not start (RuntimeException: Error initializing QuantumRenderer",
                        "sudo apt-get install libgtk-3-0 libxtst6 libgl1");
    }

    @Test
    void noDisplaySaysSo() {
        RuntimeException display = thrownBy("com.sun.glass.ui.gtk.GtkApplication",
                new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(linux(DESKTOP).afterFailure(new ExceptionInInitializerError(display)).orElseThrow())
                .contains("there is no display to open it on", "needs no display");
    }

    @Test
    void aFailureOfTheConsoleItselfIsNotTakenForTheToolkit() {
        RuntimeException bug = thrownBy("dev.conductor.gui.ConsoleApp", new IllegalStateException("start with GuiMain"));
        assertThat(linux(Set.of()).afterFailure(new RuntimeException(bug))).isEmpty();
    }

    private static ToolkitCheck linux(Set<String> found) {
        return new ToolkitCheck("Linux", null, found::contains);
    }

    private static <T extends Throwable> T thrownBy(String className, T failure) {
        failure.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "init", null, 1)});
        return failure;
    }
}
