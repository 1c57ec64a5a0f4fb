package dev.conductor.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import dev.conductor.console.view.Matches;
import dev.conductor.console.view.Matches.Span;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Draws a stream window's text box as Lanterna does, then recolours over it: the rows that came
 * from stderr in {@link #STDERR}, and each match of the search needle, only the matched text, in
 * {@link #MATCH_FG} on {@link #MATCH_BG}.
 */
final class MarkedRows extends TextBox.DefaultTextBoxRenderer {

    static final TextColor STDERR = TextColor.ANSI.RED;
    static final TextColor MATCH_FG = TextColor.ANSI.BLACK;
    static final TextColor MATCH_BG = TextColor.ANSI.YELLOW;

    private final IntPredicate stderr;
    private final Supplier<String> needle;

    MarkedRows(IntPredicate stderr, Supplier<String> needle) {
        this.stderr = stderr;
        this.needle = needle;
    }

    @Override
    public void drawComponent(TextGUIGraphics graphics, TextBox box) {
        super.drawComponent(graphics, box);
        TerminalSize area = textArea(graphics.getSize(), box);
        TerminalPosition top = getViewTopLeft();
        for (int row = 0; row < area.getRows() && top.getRow() + row < box.getLineCount(); row++) {
            String line = box.getLine(top.getRow() + row);
            int visible = Math.min(area.getColumns(), line.length() - top.getColumn());
            if (stderr.test(top.getRow() + row)) {
                recolour(graphics, row, 0, visible, character -> character.withForegroundColor(STDERR));
            }
            for (Span span : Matches.spans(line, needle.get())) {
                recolour(graphics, row, span.start() - top.getColumn(), Math.min(visible, span.end() - top.getColumn()),
                        character -> character.withForegroundColor(MATCH_FG).withBackgroundColor(MATCH_BG));
            }
        }
    }

    private static void recolour(TextGUIGraphics graphics, int row, int from, int to,
            UnaryOperator<TextCharacter> colour) {
        for (int column = Math.max(0, from); column < to; column++) {
            graphics.setCharacter(column, row, colour.apply(graphics.getCharacter(column, row)));
        }
    }

    // as the default renderer works it out: a scroll bar takes a column or a row from the text
    private static TerminalSize textArea(TerminalSize size, TextBox box) {
        int columns = size.getColumns();
        int rows = size.getRows();
        boolean vertical = box.getLineCount() > rows && columns > 1;
        columns -= vertical ? 1 : 0;
        if (longest(box) > columns && rows > 1) {
            rows--;
            columns -= !vertical && box.getLineCount() > rows ? 1 : 0;
        }
        return new TerminalSize(Math.max(0, columns), Math.max(0, rows));
    }

    private static int longest(TextBox box) {
        int longest = 0;
        for (int row = 0; row < box.getLineCount(); row++) {
            longest = Math.max(longest, box.getLine(row).length());
        }
        return longest;
    }
}
