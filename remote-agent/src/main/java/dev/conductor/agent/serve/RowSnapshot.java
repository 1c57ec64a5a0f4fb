package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.RemovedEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows last sent to subscribers, so that a refresh sends only what changed. */
final class RowSnapshot {

    /** One event to send: a row that is new or changed, or a {@code removed} one. */
    record Change(String event, Object data) {}

    private final Map<RowKind, Map<String, JsonNode>> sent = new EnumMap<>(RowKind.class);

    /** Takes the current rows of {@code kind} and returns the events that bring a subscriber up to them. */
    List<Change> update(RowKind kind, Map<String, JsonNode> now) {
        Map<String, JsonNode> before = sent.getOrDefault(kind, Map.of());
        List<Change> changes = new ArrayList<>();
        now.forEach((name, row) -> {
            if (!row.equals(before.get(name))) {
                changes.add(new Change(kind.event(), row));
            }
        });
        before.keySet().stream().filter(name -> !now.containsKey(name))
                .forEach(name -> changes.add(new Change(EventNames.REMOVED, new RemovedEvent(kind.event(), name))));
        sent.put(kind, new LinkedHashMap<>(now));
        return changes;
    }

    /** Every row sent so far, for a subscriber that joins late. */
    List<Change> all() {
        List<Change> changes = new ArrayList<>();
        sent.forEach((kind, rows) -> rows.values().forEach(row -> changes.add(new Change(kind.event(), row))));
        return changes;
    }
}
