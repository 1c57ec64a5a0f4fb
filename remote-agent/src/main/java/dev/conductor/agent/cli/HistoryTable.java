package dev.conductor.agent.cli;

import dev.conductor.text.TextTable;

import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.spec.Secrets;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code service history} as a table: one revision a row, the serving one marked. */
final class HistoryTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private HistoryTable() {}

    static void print(PrintWriter out, List<Revision> revisions, ServiceState state) {
        TextTable table = new TextTable(List.of("REVISION", "CREATED (UTC)", "STATUS", "TRIGGER", "REASON",
                "CONFIG"));
        for (Revision revision : revisions) {
            table.add(List.of(String.valueOf(revision.number()), TIME.format(revision.created()),
                    status(revision, state), trigger(revision), revision.reason(), config(revision)));
        }
        table.print(out);
    }

    private static String status(Revision revision, ServiceState state) {
        if (state.current() != null && state.current().revision() == revision.number()) {
            return state.hold() != null && state.hold() == revision.number() ? "serving (held)" : "serving";
        }
        if (state.next() != null && state.next().revision() == revision.number()) {
            return "deploying";
        }
        return revision.outcome() == null ? "" : revision.outcome();
    }

    /** {@code console (alice@laptop via conductor-tui)}; blank for revisions recorded before triggers were. */
    private static String trigger(Revision revision) {
        if (revision.trigger() == null) {
            return "";
        }
        String by = revision.trigger().by();
        return revision.trigger().kind() + (by.isEmpty() ? "" : " (" + by + ")");
    }

    private static String config(Revision revision) {
        return revision.config().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + Secrets.shown(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(" "));
    }
}
