package dev.conductor.gui.stream;

import dev.conductor.console.view.Matches.Span;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A line whose search matches stand out, and only they: the rest keeps the cell's font and colour. */
final class MatchedLine {

    private MatchedLine() {}

    static TextFlow flow(String line, List<Span> spans, Font font, ObservableValue<Paint> fill) {
        TextFlow flow = new TextFlow();
        flow.setMaxHeight(Region.USE_PREF_SIZE); // stretched to the cell's height, its text would sit above the others'
        int at = 0;
        for (Span span : spans) {
            plain(flow, line.substring(at, span.start()), font, fill);
            Text match = new Text(line.substring(span.start(), span.end()));
            match.getStyleClass().add(LineCell.MATCH);
            match.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
            match.setUnderline(true);
            flow.getChildren().add(match);
            at = span.end();
        }
        plain(flow, line.substring(at), font, fill);
        return flow;
    }

    private static void plain(TextFlow flow, String text, Font font, ObservableValue<Paint> fill) {
        if (!text.isEmpty()) {
            Text plain = new Text(text);
            plain.setFont(font);
            plain.fillProperty().bind(fill);
            flow.getChildren().add(plain);
        }
    }
}
