package dev.conductor.gui.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what the operator typed into a command's arguments: on whitespace, with
 * {@code "double quotes"} keeping spaces inside one argument. There is no shell: the agent
 * gets the arguments as a list, so nothing else is special.
 */
public final class Args {

    private Args() {}

    /** Splits on whitespace; double quotes keep spaces and may be empty; nothing is ever interpreted by a shell. */
    public static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean quoted = false;
        boolean started = false; // "" is an argument, the empty string
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    args.add(arg.toString());
                    arg.setLength(0);
                    started = false;
                }
            } else {
                arg.append(c);
                started = true;
            }
        }
        if (started) {
            args.add(arg.toString()); // an unclosed quote runs to the end
        }
        return args;
    }
}
