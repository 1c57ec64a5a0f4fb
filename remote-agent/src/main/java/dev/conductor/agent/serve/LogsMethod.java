package dev.conductor.agent.serve;

import dev.conductor.agent.wiring.AgentGraph;
import dev.conductor.agent.logs.JournalQuery;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.LogsParams;
import dev.conductor.protocol.method.NoResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code logs.follow}: {@code journalctl -f} with the matches of {@code service logs} or
 * {@code deployment logs} (or one unit's, or {@code function logs}), each entry a {@code line} event, until cancelled.
 */
final class LogsMethod implements Methods.Handler<LogsParams, NoResult> {

    private static final int DEFAULT_LINES = 100;
    private final Supplier<AgentGraph> graphs;

    LogsMethod(Supplier<AgentGraph> graphs) {
        this.graphs = graphs;
    }

    @Override
    public NoResult call(Call call, LogsParams params) throws InterruptedException {
        int lines = params.lines() == null ? DEFAULT_LINES : params.lines();
        ChildProcess journal = ChildProcess.start(command(matches(params), lines), null, Map.of());
        call.onCancel(journal::kill);
        int exit = journal.lines(line -> JournalLine.parse(line).ifPresent(entry -> call.emit(EventNames.LINE, entry)));
        if (!call.cancelled()) {
            throw new IllegalStateException("journalctl ended with exit code " + exit + ": " + journal.stderrTail());
        }
        return NoResult.NONE;
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

    private List<String> matches(LogsParams params) {
        JournalQuery query = graphs.get().journalQuery();
        if (params.service() != null) {
            return query.serviceMatches(params.service());
        }
        if (params.deployment() != null) {
            return query.deploymentMatches(params.deployment());
        }
        if (params.function() != null) {
            return query.functionMatches(params.function());
        }
        return List.of("_SYSTEMD_UNIT=" + params.unit(), "UNIT=" + params.unit());
    }
}
