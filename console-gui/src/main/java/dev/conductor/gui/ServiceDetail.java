package dev.conductor.gui;

import dev.conductor.console.view.Grid;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServiceText;
import dev.conductor.console.view.Timeline;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected service's fixed tabs: its deployments with their display columns, its functions
 * with a sparkline of their requests per second, its revision history (a timeline of its deploys
 * and rollbacks above the list), its details
 * ({@code service.show}: releases, pods, hooks, commands and the
 * {@code display_service_deployment_config} values) and its environment, secrets masked. History
 * and details are asked of the agent when the selection or the service's row changes.
 */
final class ServiceDetail {

    private final FxCalls calls;
    private final GridTable deployments = new GridTable("deployments-table", "Select a service to see its deployments");
    private final GridTable functions = new GridTable("functions-table", "Select a service to see its functions");
    private final ListView<String> history = lines("history-list");
    private final TimelinePane timeline = new TimelinePane();
    private final SparklineColumn trends = new SparklineColumn("col-REQ_S_TREND", "REQ/S, LAST MINUTE");
    private final Function<String, List<Double>> rates;
    private final ListView<String> details = lines("service-details");
    private final ListView<String> environment = lines("service-env");
    private final List<Tab> tabs;
    private ServiceRef shown;
    private Grid.Row shownRow;

    /** @param rates the requests-per-second rates of a function row, by its key, oldest first */
    ServiceDetail(FxCalls calls, Function<String, List<Double>> rates) {
        this.calls = calls;
        this.rates = rates;
        functions.withColumn(trends.column());
        VBox.setVgrow(history, Priority.ALWAYS);
        tabs = List.of(tab("Deployments", "tab-deployments", deployments.table()),
                tab("Functions", "tab-functions", functions.table()),
                tab("History", "tab-history", new VBox(timeline.node(), history)), tab("Details", "tab-details", details),
                tab("Environment", "tab-env", environment));
    }

    List<Tab> tabs() {
        return tabs;
    }

    /**
     * Shows {@code service} (null for none) with its deployments and functions; asks the agent
     * again only when the service or its row changed, e.g. after a deploy moved it to another state.
     */
    void show(ServiceRef service, Grid.Row row, Grid serviceDeployments, Grid serviceFunctions) {
        deployments.show(serviceDeployments);
        functions.show(serviceFunctions);
        trends.update(serviceFunctions, rates);
        if (Objects.equals(service, shown) && Objects.equals(row, shownRow)) {
            return;
        }
        shown = service;
        shownRow = row;
        if (service == null) {
            history.getItems().setAll("Select a service to see its revisions");
            timeline.show(new Timeline(List.of()));
            details.getItems().setAll("Select a service to see its details");
            environment.getItems().setAll("Select a service to see its environment");
            return;
        }
        load(service, MethodNames.SERVICE_HISTORY, history, result -> {
            timeline.show(Timeline.of(result));
            return ServiceText.history(result);
        });
        load(service, MethodNames.SERVICE_SHOW, details, ServiceText::show);
        load(service, MethodNames.SERVICE_ENV, environment, ServiceText::env); // secrets come masked from the agent
    }

    private <R> void load(ServiceRef service, MethodName<NameParams, R> method, ListView<String> view,
            Function<R, List<String>> text) {
        calls.call(service.host(), method, new NameParams(service.name()))
                .whenComplete((result, failure) -> {
                    if (!service.equals(shown)) {
                        return; // the operator has moved on to another service
                    }
                    view.getItems().setAll(failure == null ? text.apply(result)
                            : List.of("cannot load: " + FxCalls.reason(failure)));
                });
    }

    private static ListView<String> lines(String id) {
        ListView<String> view = new ListView<>();
        view.setId(id);
        view.getStyleClass().add("mono");
        return view;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
