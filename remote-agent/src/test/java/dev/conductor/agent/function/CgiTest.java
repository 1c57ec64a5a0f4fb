package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.ServiceFunction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CGI meta-variables of a request and the head of a script's answer, per RFC 3875. */
class CgiTest {

    private static final ServiceFunction FUNCTION = function(2, false, List.of("Content-Type: text/plain"));

    @Test
    void theMetaVariablesDescribeTheRequest() {
        FunctionRequest request = new FunctionRequest("POST", "/cgi/hello/a/b?x=1&y=%20", "HTTP/1.1", List.of(
                Map.entry("Host", "example.test:8080"), Map.entry("Content-Type", "text/json"),
                Map.entry("X-Forwarded-For", "6.6.6.6, 10.0.0.7"), Map.entry("Accept", "a"), Map.entry("accept", "b"),
                Map.entry("Proxy", "http://evil"), Map.entry("Authorization", "Bearer x"), Map.entry("X_Under", "no")), 5);

        Map<String, String> env = CgiEnvironment.of(request, FUNCTION, Map.of("TAG", "v1", "REQUEST_METHOD", "config"));

        assertThat(env).containsEntry("GATEWAY_INTERFACE", "CGI/1.1").containsEntry("REQUEST_METHOD", "POST")
                .containsEntry("QUERY_STRING", "x=1&y=%20").containsEntry("SCRIPT_NAME", "/cgi/hello")
                .containsEntry("PATH_INFO", "/a/b").containsEntry("CONTENT_LENGTH", "5")
                .containsEntry("CONTENT_TYPE", "text/json").containsEntry("SERVER_NAME", "example.test")
                .containsEntry("SERVER_PORT", "8080").containsEntry("SERVER_PROTOCOL", "HTTP/1.1")
                .containsEntry("REMOTE_ADDR", "10.0.0.7").containsEntry("HTTP_ACCEPT", "a, b")
                .containsEntry("TAG", "v1")
                .doesNotContainKeys("HTTP_PROXY", "HTTP_AUTHORIZATION", "HTTP_X_UNDER", "HTTP_CONTENT_TYPE");
    }

    @Test
    void pathInfoStripKeepsTheRestOfThePath() {
        assertThat(CgiEnvironment.splitPath("/cgi/hello/a/b", 2)).containsExactly("/cgi/hello", "/a/b");
        assertThat(CgiEnvironment.splitPath("/cgi/hello/", 2)).containsExactly("/cgi/hello", "/");
        assertThat(CgiEnvironment.splitPath("/cgi/hello", 2)).containsExactly("/cgi/hello", "");
        assertThat(CgiEnvironment.splitPath("/cgi/hello", 5)).containsExactly("/cgi/hello", "");
        assertThat(CgiEnvironment.splitPath("/x/y", 0)).containsExactly("", "/x/y");
    }

    @Test
    void statusLocationAndDefaultHeaders() throws IOException {
        InputStream out = stream("Status: 201 Created\r\nX-A: 1\r\n\r\nbody");
        CgiResponse created = CgiResponse.read(out, FUNCTION);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers()).containsExactly("Content-Type: text/plain", "X-A: 1");
        assertThat(new String(out.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("body");
        assertThat(CgiResponse.read(stream("Location: /elsewhere\n\n"), FUNCTION).status()).isEqualTo(302);
        assertThat(CgiResponse.read(stream("Content-type: text/html\n\n<p>"), FUNCTION).headers())
                .containsExactly("Content-type: text/html");
        assertThat(new String(created.httpHead(), StandardCharsets.ISO_8859_1))
                .isEqualTo("HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nX-A: 1\r\nConnection: close\r\n\r\n");
    }

    @Test
    void withNoResponseHeadersEverythingIsTheBody() throws IOException {
        InputStream out = stream("Status: 500\n\nnot a head");
        CgiResponse response = CgiResponse.read(out, function(0, true, List.of("Content-Type: text/plain")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsExactly("Content-Type: text/plain");
        assertThat(new String(out.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Status: 500");
    }

    @Test
    void whatIsNoHeadIsABadGatewayQuotingIt() {
        assertThatThrownBy(() -> CgiResponse.read(stream("hello world\n\n"), FUNCTION))
                .isInstanceOf(BadGatewayException.class).hasMessageContaining("'hello world' where a header line belongs");
        assertThatThrownBy(() -> CgiResponse.read(stream("X: 1\n"), FUNCTION))
                .hasMessageContaining("ended before the blank line");
        assertThatThrownBy(() -> CgiResponse.read(stream(""), FUNCTION)).hasMessageContaining("printed nothing");
        assertThatThrownBy(() -> CgiResponse.read(stream("Status: abc\n\n"), FUNCTION))
                .hasMessageContaining("'abc' is no HTTP status");
        assertThatThrownBy(() -> CgiResponse.read(stream("X: " + "y".repeat(CgiResponse.MAX_HEAD)), FUNCTION))
                .hasMessageContaining("without ending its headers");
    }

    private static ServiceFunction function(int strip, boolean noHeaders, List<String> headers) {
        return new ServiceFunction("", null, null, List.of("/bin/f"), false, headers, noHeaders, strip, null,
                List.of(), List.of(), null, null, null, null, null, null);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
