package dev.conductor.spec;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a service runs ({@code conditions} in the service file). A host qualifies when
 * {@code hostname} is empty or one of its globs matches the host name, and every entry of
 * {@code labels} equals the host's label of that key. Globs know {@code *} (any run of
 * characters) and {@code ?} (one character) and ignore case, as DNS does. Example:
 * <pre>{@code "conditions": { "hostname": ["web-*.example.org"], "labels": { "tier": "front" } }}</pre>
 *
 * @param hostname host name globs, any of which may match; empty means any host
 * @param labels labels the host must carry with these exact values
 */
public record Conditions(List<@NotBlank String> hostname, Map<@NotBlank String, @NotNull String> labels) {

    /** No condition: the service runs on every host. */
    public static final Conditions NONE = new Conditions(List.of(), Map.of());

    public Conditions {
        hostname = Copies.list(hostname);
        labels = Copies.map(labels);
    }

    /**
     * Tells whether a host qualifies.
     *
     * @param host the host's name
     * @param hostLabels the host's labels
     * @return true when the service should run on that host
     */
    public boolean matches(String host, Map<String, String> hostLabels) {
        boolean hostMatches = hostname.isEmpty() || hostname.stream().anyMatch(glob -> globMatches(glob, host));
        return hostMatches && labels.entrySet().stream()
                .allMatch(label -> label.getValue().equals(hostLabels.get(label.getKey())));
    }

    private static boolean globMatches(String glob, String host) {
        StringBuilder regex = new StringBuilder();
        for (String literal : glob.split("(?=[*?])|(?<=[*?])")) {
            switch (literal) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(literal));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE)
                .matcher(host).matches();
    }
}
