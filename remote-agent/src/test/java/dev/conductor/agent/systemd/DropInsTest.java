package dev.conductor.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropInsTest {

    private static final List<String> LINES = List.of("[Service]", "LogExtraFields=CONDUCTOR_APP=web", "Environment=A=1");

    @TempDir
    Path base;

    @Test
    void writesOneDirectivePerLineUnderTheUnitsDirectory() throws IOException {
        DropIns dropIns = new DropIns(base);
        assertThat(dropIns.write("web@a.service", LINES)).isTrue();

        Path file = base.resolve("web@a.service.d/50-conductor.conf");
        assertThat(dropIns.path("web@a.service")).isEqualTo(file);
        assertThat(Files.readAllLines(file)).endsWith("[Service]", "LogExtraFields=CONDUCTOR_APP=web", "Environment=A=1");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary files left").containsExactly(file);
        }
    }

    @Test
    void reportsChangesOnlyWhenTheContentChanges() {
        DropIns dropIns = new DropIns(base);
        dropIns.write("web.service", LINES);
        assertThat(dropIns.write("web.service", LINES)).isFalse();
        assertThat(dropIns.write("web.service", List.of("[Service]"))).isTrue();
    }

    @Test
    void removeReportsWhetherThereWasADropIn() {
        DropIns dropIns = new DropIns(base);
        dropIns.write("web.service", LINES);
        assertThat(dropIns.remove("web.service")).isTrue();
        assertThat(base.resolve("web.service.d")).doesNotExist();
        assertThat(dropIns.remove("web.service")).isFalse();
    }

    @Test
    void removeKeepsOtherDropInsOfTheUnit() throws IOException {
        DropIns dropIns = new DropIns(base);
        dropIns.write("web.service", LINES);
        Path other = Files.writeString(base.resolve("web.service.d/10-admin.conf"), "[Service]\n");
        assertThat(dropIns.remove("web.service")).isTrue();
        assertThat(other).exists();
        assertThat(dropIns.remove("web.service")).isFalse();
    }

    @Test
    void aDirectiveWithALineBreakIsRejectedAndQuoted() {
        DropIns dropIns = new DropIns(base);
        assertThatThrownBy(() -> dropIns.write("web.service", List.of("[Service]", "Environment=A=1\nExecStart=/bin/evil")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Environment=A=1\\nExecStart=/bin/evil'");
        assertThat(base.resolve("web.service.d")).doesNotExist();
    }

    @Test
    void unitNamesCannotLeaveTheBaseDirectory() {
        DropIns dropIns = new DropIns(base);
        assertThatThrownBy(() -> dropIns.write("../etc/x.service", LINES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dropIns.remove("")).isInstanceOf(IllegalArgumentException.class);
    }
}
