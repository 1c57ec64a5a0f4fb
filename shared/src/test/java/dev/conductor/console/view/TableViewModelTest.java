package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.fleet.Fleet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TableViewModelTest {

    private final Fleet fleet = Fleets.twoHosts();
    private final TableViewModel model = new TableViewModel(new ServicesSource(null));

    @Test
    void filterKeepsRowsWithAMatchingCellIgnoringCase() {
        model.refresh(fleet);
        model.filter("STABLE");
        assertThat(names()).containsExactly("web", "worker");
        model.filter("");
        assertThat(names()).hasSize(3);
    }

    @Test
    void sortsByColumnAndReverses() {
        model.refresh(fleet);
        assertThat(model.sortLabel()).isEqualTo("NAME ^");
        assertThat(names()).containsExactly("api", "web", "worker");
        model.reverse();
        assertThat(names()).containsExactly("worker", "web", "api");
        model.sortNext();
        model.sortNext();
        assertThat(model.sortLabel()).isEqualTo("STATE ^");
        assertThat(names().get(0)).isIn("web", "worker");
    }

    @Test
    void sortsNumbersAsNumbers() {
        fleet.service("alpha", Fleets.service("many", "Stable", Map.of(), "1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10"));
        model.refresh(fleet);
        for (int i = 0; i < 3; i++) {
            model.sortNext();
        }
        assertThat(model.sortLabel()).isEqualTo("DEPLOYMENTS ^");
        assertThat(names().get(names().size() - 1)).isEqualTo("many");
    }

    @Test
    void decimalsSortAsNumbersToo() {
        assertThat(Stream.of("10.5", "2.5", "2", "0.25", "11").sorted(CellOrder.INSTANCE).toList())
                .containsExactly("0.25", "2", "2.5", "10.5", "11");
        assertThat(CellOrder.INSTANCE.compare("1.", "1.5")).as("not a number: compared as text").isLessThan(0);
    }

    @Test
    void keepsTheSelectionByKeyAcrossUpdates() {
        model.refresh(fleet);
        model.select(1);
        assertThat(model.selectedKey()).isEqualTo("alpha/web");
        fleet.service("alpha", Fleets.service("aaa", "Stable", Map.of()));
        model.refresh(fleet);
        assertThat(model.selectedKey()).isEqualTo("alpha/web");
        assertThat(model.selectedIndex()).isEqualTo(2);
    }

    @Test
    void keepsTheCursorInPlaceWhenTheSelectedRowGoes() {
        model.refresh(fleet);
        model.select(2);
        fleet.serviceRemoved("beta", "worker");
        model.refresh(fleet);
        assertThat(model.selectedIndex()).isEqualTo(1);
        assertThat(model.selectedKey()).isEqualTo("alpha/web");
    }

    @Test
    void emptyTableHasNoSelection() {
        TableViewModel empty = new TableViewModel(new ServicesSource("nowhere"));
        empty.refresh(fleet);
        assertThat(empty.visible().rows()).isEmpty();
        assertThat(empty.selectedKey()).isNull();
    }

    private List<String> names() {
        return model.visible().rows().stream().map(row -> row.cells().get(0)).toList();
    }
}
