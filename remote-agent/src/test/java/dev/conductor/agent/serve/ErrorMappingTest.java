package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.spec.load.ServiceFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorMappingTest {

    // The wire codes of docs/protocol.md: consoles depend on them.
    private static final Map<ErrorKind, String> WIRE = Map.of(ErrorKind.FAILED, "failed",
            ErrorKind.BAD_REQUEST, "bad_request", ErrorKind.NOT_FOUND, "not_found",
            ErrorKind.BAD_SERVICE_FILE, "bad_service_file", ErrorKind.DEPLOY_FAILED, "deploy_failed");

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyKindHasItsProtocolCode(ErrorKind kind) {
        ErrorReply reply = ErrorMapping.reply("7", new ConductorException(kind, "what 'x' did"));
        assertThat(reply.error().code()).isEqualTo(WIRE.get(kind));
        assertThat(reply.error().message()).isEqualTo("what 'x' did");
    }

    @Test
    void aBrokenServiceFileSaysWhereInTheDetails() {
        ErrorReply reply = ErrorMapping.reply("7", new ServiceFileException(Path.of("web.json"), "/pods/0", "no name"));
        assertThat(reply.error().code()).isEqualTo("bad_service_file");
        assertThat(reply.error().details()).containsOnly(Map.entry("file", "web.json"),
                Map.entry("location", "/pods/0"), Map.entry("reason", "no name"));
    }

    @Test
    void aProtocolErrorKeepsItsCodeAndAnythingElseFailed() {
        assertThat(ErrorMapping.reply("7", new ProtocolException(ErrorCode.UNKNOWN_METHOD, "no method 'x'"))
                .error().code()).isEqualTo("unknown_method");
        assertThat(ErrorMapping.reply("7", new IllegalStateException("not found")).error().code()).isEqualTo("failed");
    }
}
