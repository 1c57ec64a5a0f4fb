package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code java} that the launcher will exec, as {@code command -v java} does, and checks it is 17+. */
final class JavaLocator {

    static final int MINIMUM = 17;
    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?");

    private final ProcessRunner runner;

    JavaLocator(ProcessRunner runner) {
        this.runner = runner;
    }

    // The absolute path of a Java 17+ java on PATH.
    String locate() {
        ExecResult which = runner.run(ProcessSpec.of("sh", "-c", "command -v java"));
        String java = which.stdout().strip();
        if (!which.succeeded() || !java.startsWith("/")) {
            throw new InstallException("Java " + MINIMUM + " or newer is required, but 'command -v java' finds no java"
                    + " on PATH (" + System.getenv("PATH") + "); install one, for example:"
                    + " apt-get install openjdk-17-jre-headless");
        }
        ExecResult version = runner.run(ProcessSpec.of(java, "-version"));
        int feature = featureVersion(version.stderr() + version.stdout());
        if (feature < MINIMUM) {
            throw new InstallException("'" + java + "' is Java " + (feature < 0 ? "of unknown version" : feature)
                    + " ('java -version' says '" + firstLine(version) + "'); conductor-agent needs Java " + MINIMUM
                    + " or newer first on PATH");
        }
        return java;
    }

    // 17 for version "17.0.15", 8 for version "1.8.0_392", -1 when not found.
    static int featureVersion(String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        if (!matcher.find()) {
            return -1;
        }
        int first = Integer.parseInt(matcher.group(1));
        return first == 1 && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : first;
    }

    private static String firstLine(ExecResult result) {
        String text = (result.stderr() + result.stdout()).strip();
        return text.isEmpty() ? "" : text.lines().findFirst().orElse("");
    }
}
