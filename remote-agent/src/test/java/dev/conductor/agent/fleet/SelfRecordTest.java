package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heartbeat's record: host.json's labels and resources, and what runs here, never a skipped beat. */
class SelfRecordTest {

    private static final ClusterSettings SETTINGS = new ClusterSettings("c", "h1", "10.0.0.1", 4222, 6222, List.of(),
            "p", "j", false);
    private final List<String> log = new ArrayList<>();

    @TempDir
    Path root;

    @Test
    void carriesTheHostFileAndWhatRunsHere() throws Exception {
        Path host = Files.writeString(root.resolve("host.json"), "{\"labels\": {\"tier\": \"front\"},"
                + " \"resources\": {\"vcpu\": 4}}");
        List<RunningService> web = List.of(new RunningService("web", "d1", "Stable"));

        PeerRecord record = new SelfRecord(host, () -> web, log::add).read(SETTINGS);

        assertThat(record.host()).isEqualTo("h1");
        assertThat(record.labels()).isEqualTo(Map.of("tier", "front"));
        assertThat(record.resources().path("vcpu").asInt()).isEqualTo(4);
        assertThat(record.running()).isEqualTo(web);
    }

    @Test
    void notKnowingWhatRunsBeatsWithNoneAndIsLoggedOncePerChange() {
        Supplier<List<RunningService>> broken = () -> {
            throw new IllegalStateException("cannot list /run/conductor/services");
        };
        SelfRecord self = new SelfRecord(root.resolve("host.json"), broken, log::add);

        assertThat(self.read(SETTINGS).running()).isEmpty();
        assertThat(self.read(SETTINGS).resources()).isNull();
        assertThat(log).containsExactly("fleet: cannot tell which fleet services run here: cannot list"
                + " /run/conductor/services");
    }
}
