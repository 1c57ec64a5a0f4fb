package dev.conductor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A GUI on Lanterna's virtual terminal, driven on the test's thread: keys in, screen text out. */
final class VirtualConsole {

    final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    final MultiWindowTextGUI gui;

    VirtualConsole() {
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    VirtualConsole show(Window window) {
        gui.addWindow(window);
        settle();
        return this;
    }

    /** Runs the GUI thread's pending input and tasks, then draws. */
    void settle() {
        try {
            for (int i = 0; i < 3; i++) {
                gui.getGUIThread().processEventsAndUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void press(KeyType... keys) {
        for (KeyType key : keys) {
            terminal.addInput(new KeyStroke(key));
        }
        settle();
    }

    void type(String text) {
        text.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
        settle();
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        settle();
    }

    List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                line.append(terminal.getCharacter(column, row).getCharacterString());
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The row on screen that starts with {@code prefix}; fails when none does. */
    int rowStarting(String prefix) {
        List<String> lines = lines();
        for (int row = 0; row < lines.size(); row++) {
            if (lines.get(row).startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + prefix + " in\n" + text());
    }

    /** The characters of {@code row} drawn on {@code background}, each run of them as one string. */
    List<String> runsOn(int row, TextColor background) {
        return runs(row, character -> character.getBackgroundColor().equals(background));
    }

    /** The characters of {@code row} drawn in {@code foreground}, each run of them as one string. */
    List<String> runsIn(int row, TextColor foreground) {
        return runs(row, character -> character.getForegroundColor().equals(foreground));
    }

    private List<String> runs(int row, Predicate<TextCharacter> wanted) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int column = 0; column <= terminal.getTerminalSize().getColumns(); column++) {
            TextCharacter character = column < terminal.getTerminalSize().getColumns()
                    ? terminal.getCharacter(column, row) : null;
            if (character != null && wanted.test(character)) {
                run.append(character.getCharacterString());
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        return runs;
    }

    String text() {
        return String.join("\n", lines());
    }
}
