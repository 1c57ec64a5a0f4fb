package dev.conductor.gui;

import java.util.List;
import javafx.application.Platform;

/** Every command of the main window, with its menu, shortcut and whether it needs a service. */
final class MainActions {

    private final MainView view;
    private final Runnable toggleTheme;

    MainActions(MainView view, Runnable toggleTheme) {
        this.view = view;
        this.toggleTheme = toggleTheme;
    }

    List<UiAction> all() {
        return List.of(
                new UiAction("File", "Add host…", "add-host-menu", "Shortcut+N", false, false, view::addHost),
                new UiAction("File", "Quit", "quit", "Shortcut+Q", false, false, () -> view.stage().close()),
                new UiAction("Service", "Deploy…", "deploy", "Shortcut+D", true, true,
                        () -> view.onService(view.actions()::deploy)),
                new UiAction("Service", "Rollback…", "rollback", "Shortcut+Shift+R", true, true,
                        () -> view.onService(view.actions()::rollback)),
                new UiAction("Service", "Set config…", "config", "Shortcut+E", true, true,
                        () -> view.onService(view.actions()::configure)),
                new UiAction("Service", "Start", "start", "", true, true, () -> view.onService(view.actions()::start)),
                new UiAction("Service", "Stop", "stop", "", true, true, () -> view.onService(view.actions()::stop)),
                new UiAction("Service", "Restart", "restart", "", true, true,
                        () -> view.onService(view.actions()::restart)),
                new UiAction("Service", "Logs", "logs", "Shortcut+L", true, true, view::openLogs),
                new UiAction("Service", "Run command…", "commands", "Shortcut+K", true, true, view::openCommands),
                new UiAction("Host", "Reload service files…", "reload", "F5", false, true, view::reloadHost),
                new UiAction("Host", "Fleet", "fleet", "Shortcut+Shift+F", false, true, view::openFleet),
                new UiAction("View", "Find service", "find", "Shortcut+F", false, false, view::focusFilter),
                new UiAction("View", "Dark theme", "theme", "Shortcut+T", false, false, toggleTheme),
                new UiAction("View", "Refresh", "refresh", "Shortcut+R", false, false,
                        () -> Platform.runLater(view::refresh)));
    }
}
