package dev.conductor.tui;

import dev.conductor.console.view.DeploymentsSource;
import dev.conductor.console.view.FunctionsSource;
import dev.conductor.console.view.HostsSource;
import dev.conductor.console.view.ServiceRef;
import dev.conductor.console.view.ServicesSource;
import dev.conductor.console.view.TableViewModel;
import java.util.Optional;

/** What the actions act on, read from the current view and its cursor. */
final class Selection {

    private Selection() {}

    /** The service the cursor is on, or whose deployments are shown. */
    static Optional<ServiceRef> service(TableViewModel view) {
        if (view.source() instanceof DeploymentsSource deployments) {
            return deployments.service();
        }
        return view.source() instanceof ServicesSource && view.selectedKey() != null
                ? Optional.of(ServiceRef.of(view.selectedKey())) : Optional.empty();
    }

    /** The function the cursor is on in the functions view: its host and id. */
    static Optional<ServiceRef> function(TableViewModel view) {
        return view.source() instanceof FunctionsSource && view.selectedKey() != null
                ? Optional.of(ServiceRef.of(view.selectedKey())) : Optional.empty();
    }

    /** The host the cursor is on in the hosts view, else the selected service's host. */
    static Optional<String> host(TableViewModel view) {
        if (view.source() instanceof HostsSource) {
            return Optional.ofNullable(view.selectedKey());
        }
        return service(view).map(ServiceRef::host);
    }
}
