package dev.conductor.tui;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.RowSource;
import java.util.List;

/** Every key the console knows, as a table. */
public final class HelpSource implements RowSource {

    static final List<List<String>> KEYS = List.of(
            List.of("Up/Down", "move the selection"),
            List.of("Enter", "open: host -> its services, service -> its deployments"),
            List.of("Esc", "back (clears the filter on the first view)"),
            List.of("/", "filter: type, Enter to apply, Esc to clear"),
            List.of("s", "sort by the next column"),
            List.of("S", "reverse the sort"),
            List.of("h", "hosts"),
            List.of("v", "services on all hosts"),
            List.of("e", "deployments on all hosts"),
            List.of("f", "functions on all hosts: requests per second, errors, latency"),
            List.of("d", "deploy the selected service (asks first, then shows progress)"),
            List.of("r", "roll the selected service back: pick a revision, confirm"),
            List.of("l", "logs of the selected service or function; f: follow, Esc: close"),
            List.of("c", "run one of the selected service's commands; x there stops it"),
            List.of("E", "environment of the selected service (secrets masked)"),
            List.of("i", "info: state, releases, pods, hooks, commands, deployments"),
            List.of("t", "timeline: each revision's time, trigger and outcome, newest first"),
            List.of("u", "start the selected service (asks first)"),
            List.of("x", "stop the selected service (asks first)"),
            List.of("R", "restart the selected service (asks first)"),
            List.of("L", "reload all service files on the selected host (asks first)"),
            List.of("F", "fleet of the selected host: placed vs running, used vs declared"),
            List.of("w t / n", "in logs: wrap, timestamps, search, next match"),
            List.of("?", "this help"),
            List.of("q", "quit"));

    @Override
    public String title() {
        return "Help";
    }

    @Override
    public Grid read(Fleet fleet) {
        return new Grid(List.of("KEY", "ACTION"), KEYS.stream().map(key -> new Grid.Row(key.get(0), key)).toList());
    }
}
