package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFileExceptionTest {

    private final Path file = Path.of("/etc/conductor/services/x/conductor-service.json");

    @Test
    void messageIsFileLocationReason() {
        assertThat(new ServiceFileException(file, "2:11", "expected ':' after field name"))
                .hasMessage("/etc/conductor/services/x/conductor-service.json:2:11: expected ':' after field name");
        assertThat(new ServiceFileException(file, "/hooks/1/exec", "must not be empty"))
                .hasMessage("/etc/conductor/services/x/conductor-service.json:/hooks/1/exec: must not be empty");
    }

    @Test
    void emptyLocationIsLeftOut() {
        assertThat(new ServiceFileException(file, "", "file not found"))
                .hasMessage("/etc/conductor/services/x/conductor-service.json: file not found");
    }

    @Test
    void combinedProblemsAreListedOnePerLine() {
        ServiceFileException first = new ServiceFileException(file, "/a", "one");
        ServiceFileException second = new ServiceFileException(file, "/b", "two");

        ServiceFileException combined = ServiceFileException.combine(List.of(first, second));

        assertThat(combined.problems()).containsExactly(first, second);
        assertThat(combined).hasMessage(file + ":/a: one\n" + file + ":/b: two");
    }
}
