package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --expires}: a span from now ({@code 90m}, {@code 12h}, {@code 30d}), a date (UTC midnight) or an instant. */
public final class Expiry {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,6})([smhd])");

    private Expiry() {}

    public static Instant parse(String text, Instant now) {
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            long amount = Long.parseLong(span.group(1));
            return now.plus(switch (span.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "--expires '" + text + "': expected a span (90m, 12h,"
                    + " 30d), a date (2027-01-31) or an instant (2027-01-31T12:00:00Z)");
        }
    }
}
