package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceControlTest {

    private final FakeLink link = new FakeLink();
    private final ConsoleWindow window = new ConsoleWindow(Fleets.twoHosts(),
            host -> host.equals("alpha") ? Optional.of(link) : Optional.empty(), Runnable::run);
    private final VirtualConsole console = new VirtualConsole().show(window);

    @Test
    void envShowsMaskedVariablesAndEscGoesBack() {
        selectWeb();
        console.type("E");
        assertThat(link.params.get("service.env").path("name").asText()).isEqualTo("web");
        link.answer("service.env", "{\"environment\":{\"PORT\":\"8080\",\"DB_PASSWORD\":\"********\"}}");
        console.settle();
        assertThat(console.lines().get(0)).startsWith("Env of web on alpha");
        assertThat(console.text()).contains("PORT=8080", "DB_PASSWORD=********");
        console.press(KeyType.Escape);
        assertThat(console.lines().get(0)).startsWith("Services (3)");
    }

    @Test
    void infoShowsStateReleasesPodsHooksCommandsAndDeploymentDisplay() {
        selectWeb();
        console.type("i");
        link.answer("service.show", "{\"name\":\"web\",\"state\":\"Stable\",\"reason\":\"all ready\","
                + "\"current\":{\"revision\":4,\"deployments\":[\"web-1\",\"web-2\"]},"
                + "\"pods\":[{\"name\":\"\",\"pod_template\":\"pod.yaml\"}],"
                + "\"hooks\":[{\"id\":\"warm\",\"when\":\"post-start\",\"exec\":[\"curl\",\"-s\"]}],"
                + "\"commands\":{\"migrate\":{\"description\":\"run migrations\"}},"
                + "\"deployments\":[{\"name\":\"web-1\",\"part\":\"main\",\"revision\":4,"
                + "\"display\":{\"url\":\"https://web-1\"}}]}");
        console.settle();
        assertThat(console.lines().get(0)).startsWith("Service web on alpha");
        assertThat(console.text()).contains("state:        Stable", "all ready", "revision 4: web-1 web-2",
                "(main): pod.yaml", "warm (post-start): curl -s", "migrate: run migrations",
                "web-1 (main, revision 4)  url=https://web-1");
    }

    @Test
    void aLongViewScrolls() {
        selectWeb();
        console.type("E");
        StringBuilder env = new StringBuilder("{\"environment\":{");
        for (int i = 0; i < 60; i++) {
            env.append(i == 0 ? "" : ",").append("\"VAR_").append(i).append("\":\"v").append(i).append('"');
        }
        link.answer("service.env", env.append("}}").toString());
        console.settle();
        assertThat(console.text()).contains("VAR_0=v0").doesNotContain("VAR_59=v59");
        for (int i = 0; i < 60; i++) {
            console.press(KeyType.ArrowDown);
        }
        assertThat(console.text()).contains("VAR_59=v59");
    }

    @Test
    void envFailureShowsTheAgentsError() {
        selectWeb();
        console.type("E");
        link.results.get("service.env").completeExceptionally(new IllegalStateException("bad_service_file"));
        console.settle();
        assertThat(console.text()).contains("FAILED: bad_service_file");
    }

    @Test
    void startAsksWithNoFocusedThenShowsTheMessage() {
        selectWeb();
        console.type("u");
        assertThat(console.text()).contains("Start web on alpha?");
        console.press(KeyType.Enter); // No has the focus
        assertThat(link.requests).isEmpty();
        console.type("u");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(link.params.get("service.start").path("name").asText()).isEqualTo("web");
        link.answer("service.start", "{\"message\":\"started web-1, web-2\"}");
        console.settle();
        assertThat(console.text()).contains("Start finished: started web-1, web-2");
    }

    @Test
    void stopAndRestartCallTheirMethods() {
        selectWeb();
        console.type("x");
        assertThat(console.text()).contains("Stop web on alpha?");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        link.results.get("service.stop").completeExceptionally(new IllegalStateException("unit busy"));
        console.settle();
        assertThat(console.text()).contains("FAILED: unit busy");
        console.press(KeyType.Escape);
        console.type("R");
        assertThat(console.text()).contains("Restart web on alpha?");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(link.requests).containsExactly("service.stop", "service.restart");
    }

    @Test
    void reloadRunsOnTheSelectedHostAndShowsTheReport() {
        console.type("L"); // hosts view, alpha selected
        assertThat(console.text()).contains("Reload all services on alpha?");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        link.send("reload", "progress", "{\"step\":\"scan\",\"detail\":\"3 files\",\"seconds\":0.2}");
        link.answer("reload", "{\"actions\":[{\"service\":\"web\",\"action\":\"redeployed\",\"detail\":\"rev 5\"}],"
                + "\"errors\":[{\"service\":\"api\",\"file\":\"api.yaml\",\"location\":\"2:11\",\"reason\":\"bad key\"}],"
                + "\"warnings\":[\"old field\"]}");
        console.settle();
        assertThat(console.text()).contains("scan", "redeployed web rev 5", "ERROR api: api.yaml:2:11 bad key",
                "WARNING old field", "Reload finished: 1 changed, 1 broken");
    }

    @Test
    void helpListsTheNewKeys() {
        console.type("?");
        assertThat(console.text()).contains("environment of the selected", "start the selected",
                "restart the selected", "reload all service files");
        assertThat(console.lines().get(23)).contains("E i u x R L").hasSizeLessThanOrEqualTo(80);
        HelpSource.KEYS.forEach(key -> console.press(KeyType.ArrowDown)); // the last rows are below the screen
        assertThat(console.text()).contains("in logs: wrap");
        console.type("/stop the");
        console.press(KeyType.Enter);
        assertThat(console.text()).contains("stop the selected service (asks first)");
    }

    @Test
    void reloadOfAnUnconnectedHostSaysSo() {
        console.type("v/worker");
        console.press(KeyType.Enter);
        console.type("L");
        assertThat(console.text()).contains("Reload all services on beta?");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(console.text()).contains("FAILED: beta is not connected");
    }

    @Test
    void envAndInfoWorkFromAServicesDeployments() {
        selectWeb();
        console.press(KeyType.Enter);
        console.type("i");
        assertThat(link.params.get("service.show").path("name").asText()).isEqualTo("web");
        assertThat(console.lines().get(0)).startsWith("Service web on alpha");
    }

    @Test
    void controlKeysDoNothingWithoutASelectedService() {
        console.type("uxREi");
        assertThat(link.requests).isEmpty();
        assertThat(console.lines().get(0)).startsWith("Hosts (2)");
    }

    @Test
    void timelineListsEachRevisionsTimeTriggerAndOutcomeNewestFirst() {
        selectWeb();
        console.type("t");
        assertThat(link.params.get("service.history").path("name").asText()).isEqualTo("web");
        link.answer("service.history", "{\"revisions\":["
                + "{\"number\":1,\"created\":\"2026-12-01T10:00:00Z\",\"reason\":\"deploy\",\"trigger\":\"cli\","
                + "\"outcome\":\"succeeded\"},"
                + "{\"number\":2,\"created\":\"2026-12-01T11:00:00Z\",\"reason\":\"reload: service file changed\","
                + "\"trigger\":\"watch\",\"outcome\":\"failed\"},"
                + "{\"number\":3,\"created\":\"2026-12-01T12:00:00Z\",\"reason\":\"rollback to 1\","
                + "\"trigger\":\"console\",\"by\":\"ann@lap via conductor-tui\",\"outcome\":\"succeeded\"}],"
                + "\"serving\":3}");
        console.settle();
        assertThat(console.lines().get(0)).startsWith("Timeline of web on alpha");
        String text = console.text();
        assertThat(text).contains("TIME (UTC)        REV  OUTCOME   KIND     TRIGGER",
                "2026-12-01 12:00  3*   succeeded rollback console (ann@lap via conductor-tui)",
                "2026-12-01 11:00  2    failed    deploy   watch", "2026-12-01 10:00  1    succeeded deploy   cli");
        assertThat(text.indexOf("12:00  3*")).isLessThan(text.indexOf("10:00  1 "));
    }

    private void selectWeb() {
        console.type("v");
        console.press(KeyType.ArrowDown);
    }
}
