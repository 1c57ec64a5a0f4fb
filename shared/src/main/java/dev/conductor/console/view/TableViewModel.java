package dev.conductor.console.view;

import dev.conductor.console.fleet.Fleet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One view's table state, free of Lanterna: the source's rows filtered and sorted, and the
 * selection, kept by row key across updates so that live changes do not move the cursor.
 */
public final class TableViewModel {

    private final RowSource source;
    private Grid all = new Grid(List.of(), List.of());
    private Grid visible = all;
    private String filter = "";
    private int sortColumn;
    private boolean descending;
    private String selectedKey;
    private int selectedIndex;

    public TableViewModel(RowSource source) {
        this.source = source;
    }

    public RowSource source() {
        return source;
    }

    /** Re-reads the fleet and returns the rows to show. */
    public Grid refresh(Fleet fleet) {
        all = source.read(fleet);
        return apply();
    }

    public Grid visible() {
        return visible;
    }

    public void filter(String text) {
        filter = text == null ? "" : text.strip();
        apply();
    }

    public String filterText() {
        return filter;
    }

    /** Sorts by the next column, ascending, wrapping after the last. */
    public void sortNext() {
        sortColumn = all.columns().isEmpty() ? 0 : (sortColumn + 1) % all.columns().size();
        descending = false;
        apply();
    }

    public void reverse() {
        descending = !descending;
        apply();
    }

    /** The sort for the status line, e.g. {@code NAME ^}. */
    public String sortLabel() {
        return sortColumn < all.columns().size() ? all.columns().get(sortColumn) + (descending ? " v" : " ^") : "";
    }

    public void select(int index) {
        if (index >= 0 && index < visible.rows().size()) {
            selectedIndex = index;
            selectedKey = visible.rows().get(index).key();
        }
    }

    public int selectedIndex() {
        return selectedIndex;
    }

    /** The selected row's key, or {@code null} when the table is empty. */
    public String selectedKey() {
        return visible.rows().isEmpty() ? null : visible.rows().get(selectedIndex).key();
    }

    private Grid apply() {
        List<Grid.Row> rows = all.rows().stream().filter(this::matches).sorted(order()).toList();
        visible = new Grid(all.columns(), rows);
        reselect();
        return visible;
    }

    /** Follows the selected key; when its row is gone the cursor stays at the same place. */
    private void reselect() {
        List<Grid.Row> rows = visible.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(selectedKey)) {
                selectedIndex = i;
                return;
            }
        }
        selectedIndex = Math.max(0, Math.min(selectedIndex, rows.size() - 1));
        selectedKey = rows.isEmpty() ? selectedKey : rows.get(selectedIndex).key();
    }

    private boolean matches(Grid.Row row) {
        String needle = filter.toLowerCase(Locale.ROOT);
        return needle.isEmpty() || row.cells().stream().anyMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(needle));
    }

    private Comparator<Grid.Row> order() {
        if (sortColumn >= all.columns().size()) {
            return (a, b) -> 0;
        }
        Comparator<Grid.Row> order = Comparator.comparing(row -> row.cells().get(sortColumn), CellOrder.INSTANCE);
        return descending ? order.reversed() : order;
    }
}
