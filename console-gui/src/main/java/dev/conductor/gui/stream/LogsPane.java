package dev.conductor.gui.stream;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.StreamText;
import dev.conductor.gui.FxCalls;
import dev.conductor.protocol.method.LogsParams;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoResult;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;

/**
 * A service's journal, followed live ({@code logs.follow}) into a bounded, virtualised list,
 * with follow/pause, search, wrap and clear. Lives in a tab; {@link #close()} stops the stream.
 * Build it and use it on the FX thread.
 */
public final class LogsPane {

    /** Journal lines asked for before following. */
    public static final int BACKLOG = 200;

    private final ServiceRef service;
    private final LineList lines = new LineList("logs-list", LogBuffer.DEFAULT_LIMIT);
    private final ToggleButton follow = new ToggleButton("Follow");
    private final ToggleButton wrap = new ToggleButton("Wrap");
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private Runnable cancel = () -> { };
    private String ended; // why the stream ended; null while it runs
    private long receivedAtPause;

    private LogsPane(ServiceRef service) {
        this.service = service;
        root.setId("logs-pane");
        root.setTop(toolbar());
        root.setCenter(lines.view());
        follow.selectedProperty().bindBidirectional(lines.follow());
        lines.wrap().bind(wrap.selectedProperty());
        lines.highlight().bind(search.textProperty());
        lines.follow().addListener((property, was, now) -> paused(now));
        lines.received().addListener(changed -> showStatus());
        // scrolling up to read stops following, as in a terminal pager
        lines.view().addEventFilter(ScrollEvent.SCROLL, scroll -> {
            if (scroll.getDeltaY() > 0) {
                follow.setSelected(false);
            }
        });
        showStatus();
    }

    /** Starts following the journal of {@code service}, with {@link #BACKLOG} lines of backlog. */
    public static LogsPane follow(FxCalls calls, ServiceRef service) {
        LogsPane pane = new LogsPane(service);
        FxCalls.FxStream<NoResult> stream = calls.stream(service.host(), MethodNames.LOGS_FOLLOW,
                LogsParams.ofService(service.name(), BACKLOG),
                event -> pane.lines.add(StreamText.logLine(event)));
        pane.cancel = stream.cancel();
        stream.result().whenComplete((answer, failure) -> pane.end(failure == null ? "stream closed" : FxCalls.reason(failure)));
        return pane;
    }

    /** The pane, root id {@code logs-pane}. */
    public Node node() {
        return root;
    }

    /** The tab text, e.g. {@code Logs · web on alpha}. */
    public String title() {
        return "Logs · " + service;
    }

    /** Stops following; the lines stay. */
    public void close() {
        cancel.run();
        end("closed");
    }

    private ToolBar toolbar() {
        follow.setId("logs-follow");
        follow.setSelected(true);
        follow.setTooltip(new Tooltip("Keep the newest line in view; while paused, lines keep arriving below"));
        wrap.setId("logs-wrap");
        search.setId("logs-search");
        search.setPromptText("Search (Enter next, Shift+Enter previous)");
        search.setPrefColumnCount(24);
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        search.textProperty().addListener(changed -> search.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        Button clear = new Button("Clear");
        clear.setId("logs-clear");
        clear.setOnAction(action -> clear());
        status.setId("logs-status");
        return new ToolBar(follow, wrap, search, clear, status);
    }

    private void searchKey(KeyEvent key) {
        if (key.getCode() == KeyCode.ENTER) {
            find(!key.isShiftDown());
            key.consume();
        }
    }

    private void find(boolean forward) {
        String needle = search.getText();
        int from = lines.view().getSelectionModel().getSelectedIndex();
        int row = forward ? lines.buffer().next(needle, from) : lines.buffer().previous(needle, from);
        search.pseudoClassStateChanged(Styles.STATE_DANGER, !needle.isEmpty() && row < 0);
        if (row >= 0) {
            follow.setSelected(false); // or new lines would scroll the match away
            lines.select(row);
        }
    }

    private void clear() {
        lines.clear();
        receivedAtPause = 0;
        showStatus();
    }

    private void paused(boolean following) {
        receivedAtPause = lines.received().get();
        status.pseudoClassStateChanged(Styles.STATE_ACCENT, !following);
        showStatus();
    }

    private void end(String reason) {
        if (ended == null) {
            lines.flush(); // lines that came before the end are shown before it
            ended = reason;
            showStatus();
        }
    }

    private void showStatus() {
        String state = ended != null ? "ended: " + ended : follow.isSelected() ? "following" : "paused";
        String text = state + " · " + count(lines.buffer().size()) + " lines";
        if (ended == null && !follow.isSelected()) {
            text += " · " + count(lines.received().get() - receivedAtPause) + " new";
        }
        if (lines.buffer().dropped() > 0) {
            text += " · " + count(lines.buffer().dropped()) + " older dropped";
        }
        status.setText(text);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
