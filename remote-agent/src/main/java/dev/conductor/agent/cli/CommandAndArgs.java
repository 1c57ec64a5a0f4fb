package dev.conductor.agent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options end at a command's name: {@code run -s web migrate --dry-run -s x} passes
 * {@code --dry-run -s x} on. A preprocessor, because the parser settings of a subcommand are
 * replaced by its parent's.
 */
final class CommandAndArgs implements IParameterPreprocessor {

    /** A command line that runs a service's command: it takes the name and the words after it as typed. */
    interface Taker {
        void take(String command, List<String> args);
    }

    @Override
    public boolean preprocess(Stack<String> words, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        String command = words.pop();
        List<String> args = new ArrayList<>();
        while (!words.isEmpty()) {
            args.add(words.pop());
        }
        ((Taker) commandSpec.userObject()).take(command, args);
        return true;
    }
}
