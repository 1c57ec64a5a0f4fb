package dev.conductor.agent.mask;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secret values this process has seen, and text with each of them masked. Masking goes by
 * value, not by key name: a template that echoes {@code Bearer $API_TOKEN} into its error puts
 * the token in a failure reason, whatever the variable was called. Every place where the agent's
 * text leaves the process (exception messages, the journal, CLI frames, protocol lines) passes
 * through {@link #apply}.
 */
public final class SecretMask {

    /** What a secret value is shown as; the same as the mask of secret config keys. */
    public static final String MASK = "********";
    /** Shorter values would mask common words and digits everywhere; {@code secret set} refuses them. */
    public static final int MIN_LENGTH = 4;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();

    private SecretMask() {}

    /** Remembers a secret value, and its JSON-escaped spelling, so that later text masks it. */
    public static void register(String value) {
        if (value == null || value.length() < MIN_LENGTH) {
            return;
        }
        Set<String> forms = new HashSet<>();
        forms.add(value);
        forms.add(jsonEscaped(value));
        // a multi-line value can reach a log line by line
        value.lines().filter(line -> line.length() >= MIN_LENGTH).forEach(forms::add);
        if (VALUES.addAll(forms)) {
            // longest first, so that a value containing another is masked whole
            longestFirst = VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** The text with every registered secret value replaced by {@link #MASK}; null stays null. */
    public static String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String value : longestFirst) {
            if (masked.contains(value)) {
                masked = masked.replace(value, MASK);
            }
        }
        return masked;
    }

    static void forgetAllForTests() {
        VALUES.clear();
        longestFirst = List.of();
    }

    // as Jackson writes it in protocol lines
    private static String jsonEscaped(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
