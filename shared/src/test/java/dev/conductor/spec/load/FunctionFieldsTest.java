package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roadmap's function fields: modes, limits, and the combinations check refuses. */
class FunctionFieldsTest {

    @TempDir
    Path root;

    @Test
    void modesAndLimitsAreRead() throws IOException {
        ServiceFunction function = load("{\"name\": \"f\", \"format\": \"http-stdio\", \"mode\": \"multi\","
                + " \"exec\": [\"/bin/f\"], \"min_warm\": 2, \"max_concurrency\": 4, \"max_requests\": 50,"
                + " \"timeout_sec\": 3, \"max_body_bytes\": 1000, \"path\": \"/api/f/*\"}");

        assertThat(function.mode()).isEqualTo(FunctionMode.MULTI);
        assertThat(function.minWarm()).isEqualTo(2);
        assertThat(function.maxConcurrency()).isEqualTo(4);
        assertThat(function.maxRequests()).isEqualTo(50);
        assertThat(function.timeoutSec()).isEqualTo(3);
        assertThat(function.maxBodyBytes()).isEqualTo(1000L);
        assertThat(function.path()).isEqualTo("/api/f/*");
    }

    @Test
    void sdactivateIsHttpStdioInParallelMode() throws IOException {
        ServiceFunction function = load("{\"format\": \"sdactivate\", \"exec\": [\"/bin/d\"]}");

        assertThat(function.format()).isEqualTo(FunctionFormat.HTTP_STDIO);
        assertThat(function.mode()).isEqualTo(FunctionMode.PARALLEL);
    }

    @Test
    void cgiIsSingleOnlyAndCannotBeWarmed() {
        assertThatThrownBy(() -> load("{\"format\": \"cgi\", \"mode\": \"parallel\", \"min_warm\": 1, \"exec\": [\"/bin/c\"]}"))
                .isInstanceOf(ServiceFileException.class)
                .hasMessageContaining("/functions/0/mode").hasMessageContaining("mode is single, not parallel")
                .hasMessageContaining("/functions/0/min_warm").hasMessageContaining("cannot be started ahead");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> load("{\"exec\": [\"/bin/c\"], \"max_concurrency\": 0, \"path\": \"no-slash\"}"))
                .isInstanceOf(ServiceFileException.class)
                .hasMessageContaining("/functions/0/max_concurrency").hasMessageContaining("/functions/0/path");
    }

    private ServiceFunction load(String function) throws IOException {
        Path dir = Files.createDirectories(root.resolve("svc"));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), "{\"functions\": [" + function + "]}");
        return new ServiceFileLoader().load(dir).spec().functions().get(0);
    }
}
