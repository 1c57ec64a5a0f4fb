package dev.conductor.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.DeploymentsSource;
import dev.conductor.console.view.FunctionsSource;
import dev.conductor.console.view.HostsSource;
import dev.conductor.console.view.ServicesSource;
import dev.conductor.console.view.TableViewModel;

/** The console's keys, including the {@code /} filter prompt typed into the title line. */
final class ConsoleKeys {

    private final ConsoleWindow window;
    private StringBuilder typed;

    ConsoleKeys(ConsoleWindow window) {
        this.window = window;
    }

    boolean filtering() {
        return typed != null;
    }

    String typed() {
        return typed == null ? "" : typed.toString();
    }

    /** Returns whether the key was the console's; other keys go to the table (arrows, paging). */
    boolean handle(KeyStroke key) {
        if (filtering()) {
            filterKey(key);
            return true;
        }
        return switch (key.getKeyType()) {
            case Enter -> drill();
            case Escape -> escape();
            case Character -> character(key.getCharacter());
            default -> false;
        };
    }

    private boolean character(char c) {
        switch (c) {
            case '/' -> typed = new StringBuilder(window.current().filterText());
            case 's' -> window.current().sortNext();
            case 'S' -> window.current().reverse();
            case 'h' -> window.home(new HostsSource());
            case 'v' -> window.home(new ServicesSource(null));
            case 'e' -> window.home(new DeploymentsSource(null, null));
            case 'f' -> window.home(new FunctionsSource(null, null));
            case '?' -> window.open(new HelpSource());
            case 'q' -> window.close();
            case 'd' -> window.selectedService().ifPresent(service -> window.actions().deploy(service));
            case 'r' -> window.selectedService().ifPresent(service -> new RollbackPicker(window.actions(), service)
                    .open());
            case 'l' -> window.selectedFunction().ifPresentOrElse(function -> window.actions().functionLogs(function),
                    () -> window.selectedService().ifPresent(service -> window.actions().logs(service)));
            case 'c' -> window.selectedService().ifPresent(service -> new CommandPicker(window.actions(), service)
                    .open());
            case 'E' -> window.selectedService().ifPresent(service -> window.control().env(service));
            case 'i' -> window.selectedService().ifPresent(service -> window.control().show(service));
            case 't' -> window.selectedService().ifPresent(service -> window.control().timeline(service));
            case 'u' -> window.selectedService().ifPresent(service -> window.control().start(service));
            case 'x' -> window.selectedService().ifPresent(service -> window.control().stop(service));
            case 'R' -> window.selectedService().ifPresent(service -> window.control().restart(service));
            case 'L' -> window.selectedHost().ifPresent(host -> window.control().reload(host));
            case 'F' -> window.selectedHost().ifPresent(host -> window.actions().fleet(host));
            default -> {
                return false;
            }
        }
        window.redraw();
        return true;
    }

    private void filterKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> typed.append(key.getCharacter());
            case Backspace -> typed.setLength(Math.max(0, typed.length() - 1));
            case Enter -> endFilter(typed.toString());
            case Escape -> endFilter("");
            default -> { }
        }
        window.redraw();
    }

    private void endFilter(String text) {
        typed = null;
        window.current().filter(text);
    }

    private boolean drill() {
        TableViewModel view = window.current();
        String key = view.selectedKey();
        if (key != null) {
            view.source().drill(key).ifPresent(window::open);
        }
        return true;
    }

    private boolean escape() {
        if (!window.back()) {
            window.current().filter("");
            window.redraw();
        }
        return true;
    }
}
