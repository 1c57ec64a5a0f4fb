package dev.conductor.agent.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/cli} with {@code {"args": [...]}}: runs the command line in the agent and streams
 * its stdout and stderr as JSON lines, then {@code {"exit": N}}. The CLI's client of the agent.
 */
final class CliRoute implements Route {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliExecutor executor;

    CliRoute(CliExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void handle(HttpRequest request, Exchange exchange) throws IOException {
        List<String> args = args(request);
        OutputStream sink = exchange.stream(200, "application/x-ndjson");
        int code;
        try (PrintWriter out = new PrintWriter(new FrameWriter("out", sink), true);
             PrintWriter err = new PrintWriter(new FrameWriter("err", sink), true)) {
            code = executor.execute(args, out, err);
        }
        FrameWriter.exit(sink, code);
    }

    static List<String> args(HttpRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            throw new BadHttpException(400, "body is not JSON: " + HttpRequest.cut(e.getMessage()));
        }
        JsonNode args = body == null ? null : body.get("args");
        if (args == null || !args.isArray()) {
            throw new BadHttpException(400, "body must be {\"args\": [\"...\"]}");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode arg : args) {
            if (!arg.isTextual()) {
                throw new BadHttpException(400, "args may only hold strings, not " + HttpRequest.cut(arg.toString()));
            }
            list.add(arg.asText());
        }
        return list;
    }
}
