package dev.conductor.gui;

import dev.conductor.console.view.Grid;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.gui.fleet.FleetPane;
import dev.conductor.gui.stream.CommandRunner;
import dev.conductor.gui.stream.LogsPane;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs under the services table: the selected service's deployments, functions, history and details,
 * then one closable tab per logs view, command runner or fleet view the operator opened.
 */
final class WorkTabs {

    private final FxCalls calls;
    private final ServiceDetail detail;
    private final TabPane tabs = new TabPane();

    WorkTabs(FxCalls calls, ServiceDetail detail) {
        this.calls = calls;
        this.detail = detail;
        tabs.setId("work-tabs");
        tabs.getTabs().setAll(detail.tabs());
    }

    Node node() {
        return tabs;
    }

    void show(ServiceRef service, Grid.Row row, Grid deployments, Grid functions) {
        detail.show(service, row, deployments, functions);
    }

    void openLogs(ServiceRef service) {
        LogsPane logs = LogsPane.follow(calls, service);
        open(logs.title(), "tab-logs", logs.node(), logs::close);
    }

    /** The fleet as {@code host}'s agent sees it, asked again while the tab is open. */
    void openFleet(String host) {
        FleetPane fleet = FleetPane.watch(calls, host, FleetPane.PERIOD);
        open(fleet.title(), "tab-fleet", fleet.node(), fleet::close);
    }

    void openCommands(ServiceRef service) {
        CommandRunner runner = new CommandRunner(calls, service);
        open(runner.title(), "tab-command", runner.node(), runner::close);
    }

    private void open(String title, String id, Node content, Runnable onClose) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setOnClosed(e -> onClose.run()); // stops the stream: a closed log must not keep reading
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }
}
