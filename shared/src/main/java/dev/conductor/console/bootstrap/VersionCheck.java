package dev.conductor.console.bootstrap;

/**
 * The agent's version against the console's. An agent older than the console (or of unknown
 * version) is offered an install; the console decides whether to do it.
 */
public enum VersionCheck {
    AGENT_OLDER, SAME, AGENT_NEWER;

    /** Compares dotted versions with an optional qualifier: {@code 0.2.0-SNAPSHOT < 0.2.0 < 0.10.0}. */
    public static VersionCheck of(String agentVersion, String consoleVersion) {
        if (agentVersion == null || agentVersion.isBlank()) {
            return AGENT_OLDER;
        }
        int order = compare(agentVersion.strip(), consoleVersion.strip());
        return order < 0 ? AGENT_OLDER : order == 0 ? SAME : AGENT_NEWER;
    }

    /** Whether the console should offer to install its own agent on the host. */
    public boolean offersInstall() {
        return this == AGENT_OLDER;
    }

    static int compare(String left, String right) {
        String[] a = left.split("-", 2);
        String[] b = right.split("-", 2);
        int numbers = compareNumbers(a[0].split("\\."), b[0].split("\\."));
        if (numbers != 0) {
            return numbers;
        }
        if (a.length != b.length) {
            return a.length < b.length ? 1 : -1; // a release is newer than its pre-releases
        }
        return a.length == 1 ? 0 : Integer.signum(a[1].compareTo(b[1]));
    }

    private static int compareNumbers(String[] a, String[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int order = isNumber(x) && isNumber(y) ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (order != 0) {
                return Integer.signum(order);
            }
        }
        return 0;
    }

    private static boolean isNumber(String part) {
        return !part.isEmpty() && part.length() < 18 && part.chars().allMatch(Character::isDigit);
    }
}
