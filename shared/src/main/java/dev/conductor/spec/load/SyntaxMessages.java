package dev.conductor.spec.load;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites Jackson's syntax error messages into short, plain sentences. */
final class SyntaxMessages {

    private static final Map<String, String> EXPECTED = Map.of(
            "was expecting a colon to separate field name and value", "expected ':' after field name",
            "was expecting comma to separate Object entries", "expected ',' or '}' after a field",
            "was expecting comma to separate Array entries", "expected ',' or ']' after an array element",
            "was expecting double-quote to start field name", "expected '\"' to start a field name",
            "expected a valid value", "expected a value");

    private static final Pattern END_OF_INPUT = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) "
                    + "\\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\).*", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'.*", Pattern.DOTALL);

    private SyntaxMessages() {
    }

    /** Rewrites the part after "Unexpected character (...): ". */
    static String expected(String jacksonTail) {
        return EXPECTED.entrySet().stream()
                .filter(entry -> jacksonTail.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> firstLine(jacksonTail).replaceFirst("^was expecting", "expected"));
    }

    /** Rewrites any other syntax message. */
    static String rewrite(String message) {
        Matcher end = END_OF_INPUT.matcher(message);
        if (end.matches()) {
            return "unexpected end of file: the " + end.group(1).toLowerCase(Locale.ROOT) + " opened at "
                    + end.group(2) + ":" + end.group(3) + " is not closed";
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.matches()) {
            return "unrecognized token '" + unrecognized.group(1) + "', expected a value";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches()) {
            return "duplicate field \"" + duplicate.group(1) + "\"";
        }
        return firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
