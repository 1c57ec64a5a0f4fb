package dev.conductor.agent.serve;

import dev.conductor.agent.engine.Engine;
import dev.conductor.agent.logs.JournalQuery;
import dev.conductor.protocol.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code logs.follow}: {@code journalctl -f} with the matches of {@code service logs} or
 * {@code deployment logs} (or one unit's), each entry a {@code line} event, until cancelled.
 */
final class LogsMethod implements Method {

    private static final int DEFAULT_LINES = 100;
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9@_.:\\\\-]+");
    private final Supplier<Engine> engines;

    LogsMethod(Supplier<Engine> engines) {
        this.engines = engines;
    }

    @Override
    public Object call(Call call) throws InterruptedException {
        Integer lines = Params.integer(call.request(), "lines");
        ChildProcess journal = ChildProcess.start(command(matches(call.request()), lines == null ? DEFAULT_LINES : lines),
                null, Map.of());
        call.onCancel(journal::kill);
        int exit = journal.lines(line -> JournalLine.parse(line).ifPresent(entry -> call.emit("line", entry)));
        if (!call.cancelled()) {
            throw new IllegalStateException("journalctl ended with exit code " + exit + ": " + journal.stderrTail());
        }
        return Map.of();
    }

    /** {@code service logs -f} as JSON, with exactly {@code lines} of backlog (0: none). */
    static List<String> command(List<String> matches, int lines) {
        List<String> command = new ArrayList<>(JournalQuery.command(matches, true, Math.max(lines, 0)));
        command.set(command.indexOf("-o") + 1, "json");
        if (lines <= 0) {
            // JournalQuery reads 0 as "everything"; a follow wants nothing old then
            command.add(command.indexOf("-f"), "--lines=0");
        }
        return command;
    }

    private List<String> matches(Request request) {
        String service = Params.optionalName(request, "service");
        String deployment = Params.optionalName(request, "deployment");
        String unit = request.text("unit", null);
        long given = Stream.of(service, deployment, unit).filter(Objects::nonNull).count();
        if (given != 1) {
            throw Params.bad(request, "give exactly one of 'service', 'deployment' and 'unit'");
        }
        JournalQuery query = new JournalQuery(engines.get());
        if (service != null) {
            return query.serviceMatches(service);
        }
        if (deployment != null) {
            return query.deploymentMatches(deployment);
        }
        if (!UNIT.matcher(unit).matches()) {
            throw Params.bad(request, "'unit' is not a unit name: '" + unit + "'");
        }
        return List.of("_SYSTEMD_UNIT=" + unit, "UNIT=" + unit);
    }
}
