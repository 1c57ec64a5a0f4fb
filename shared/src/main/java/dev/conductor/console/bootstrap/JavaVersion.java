package dev.conductor.console.bootstrap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host's Java, read from what {@code java -version} prints ({@code openjdk version
 * "17.0.15" 2025-04-15}, or {@code java version "1.8.0_381"} before Java 9).
 *
 * @param feature the feature release: 8, 11, 17, 21
 * @param text the version string as printed
 */
public record JavaVersion(int feature, String text) {

    private static final Pattern VERSION = Pattern.compile("version \"((\\d+)(?:\\.(\\d+))?[^\"]*)\"");

    /** The version in {@code java -version} output; empty if it names none. */
    public static Optional<JavaVersion> parse(String output) {
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(2));
        int feature = first == 1 && matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : first;
        return Optional.of(new JavaVersion(feature, matcher.group(1)));
    }
}
