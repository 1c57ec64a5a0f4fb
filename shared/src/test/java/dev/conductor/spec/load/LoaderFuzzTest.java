package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated service files, bounded in count and time: every one loads or fails as a
 * {@link ServiceFailure} of its own service; none throws, hangs, or takes the other service down.
 */
class LoaderFuzzTest {

    private static final int INPUTS = 1500;
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final String SEED = """
            // a service file with most of the fields
            {"app_name": "fuzz", "instance_name": "one", "inherit": ["../parent/conductor-service.json"],
             "config": {"TAG": "v1", "PORT": 8080, "SECRET_KEY": null, "ON": true},
             "conditions": {"hostname": ["a", "b"], "labels": {"zone": "x"}},
             "pods": [{"name": "", "pod_template": "./pod.template", "service_directives": ["MemoryMax=1G"]}],
             "proxy_config_template": "./proxy.template",
             "health_check": {"path": "/", "port": 8080, "interval_sec": 1, "retries": 2},
             "hooks": [{"id": "h", "when": "pre-start", "exec": ["./h", "a"], "timeout_sec": 5}],
             "commands": {"c": {"exec": ["./c"], "description": "d", "service_any_deployment": true}},
             "functions": [{"name": "f", "format": "cgi", "exec": ["./f"]}],
             "display_service_config": ["TAG"], "disable": false,}
            """;
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999",
        "\"x\"", "/*", "*/", "//", "\\u0000", "\"../../etc\"", "{\"inherit\": [\"/dev/zero\"]}", "\n", "9999999999999999999"};

    @TempDir
    Path root;

    @Test
    void everyInputLoadsOrFailsAloneWithinBounds() throws IOException {
        Random random = new Random(11);
        write("parent", "{\"config\": {\"FROM_PARENT\": \"1\"}}");
        write("steady", "{\"app_name\": \"steady\"}");
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int tried = 0;
        for (; tried < INPUTS && System.nanoTime() < deadline; tried++) {
            write("fuzz", mutate(SEED, random));
            LoadResult result = new ServiceFileLoader().loadAll(List.of(root));

            assertThat(result.service("steady")).isPresent();
            assertThat(result.service("fuzz").isPresent() || result.failure("fuzz").isPresent()).isTrue();
            result.failure("fuzz").ifPresent(failure -> assertThat(failure.error().getMessage()).isNotBlank());
        }
        assertThat(tried).isGreaterThan(100);
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(10) == 0 ? randomText(random) : seed);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> text.setCharAt(at, (char) random.nextInt(128));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return text.toString();
    }

    private void write(String service, String content) throws IOException {
        Path dir = Files.createDirectories(root.resolve(service));
        Files.writeString(dir.resolve(ServiceFileLoader.FILE_NAME), content, StandardCharsets.UTF_8);
    }
}
