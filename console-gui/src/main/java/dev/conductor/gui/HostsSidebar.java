package dev.conductor.gui;

import atlantafx.base.theme.Styles;
import dev.conductor.console.fleet.FleetHost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The hosts column: "All hosts", then each host with a state dot, its agent version and, when
 * it is down, why. Picking one scopes the services table to it.
 */
final class HostsSidebar {

    static final String ALL = "";
    private final ListView<String> list = new ListView<>();
    private final Map<String, FleetHost> hosts = new HashMap<>();
    private final VBox root;

    HostsSidebar(Consumer<String> scope, Runnable addHost, HostMenu menu) {
        list.setId("hosts-list");
        list.getItems().add(ALL);
        list.setCellFactory(view -> new HostCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, name) ->
                scope.accept(name == null || name.equals(ALL) ? null : name));
        list.setContextMenu(contextMenu(menu));
        Button add = new Button("Add host…");
        add.setId("add-host");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> addHost.run());
        Label title = new Label("Hosts");
        title.getStyleClass().add(Styles.TITLE_4);
        root = new VBox(8, title, list, add);
        root.setPadding(new Insets(10));
        root.setPrefWidth(240);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    /** Shows the hosts as they are now, keeping the selection. */
    void show(List<FleetHost> current) {
        hosts.clear();
        current.forEach(host -> hosts.put(host.name(), host));
        List<String> names = new ArrayList<>();
        names.add(ALL);
        current.forEach(host -> names.add(host.name()));
        if (!names.equals(list.getItems())) {
            String selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(names);
            list.getSelectionModel().select(selected != null && names.contains(selected) ? selected : ALL);
        }
        list.refresh();
    }

    /** The selected host, or null for all hosts. */
    String selected() {
        String name = list.getSelectionModel().getSelectedItem();
        return name == null || name.equals(ALL) ? null : name;
    }

    private ContextMenu contextMenu(HostMenu menu) {
        return new ContextMenu(item("Reload service files…", "host-reload", menu.reload()),
                item("Reconnect", "host-reconnect", menu.reconnect()), item("Remove host", "host-remove", menu.remove()));
    }

    private MenuItem item(String label, String id, Consumer<String> action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setOnAction(e -> onSelected(action));
        return item;
    }

    private void onSelected(Consumer<String> action) {
        String host = selected();
        if (host != null) {
            action.accept(host);
        }
    }

    /**
     * What the hosts' context menu does with the selected host.
     *
     * @param reload reload its service files
     * @param reconnect connect again, e.g. after a refused key was fixed or the agent installed
     * @param remove stop watching it and forget it
     */
    record HostMenu(Consumer<String> reload, Consumer<String> reconnect, Consumer<String> remove) {}

    /** A host row: dot, name and version on one line, the state or error below. */
    private final class HostCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(null);
            setTooltip(null);
            setGraphic(empty || name == null ? null : name.equals(ALL) ? allHosts() : host(hosts.get(name), name));
        }

        private Node allHosts() {
            return new Label("All hosts (" + hosts.size() + ")");
        }

        private Node host(FleetHost host, String name) {
            String state = host == null ? "CONNECTING" : host.state().name();
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("state-dot", "state-" + state.toLowerCase());
            Label title = new Label(name);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label version = new Label(host == null || host.agentVersion().isEmpty() ? "" : "v" + host.agentVersion());
            version.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(6, dot, title, gap, version);
            line.setAlignment(Pos.CENTER_LEFT);
            Label detail = new Label(host == null || host.detail().isEmpty() ? state.toLowerCase() : host.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            detail.setMaxWidth(200);
            if (host != null && !host.detail().isEmpty()) {
                setTooltip(new Tooltip(host.detail()));
            }
            return new VBox(2, line, detail);
        }
    }
}
