package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.load.ServiceFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorHandlerTest {

    // The documented exit codes: scripts depend on them.
    private static final Map<ErrorKind, Integer> EXIT_CODES = Map.of(ErrorKind.FAILED, 1, ErrorKind.BAD_REQUEST, 2,
            ErrorKind.BAD_SERVICE_FILE, 3, ErrorKind.DEPLOY_FAILED, 4, ErrorKind.NOT_FOUND, 5);

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyKindHasItsExitCode(ErrorKind kind) {
        assertThat(ErrorHandler.exitCode(new ConductorException(kind, "x"))).isEqualTo(EXIT_CODES.get(kind));
    }

    @Test
    void aBrokenServiceFileExitsWith3AndAnythingElseWith1() {
        assertThat(ErrorHandler.exitCode(new ServiceFileException(Path.of("web.json"), "", "not JSON"))).isEqualTo(3);
        assertThat(ErrorHandler.exitCode(new IllegalStateException("boom"))).isEqualTo(1);
    }
}
