package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.Fleets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleWindowTest {

    private final Fleet fleet = Fleets.twoHosts();
    private final ConsoleWindow window = new ConsoleWindow(fleet);
    private final VirtualConsole console = new VirtualConsole().show(window);

    @Test
    void startsOnHostsWithTheKeyLine() {
        assertThat(console.lines().get(0)).startsWith("Hosts (2)  sort: NAME ^");
        assertThat(console.text()).contains("NAME", "STATE", "AGENT", "SERVICES", "DETAIL")
                .contains("alpha", "CONNECTED", "1.2.0").contains("beta");
        assertThat(console.lines().get(23)).contains("/ filter", "? help", "q quit");
    }

    @Test
    void enterDrillsDownAndEscGoesBack() {
        console.press(KeyType.Enter);
        assertThat(console.lines().get(0)).startsWith("Services on alpha (2)");
        assertThat(console.text()).contains("web", "api", "URL", "PORT").doesNotContain("worker");
        console.press(KeyType.ArrowDown, KeyType.Enter);
        assertThat(console.lines().get(0)).startsWith("Deployments of web on alpha (2)");
        assertThat(console.text()).contains("web-1", "10.0.0.3", "IMAGE", "web:2");
        console.press(KeyType.Escape, KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void withOneHostItOpensOnThatHostsServicesAndEscGoesToTheHosts() {
        ConsoleWindow single = new ConsoleWindow(fleet);
        single.startOn(List.of("alpha"));
        VirtualConsole one = new VirtualConsole().show(single);
        assertThat(one.lines().get(0)).startsWith("Services on alpha (2)");
        assertThat(one.text()).contains("web", "api").doesNotContain("worker");
        one.press(KeyType.Escape);
        assertThat(one.lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void withSeveralHostsItStaysOnTheHosts() {
        ConsoleWindow several = new ConsoleWindow(fleet);
        several.startOn(List.of("alpha", "beta"));
        assertThat(new VirtualConsole().show(several).lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void slashFiltersAndEscClears() {
        console.type("v/wor");
        assertThat(console.lines().get(0)).contains("filter: /wor_");
        console.press(KeyType.Enter);
        assertThat(console.lines().get(0)).startsWith("Services (1)").contains("filter: wor");
        assertThat(console.text()).contains("worker").doesNotContain("api");
        console.press(KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Services (3)");
    }

    @Test
    void sortKeysChangeColumnAndDirection() {
        console.type("v");
        assertThat(rowStarting("api")).isLessThan(rowStarting("worker"));
        console.type("S");
        assertThat(console.lines().get(0)).contains("sort: NAME v");
        assertThat(rowStarting("api")).isGreaterThan(rowStarting("worker"));
        console.type("s");
        assertThat(console.lines().get(0)).contains("sort: HOST ^");
    }

    @Test
    void liveUpdatesShowUpAndKeepTheSelection() {
        console.type("v");
        console.press(KeyType.ArrowDown);
        fleet.service("alpha", Fleets.service("aardvark", "Stable", Map.of()));
        fleet.connection("beta", ConnectionState.DISCONNECTED, null, "reset");
        console.settle();
        assertThat(console.lines().get(0)).startsWith("Services (4)");
        assertThat(console.text()).contains("aardvark");
        console.press(KeyType.Enter); // web was selected before aardvark came in above it
        assertThat(console.lines().get(0)).startsWith("Deployments of web on alpha");
    }

    @Test
    void helpListsEveryKey() {
        console.type("?");
        assertThat(console.lines().get(0)).startsWith("Help");
        assertThat(console.text()).contains("filter", "sort by the next column", "reverse the sort", "quit", "back",
                "functions on all hosts");
        console.press(KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Hosts");
    }

    @Test
    void redrawsOnResize() {
        console.type("v");
        console.resize(120, 40);
        assertThat(console.lines()).hasSize(40);
        assertThat(console.lines().get(39)).contains("q quit");
        assertThat(console.text()).contains("worker");
        console.resize(80, 24);
        assertThat(console.lines().get(23)).contains("q quit");
        assertThat(console.text()).contains("worker");
    }

    @Test
    void deploymentsViewUpdatesLiveAndSurvivesResize() {
        console.type("e");
        assertThat(console.lines().get(0)).startsWith("Deployments (4)");
        fleet.deployment("beta", Fleets.deployment("worker-2", "worker", "10.0.1.3", Map.of("image", "w:9")));
        console.settle();
        assertThat(console.text()).contains("worker-2", "10.0.1.3", "IMAGE", "w:9");
        console.resize(120, 40);
        assertThat(console.text()).contains("worker-2");
        console.resize(80, 24);
        assertThat(console.lines().get(0)).startsWith("Deployments (5)");
    }

    @Test
    void functionsViewShowsTheFiguresAndUpdatesLive() {
        console.type("f");
        assertThat(console.lines().get(0)).startsWith("Functions (2)");
        assertThat(console.lines().get(1)).contains("FUNCTION", "SERVICE", "MODE", "STATE", "RUNNING", "WARM",
                "REQ/S", "REQUESTS", "ERRORS", "P95 MS");
        assertThat(console.text()).contains("worker-jobs", "multi", "serving", "12.5");
        fleet.function("beta", Fleets.function("worker-jobs", "worker", 9000));
        fleet.functionRemoved("alpha", "web");
        console.settle();
        assertThat(console.lines().get(0)).startsWith("Functions (1)");
        assertThat(console.text()).contains("9000");
    }

    @Test
    void hKeyGoesHomeToHosts() {
        console.type("v");
        console.press(KeyType.Enter);
        console.type("h");
        assertThat(console.lines().get(0)).startsWith("Hosts (2)");
        console.press(KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void errorsShowInTheKeyLineUntilTheNextKey() {
        window.showError("boom");
        console.settle();
        assertThat(console.lines().get(23)).isEqualTo("ERROR: boom");
        console.type("s");
        assertThat(console.lines().get(23)).contains("q quit");
    }

    @Test
    void qQuits() {
        console.type("q");
        assertThat(console.gui.getWindows()).isEmpty();
    }

    private int rowStarting(String name) {
        for (int i = 0; i < console.lines().size(); i++) {
            if (console.lines().get(i).startsWith(name + " ")) {
                return i;
            }
        }
        throw new AssertionError("no row " + name + " in\n" + console.text());
    }
}
