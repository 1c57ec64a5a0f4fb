package dev.conductor.agent.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.protocol.MessageCodec;
import java.util.List;
import java.util.Set;

/**
 * Unit state changes from PID 1's own journal messages ({@code Starting}, {@code Finished},
 * {@code Stopping}, {@code Stopped}, {@code Failed}, ...), which name the unit in {@code UNIT=}.
 * The safety net behind {@link SystemdBusChanges}: always there, but about 0.3 s late, as
 * journald tells followers of new entries on a 250 ms timer.
 */
final class SystemdJournalChanges {

    /** Follows PID 1's messages from now on, with only the field that matters. */
    static final List<String> COMMAND = List.of("journalctl", "--follow", "--lines=0", "--output=json",
            "--output-fields=UNIT", "_PID=1");

    private SystemdJournalChanges() {}

    static ChangeSource watcher() {
        return new CommandWatcher("systemd-journal", COMMAND, SystemdJournalChanges::classify);
    }

    /** The rows a message of PID 1 concerns: services for conductor-service units, deployments for theirs. */
    static Set<RowKind> classify(String line) {
        if (!line.contains("conductor-")) {
            return Set.of();
        }
        try {
            return SystemdBusChanges.kindsOfUnit(MessageCodec.MAPPER.readTree(line).path("UNIT").asText(""));
        } catch (JsonProcessingException e) {
            return Set.of();
        }
    }
}
