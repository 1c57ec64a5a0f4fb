package dev.conductor.agent.daemon;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code POST /v1/exec?arg=_&arg=deployment&arg=start&arg=NAME}: what the units' thin client sends
 * with curl. Runs the command line to its end and answers its output, 200 when it exited 0 and 500
 * otherwise, so that {@code curl --fail-with-body} fails the unit with the reason.
 */
final class ExecRoute implements Route {

    private final CliExecutor executor;

    ExecRoute(CliExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void handle(HttpRequest request, Exchange exchange) throws IOException {
        List<String> args = request.params("arg");
        if (args.isEmpty()) {
            throw new BadHttpException(400, "no command: give it as ?arg=...&arg=...");
        }
        StringWriter text = new StringWriter();
        int code;
        try (PrintWriter out = new PrintWriter(text, true)) {
            code = executor.execute(args, out, out);
        }
        exchange.reply(code == 0 ? 200 : 500, "text/plain; charset=utf-8",
                text + (code == 0 ? "" : "exit code " + code + "\n"));
    }
}
