package dev.conductor.tui;

import com.googlecode.lanterna.TerminalSize;
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

    String text() {
        return String.join("\n", lines());
    }
}
