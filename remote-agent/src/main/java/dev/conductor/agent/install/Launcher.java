package dev.conductor.agent.install;

/** The {@code /usr/local/bin/conductor-agent} script: exec the installed jar with a given java. */
final class Launcher {

    private Launcher() {}

    static String script(String java) {
        return "#!/bin/sh\n"
                + "# Written by `conductor-agent system install`; `system uninstall` removes it.\n"
                + "# CONDUCTOR_JAVA_OPTS: JVM options, such as the resident agent's heap limit (its unit sets them)\n"
                + "exec " + quote(java) + " " + String.join(" ", JvmArchive.FLAGS) + " $CONDUCTOR_JAVA_OPTS"
                + " -XX:SharedArchiveFile=" + quote(InstallLayout.CLASS_ARCHIVE)
                + " -jar " + quote(InstallLayout.JAR) + " \"$@\"\n";
    }

    private static String quote(String path) {
        if (path.contains("'") || path.contains("\n")) {
            throw new InstallException("cannot write a launcher for java at '" + path + "': quotes and newlines"
                    + " are not supported in its path");
        }
        return "'" + path + "'";
    }
}
