package dev.conductor.gui;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.Grid;
import dev.conductor.console.view.HostList;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.action.NotificationArea;
import dev.conductor.gui.action.ServiceActions;
import dev.conductor.gui.host.AddHostWizard;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: hosts on the left, the services table with the selected service's tabs
 * below it, a menu and toolbar of actions, a status line, and notifications on top.
 */
public final class MainView {

    private final ConsoleContext context;
    private final Stage stage;
    private final DashboardModel model;
    private final SimpleBooleanProperty serviceReady = new SimpleBooleanProperty();
    private final NotificationArea notifications = new NotificationArea();
    private final ServiceActions actions;
    private final HostsSidebar sidebar;
    private final ServicesPane services;
    private final WorkTabs work;
    private final Label summary = new Label();
    private final SplitPane split;
    private final FleetRefresher refresher = new FleetRefresher(Platform::runLater, this::refresh);
    private final StackPane root;

    public MainView(ConsoleContext context, Stage stage, Runnable toggleTheme) {
        this.context = context;
        this.stage = stage;
        this.model = new DashboardModel(context.fleet());
        this.actions = new ServiceActions(context.calls(), stage, notifications);
        this.sidebar = new HostsSidebar(this::scope, this::addHost,
                new HostsSidebar.HostMenu(actions::reload, context.hosts()::add, this::removeHost));
        this.work = new WorkTabs(context.calls(), new ServiceDetail(context.calls(), model::rates));
        this.services = new ServicesPane(this::select, this::filter, model::serviceRates);
        summary.setId("status-summary");
        split = new SplitPane(services.node(), work.node());
        split.setOrientation(Orientation.VERTICAL);
        // small minimums, so that the operator's (and the remembered) divider is not pushed back by content sizes
        ((Region) services.node()).setMinHeight(100);
        ((Region) work.node()).setMinHeight(100);
        ActionBar bar = new ActionBar(new MainActions(this, toggleTheme).all(), serviceReady);
        BorderPane frame = new BorderPane(new SplitPane(sidebar.node(), split), new VBox(bar.menus(), bar.tools()),
                null, statusBar(), null);
        ((SplitPane) frame.getCenter()).setDividerPositions(0.2);
        root = new StackPane(frame, notifications.node());
        StackPane.setAlignment(notifications.node(), Pos.TOP_RIGHT);
        context.fleet().addListener(refresher);
        refresh();
    }

    public Parent root() {
        return root;
    }

    /** What turns fleet changes into refreshes, with its counts, for the FX-thread benchmark. */
    public FleetRefresher refresher() {
        return refresher;
    }

    /** The services table, for the launch benchmark. */
    TableView<Grid.Row> servicesTable() {
        return services.table();
    }

    public SplitPane split() {
        return split;
    }

    /** Re-reads the fleet into every view; runs on the FX thread, coalesced by {@link FleetRefresher}. */
    public void refresh() {
        model.refresh();
        sidebar.show(model.hosts());
        services.show(model.services());
        serviceReady.set(model.canAct());
        showWork();
        summary.setText(model.summary());
    }

    void focusFilter() {
        services.focusFilter();
    }

    void filter(String text) {
        model.filter(text);
        refresh();
    }

    ServiceActions actions() {
        return actions;
    }

    /** Runs {@code action} on the selected service; the menu and buttons are disabled without one. */
    void onService(Consumer<ServiceRef> action) {
        model.selected().ifPresent(action);
    }

    void reloadHost() {
        onHost("to reload its service files", actions::reload);
    }

    void openFleet() {
        onHost("to see the fleet as its agent does", work::openFleet);
    }

    /** Runs {@code action} on the host picked in the sidebar, else the selected service's; says {@code why} without. */
    private void onHost(String why, Consumer<String> action) {
        String host = sidebar.selected() != null ? sidebar.selected() : model.selected().map(ServiceRef::host).orElse(null);
        if (host == null) {
            notifications.info("Pick a host (or a service on it) " + why);
        } else {
            action.accept(host);
        }
    }

    void openLogs() {
        onService(work::openLogs);
    }

    void openCommands() {
        onService(work::openCommands);
    }

    void addHost() {
        new AddHostWizard(context.ssh(), context.agentJar(), context.version(), destination -> {
            HostList.add(context.hostsFile(), destination);
            context.hosts().add(destination);
            notifications.success("Added " + destination);
        }).show(stage);
    }

    /** Stops watching {@code host} and takes it off the saved list, so that it stays gone after a restart. */
    void removeHost(String host) {
        context.hosts().remove(host);
        HostList.remove(context.hostsFile(), host);
        notifications.info("Removed " + host);
    }

    Stage stage() {
        return stage;
    }

    private void scope(String host) {
        model.scope(host);
        refresh();
    }

    private void select(String key) {
        model.select(key);
        serviceReady.set(model.canAct());
        showWork();
    }

    private void showWork() {
        work.show(model.selected().orElse(null), services.selectedRow(), model.deployments(), model.functions());
    }

    private Node statusBar() {
        Label hint = new Label("Ctrl+F filter · Ctrl+D deploy · Ctrl+L logs · Ctrl+N add host");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        BorderPane bar = new BorderPane(null, null, hint, null, summary);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
