package dev.conductor.agent.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.method.LogLine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads one entry of {@code journalctl -o json} as a {@code line} event: the timestamp in
 * ISO-8601 UTC, the unit systemd speaks about ({@code UNIT}), else the container, else the unit
 * that logged it, and the message without a trailing newline.
 */
final class JournalLine {

    private static final List<String> UNIT_FIELDS = List.of("UNIT", "CONTAINER_NAME", "_SYSTEMD_UNIT", "SYSLOG_IDENTIFIER");

    private JournalLine() {}

    /** The entry, or empty for a line that is not a journal entry. */
    static Optional<LogLine> parse(String json) {
        JsonNode entry;
        try {
            entry = MessageCodec.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (!entry.isObject()) {
            return Optional.empty();
        }
        String unit = UNIT_FIELDS.stream().map(field -> entry.path(field).asText("")).filter(text -> !text.isEmpty())
                .findFirst().orElse("");
        return Optional.of(new LogLine(timestamp(entry), unit, message(entry.path("MESSAGE"))));
    }

    private static String timestamp(JsonNode entry) {
        long micros = entry.path("__REALTIME_TIMESTAMP").asLong(0);
        return Instant.EPOCH.plusNanos(micros * 1000).toString();
    }

    // journalctl writes a message that is not valid UTF-8 as an array of byte values.
    private static String message(JsonNode message) {
        String text;
        if (message.isArray()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.forEach(b -> bytes.write(b.asInt()));
            text = bytes.toString(StandardCharsets.UTF_8);
        } else {
            text = message.asText("");
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
