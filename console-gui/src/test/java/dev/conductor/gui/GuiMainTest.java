package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.gui.launch.ToolkitChecks;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GuiMainTest {

    @Test
    void withoutGtkItPrintsWhatToInstallAndExitsNonZeroWithoutStartingJavaFx() {
        GuiMain main = new GuiMain();
        main.toolkit = ToolkitChecks.linuxWith();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(main);
        line.setErr(new PrintWriter(err, true));
        assertThat(line.execute("alpha")).isEqualTo(GuiMain.NO_TOOLKIT);
        assertThat(err.toString()).contains("cannot open its window", "sudo apt-get install libgtk-3-0 libxtst6")
                .doesNotContain("Exception", "\tat ");
    }
}
