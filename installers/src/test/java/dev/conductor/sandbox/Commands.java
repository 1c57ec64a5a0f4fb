package dev.conductor.sandbox;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders command lines for messages, quoted so that they can be pasted into a shell. */
final class Commands {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Commands() {
    }

    static String quote(List<String> command) {
        return command.stream().map(Commands::quote).collect(Collectors.joining(" "));
    }

    static String quote(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
