package dev.conductor.gui;

/**
 * One command of the window, offered in the menu (with its shortcut) and, when it has an
 * icon-less toolbar label, on the toolbar.
 *
 * @param menu the menu it belongs to, e.g. {@code Service}
 * @param label its label, e.g. {@code Deploy…}
 * @param id the node id of its toolbar button and menu item, e.g. {@code deploy}
 * @param shortcut a key combination as {@code KeyCombination.valueOf} reads it, or {@code ""}
 * @param onService whether it needs a selected service on a connected host
 * @param toolbar whether it also gets a toolbar button
 * @param run what it does, on the FX thread
 */
public record UiAction(String menu, String label, String id, String shortcut, boolean onService, boolean toolbar,
                       Runnable run) {}
