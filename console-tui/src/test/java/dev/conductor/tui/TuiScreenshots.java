package dev.conductor.tui;

import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes docs/screenshots/tui-services.txt, tui-functions.txt and tui-timeline.txt: the terminal
 * console on Lanterna's virtual terminal (100 x 20) over a fleet with live function rows, as text.
 * Runs only when {@code -Dscreenshots.dir=DIR} is given (installers/gui/screenshot --views).
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class TuiScreenshots {

    private final Fleet fleet = Fleets.twoHosts();
    private final FakeLink link = new FakeLink();
    private final ConsoleWindow window = new ConsoleWindow(fleet,
            host -> host.equals("alpha") ? Optional.of(link) : Optional.empty(), Runnable::run);
    private final VirtualConsole console = new VirtualConsole();

    @Test
    void servicesFunctionsAndTimeline() throws Exception {
        console.resize(100, 20);
        console.show(window);
        long web = 40;
        for (int i = 0; i < 12; i++) {
            Thread.sleep(550); // rows closer than half a second make no rate
            web += 20 + Math.round(15 * Math.sin(i / 2.0));
            fleet.function("alpha", Fleets.function("web", "web", web));
            fleet.function("beta", Fleets.function("worker-jobs", "worker", 7 + i + (i % 4 == 0 ? 5 : 0)));
        }
        console.type("v");
        write("tui-services.txt");
        console.type("f");
        write("tui-functions.txt");
        console.type("v");
        console.press(KeyType.ArrowDown);
        console.type("t");
        link.answer("service.history", "{\"serving\":5,\"revisions\":["
                + "{\"number\":1,\"created\":\"2026-12-01T09:12:00Z\",\"reason\":\"start\",\"trigger\":\"start\",\"outcome\":\"succeeded\"},"
                + "{\"number\":2,\"created\":\"2026-12-01T11:40:00Z\",\"reason\":\"deploy\",\"trigger\":\"cli\",\"outcome\":\"succeeded\"},"
                + "{\"number\":3,\"created\":\"2026-12-02T08:05:00Z\",\"reason\":\"reload\",\"trigger\":\"watch\",\"outcome\":\"failed\"},"
                + "{\"number\":4,\"created\":\"2026-12-02T08:31:00Z\",\"reason\":\"deploy\",\"trigger\":\"console\","
                + "\"by\":\"ann@laptop via conductor-gui\",\"outcome\":\"succeeded\"},"
                + "{\"number\":5,\"created\":\"2026-12-03T16:20:00Z\",\"reason\":\"rollback to 2\",\"trigger\":\"console\","
                + "\"by\":\"ann@laptop via conductor-tui\",\"outcome\":\"succeeded\"}]}");
        console.settle();
        write("tui-timeline.txt");
    }

    private void write(String name) throws IOException {
        Path file = Path.of(System.getProperty("screenshots.dir"), name);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, console.text().stripTrailing() + "\n");
    }
}
