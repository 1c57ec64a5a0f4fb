package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import dev.conductor.protocol.method.FleetResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** F on a host: the fleet as its agent answers {@code fleet}, in two tables, asked again while open. */
class FleetWindowTest {

    private final FakeLink link = new FakeLink();
    private final ConsoleWindow window = new ConsoleWindow(Fleets.twoHosts(),
            host -> host.equals("alpha") ? Optional.of(link) : Optional.empty(), Runnable::run);
    private final VirtualConsole console = new VirtualConsole().show(window);

    @Test
    void fOnAHostShowsServicesPlacedAgainstRunningAndHostsUsedAgainstDeclared() {
        console.type("F"); // hosts view, alpha selected
        assertThat(link.requests).containsExactly("fleet");
        link.answer("fleet", Fleets.cluster());
        console.settle();

        List<String> lines = console.lines();
        assertThat(lines.get(0))
                .isEqualTo("Fleet of alpha: 3 services, 2 hosts, 2 not running as placed and pushed (!)");
        assertThat(console.text()).containsPattern("NAME +VERSION +PLACED ON +RUNNING ON")
                .containsPattern("web +2 +alpha, beta +! alpha, beta@bbbbbbbbbbbb \\(WaitNext\\)")
                .containsPattern("db +1 +alpha +alpha\n")
                .containsPattern("cron +1 +beta +! -")
                .containsPattern("HOST +STATE +GPU +RAM_GB +VCPU")
                .containsPattern("alpha +alive +0/0 +2/16 +3.5/4")
                .containsPattern("beta +missing +1/0 ! +0/0 +3/2 !")
                .contains("Esc close");
        console.press(KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void theKeyLineAndHelpNameIt() {
        assertThat(console.lines().get(23)).contains("R L F").hasSizeLessThanOrEqualTo(80);
        assertThat(HelpSource.KEYS).anyMatch(key -> key.get(0).equals("F"));
    }

    @Test
    void aHostInNoClusterSaysSoAndAnUnconnectedOneFails() {
        console.type("F");
        link.answer("fleet", FleetResult.NO_CLUSTER);
        console.settle();
        assertThat(console.lines().get(0)).startsWith("alpha is in no cluster");
        console.press(KeyType.Escape);
        console.press(KeyType.ArrowDown);
        console.type("F");
        assertThat(console.text()).contains("FAILED: beta is not connected");
    }

    @Test
    void itAsksAgainWhileOpenAndKeepsWhatItShowedWhenAnAnswerFails() throws InterruptedException {
        Actions actions = new Actions(console.gui, host -> Optional.of(link), Runnable::run);
        FleetWindow fleet = FleetWindow.open(actions, "alpha", Duration.ofMillis(20));
        link.answer("fleet", Fleets.cluster());
        awaitText("3 services");
        link.results.remove("fleet");
        link.answer("fleet", new FleetResult(true, Fleets.cluster().services().subList(0, 1), List.of()));
        awaitText("1 services");
        link.results.remove("fleet");
        link.results.computeIfAbsent("fleet", m -> new java.util.concurrent.CompletableFuture<>())
                .completeExceptionally(new IllegalStateException("cannot read the peers: timed out"));
        awaitText("FAILED: cannot read the peers: timed out");
        assertThat(console.text()).contains("1 services");
        fleet.close();
    }

    private void awaitText(String text) throws InterruptedException {
        for (int i = 0; i < 200 && !console.text().contains(text); i++) {
            Thread.sleep(10);
            console.settle();
        }
        assertThat(console.text()).contains(text);
    }
}
