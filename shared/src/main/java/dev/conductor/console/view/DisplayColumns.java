package dev.conductor.console.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The union of rows' display columns, in order of first appearance, and the cells for one row. */
public final class DisplayColumns {

    private final Set<String> names = new LinkedHashSet<>();

    public DisplayColumns(List<Map<String, String>> displays) {
        displays.forEach(display -> names.addAll(display.keySet()));
    }

    public List<String> labels(List<String> fixed) {
        List<String> labels = new ArrayList<>(fixed);
        names.forEach(name -> labels.add(name.toUpperCase()));
        return labels;
    }

    public List<String> cells(List<String> fixed, Map<String, String> display) {
        List<String> cells = new ArrayList<>(fixed);
        names.forEach(name -> cells.add(display.getOrDefault(name, "")));
        return cells;
    }
}
