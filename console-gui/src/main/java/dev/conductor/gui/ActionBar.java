package dev.conductor.gui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar and toolbar built from one list of actions, so that every toolbar button has a
 * menu entry with its shortcut; service actions are disabled while no service can be acted on.
 */
final class ActionBar {

    private final MenuBar menus = new MenuBar();
    private final ToolBar tools = new ToolBar();

    ActionBar(List<UiAction> actions, ObservableBooleanValue serviceReady) {
        Map<String, Menu> byName = new LinkedHashMap<>();
        String lastMenu = null;
        for (UiAction action : actions) {
            byName.computeIfAbsent(action.menu(), Menu::new).getItems().add(item(action, serviceReady));
            if (action.toolbar()) {
                if (lastMenu != null && !lastMenu.equals(action.menu())) {
                    tools.getItems().add(new Separator(Orientation.VERTICAL));
                }
                tools.getItems().add(button(action, serviceReady));
                lastMenu = action.menu();
            }
        }
        menus.getMenus().setAll(new ArrayList<>(byName.values()));
    }

    MenuBar menus() {
        return menus;
    }

    ToolBar tools() {
        return tools;
    }

    private static MenuItem item(UiAction action, ObservableBooleanValue serviceReady) {
        MenuItem item = new MenuItem(action.label());
        item.setId("menu-" + action.id());
        item.setOnAction(e -> action.run().run());
        if (!action.shortcut().isEmpty()) {
            item.setAccelerator(KeyCombination.valueOf(action.shortcut()));
        }
        if (action.onService()) {
            item.disableProperty().bind(Bindings.not(serviceReady));
        }
        return item;
    }

    private static Button button(UiAction action, ObservableBooleanValue serviceReady) {
        Button button = new Button(action.label().replace("…", ""));
        button.setId(action.id());
        button.setOnAction(e -> action.run().run());
        button.getStyleClass().add(Styles.FLAT);
        if ("deploy".equals(action.id())) {
            button.getStyleClass().add(Styles.ACCENT); // the main action stands out, also when disabled
        }
        if (!action.shortcut().isEmpty()) {
            button.setTooltip(new Tooltip(action.label() + "  (" + KeyCombination.valueOf(action.shortcut())
                    .getDisplayText() + ")"));
        }
        if (action.onService()) {
            button.disableProperty().bind(Bindings.not(serviceReady));
        }
        return button;
    }
}
