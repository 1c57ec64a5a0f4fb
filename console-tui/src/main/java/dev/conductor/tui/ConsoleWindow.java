package dev.conductor.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.input.KeyStroke;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.HostsSource;
import dev.conductor.console.view.Links;
import dev.conductor.console.view.RowSource;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServicesSource;
import dev.conductor.console.view.TableViewModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console's one full-screen window: a title, the current view's table and a key line. Views
 * stack up on drill-down and pop on Esc; fleet changes are coalesced and applied on the GUI thread.
 */
public final class ConsoleWindow extends BasicWindow {

    static final String KEYS = "/ filter  s/S sort  Enter open  Esc back  d r l c E i u x R L F  ? help  q quit";
    private static final Executor CALLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tui-call");
        thread.setDaemon(true);
        return thread;
    });
    private final Fleet fleet;
    private final Deque<TableViewModel> views = new ArrayDeque<>();
    private final Table<String> table = new Table<>("");
    private final TableUpdater updater = new TableUpdater(table);
    private final Label title = new Label("");
    private final Label footer = new Label("");
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ConsoleKeys keys = new ConsoleKeys(this);
    private final Links links;
    private final Executor calls;
    private TableViewModel shown;
    private Actions actions;

    public ConsoleWindow(Fleet fleet) {
        this(fleet, Links.NONE);
    }

    /** A console whose actions (deploy, logs, commands) use {@code links}. */
    public ConsoleWindow(Fleet fleet, Links links) {
        this(fleet, links, CALLS);
    }

    ConsoleWindow(Fleet fleet, Links links, Executor calls) {
        super("Conductor");
        this.fleet = fleet;
        this.links = links;
        this.calls = calls;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel panel = new Panel(new BorderLayout());
        panel.addComponent(title, BorderLayout.Location.TOP);
        panel.addComponent(table, BorderLayout.Location.CENTER);
        panel.addComponent(footer, BorderLayout.Location.BOTTOM);
        setComponent(panel);
        setFocusedInteractable(table);
        views.push(new TableViewModel(new HostsSource()));
        fleet.addListener(change -> scheduleRefresh());
        refresh();
    }

    /** Refreshes on the GUI thread; a burst of fleet events causes one refresh, not one each. */
    private void scheduleRefresh() {
        if (getTextGUI() == null || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        try {
            getTextGUI().getGUIThread().invokeLater(() -> {
                refreshPending.set(false);
                refresh();
            });
        } catch (IllegalStateException stopped) {
            refreshPending.set(false); // the GUI has stopped: nothing left to draw on
        }
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        return keys.handle(key) || super.handleInput(key);
    }

    /** The current view, with the table's cursor recorded in it. */
    TableViewModel current() {
        TableViewModel view = views.peek();
        if (view == shown) {
            view.select(table.getSelectedRow());
        }
        return view;
    }

    void open(RowSource source) {
        current();
        views.push(new TableViewModel(source));
        refresh();
    }

    /**
     * Opens on the services of the one host there is, since a one-row hosts list only asks for an
     * Enter; Esc still goes back to it. With several hosts the hosts list stays first.
     */
    public void startOn(List<String> hosts) {
        if (hosts.size() == 1) {
            open(new ServicesSource(hosts.get(0)));
        }
    }

    /** Replaces every view with {@code source}, as for the top-level keys. */
    void home(RowSource source) {
        views.clear();
        open(source);
    }

    /** The service the cursor is on, or whose deployments are shown. */
    Optional<ServiceRef> selectedService() {
        return Selection.service(current());
    }

    /** The function the cursor is on in the functions view. */
    Optional<ServiceRef> selectedFunction() {
        return Selection.function(current());
    }

    /** The host the cursor is on in the hosts view, else the selected service's host. */
    Optional<String> selectedHost() {
        return Selection.host(current());
    }

    ServiceControl control() {
        return new ServiceControl(actions());
    }

    Actions actions() {
        if (actions == null) {
            actions = new Actions(getTextGUI(), links, calls);
        }
        return actions;
    }

    boolean back() {
        if (views.size() <= 1) {
            return false;
        }
        views.pop();
        refresh();
        return true;
    }

    void refresh() {
        TableViewModel view = current();
        updater.show(Trends.added(view.source(), view.refresh(fleet), fleet), view.selectedIndex());
        shown = view;
        showStatus();
    }

    void redraw() {
        TableViewModel view = views.peek();
        updater.show(Trends.added(view.source(), view.visible(), fleet), view.selectedIndex());
        shown = view;
        showStatus();
    }

    /** Shows an unexpected error in the key line until the next key or update. */
    public void showError(String message) {
        footer.setText("ERROR: " + message);
    }

    void showStatus() {
        TableViewModel view = views.peek();
        String filter = keys.filtering() ? "  filter: /" + keys.typed() + "_"
                : view.filterText().isEmpty() ? "" : "  filter: " + view.filterText();
        title.setText(view.source().title() + " (" + view.visible().rows().size() + ")  sort: " + view.sortLabel()
                + filter);
        footer.setText(KEYS);
    }
}
