package dev.conductor.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.FleetGrids;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The fleet as one host's agent sees it: the services, placed against running, and the hosts, each
 * resource used against declared. It asks again every few seconds while open, one question at a
 * time; Tab moves between the tables, Esc closes it.
 */
final class FleetWindow extends BasicWindow {

    /** As often as the agents' heartbeats change what it shows. */
    static final Duration PERIOD = Duration.ofSeconds(3);
    private static final int SERVICE_ROWS = 8;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tui-fleet");
        thread.setDaemon(true);
        return thread;
    });
    private final Actions actions;
    private final String host;
    private final Label summary = new Label("asking...");
    private final Table<String> services = new Table<>("");
    private final Table<String> hosts = new Table<>("");
    private final TableUpdater servicesShown = new TableUpdater(services);
    private final TableUpdater hostsShown = new TableUpdater(hosts);
    private final Label status = new Label("");
    private boolean asking;
    private ScheduledFuture<?> timer;

    private FleetWindow(Actions actions, String host) {
        super("Fleet of " + host);
        this.actions = actions;
        this.host = host;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        services.setVisibleRows(SERVICE_ROWS);
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(summary);
        panel.addComponent(new Label("Services (! = not running as placed, or another version)"));
        panel.addComponent(services);
        panel.addComponent(new Label("Hosts (used/declared: the best of the services placed there)"));
        panel.addComponent(hosts);
        panel.addComponent(status);
        setComponent(panel);
        setFocusedInteractable(services);
    }

    /** Opens the window and asks {@code host} now, then every {@code period} until it is closed. */
    static FleetWindow open(Actions actions, String host, Duration period) {
        FleetWindow window = new FleetWindow(actions, host);
        actions.gui().addWindow(window);
        window.ask();
        window.timer = TIMER.scheduleWithFixedDelay(() -> actions.onGui(window::ask), period.toMillis(),
                period.toMillis(), TimeUnit.MILLISECONDS);
        return window;
    }

    // a slow agent (NATS timing out) gets no second question on top of the first
    private void ask() {
        if (!asking) {
            asking = true;
            actions.call(host, MethodNames.FLEET, NoParams.NONE, this::show, this::failed);
        }
    }

    private void show(FleetResult fleet) {
        asking = false;
        summary.setText(FleetGrids.summary(host, fleet));
        servicesShown.show(FleetGrids.services(fleet), Math.max(0, services.getSelectedRow()));
        hostsShown.show(FleetGrids.hosts(fleet), Math.max(0, hosts.getSelectedRow()));
        status("as of " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    // what was shown stays: the next answer may well come
    private void failed(String reason) {
        asking = false;
        status("FAILED: " + reason);
    }

    private void status(String text) {
        status.setText(text + "   Esc close  Tab next table  every " + PERIOD.toSeconds() + " s");
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        boolean escape = key.getKeyType() == KeyType.Escape;
        if (escape) {
            close();
        }
        return escape || super.handleInput(key);
    }

    /** Closes it and stops asking. */
    @Override
    public void close() {
        if (timer != null) {
            timer.cancel(false);
        }
        super.close();
    }
}
