package dev.conductor.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceContextTest {

    @TempDir
    Path dir;

    @Test
    void configComesFirstInOrderThenTheConductorVariables() {
        ServiceContext context = TestContexts.service(dir, ordered("ZETA", "1", "ALPHA", "2"));

        assertThat(context.environment()).containsExactly(
                Map.entry("ZETA", "1"),
                Map.entry("ALPHA", "2"),
                Map.entry("CONDUCTOR_APP", "shop"),
                Map.entry("CONDUCTOR_INSTANCE", "prod"),
                Map.entry("CONDUCTOR_SERVICE_NAME", "web"),
                Map.entry("CONDUCTOR_SERVICE_DIR", dir.toString()),
                Map.entry("CONDUCTOR_SERVICE_UNIT", "conductor-service@web.service"),
                Map.entry("CONDUCTOR_SERVICE_CONFIG_UNIT", "conductor-service-config@web.service"));
    }

    @Test
    void conductorVariablesWinOverConfigKeysOfTheSameName() {
        ServiceContext context = TestContexts.service(dir, ordered("CONDUCTOR_APP", "spoofed", "TAG", "v1"));

        assertThat(context.environment()).containsEntry("CONDUCTOR_APP", "shop");
        assertThat(context.environment().keySet()).startsWith("TAG", "CONDUCTOR_APP");
    }

    @Test
    void overridesWinOverTheFile() {
        ServiceContext context = ServiceContext.of(
                TestContexts.spec(dir, ordered("TAG", "from-file", "ENV", "prod")), Map.of("TAG", "override"));

        assertThat(ChildEnvironment.of(context).variables())
                .containsEntry("TAG", "override")
                .containsEntry("ENV", "prod");
    }

    @Test
    void givenConfigReplacesTheFilesValues() {
        ServiceContext snapshot = new ServiceContext(TestContexts.spec(dir, Map.of("TAG", "v9", "NEW", "x")),
                Map.of("TAG", "v1"));

        assertThat(snapshot.environment()).containsEntry("TAG", "v1").doesNotContainKey("NEW");
    }

    @Test
    void childRunsInTheServiceDirectoryWithTheVariables() {
        ChildEnvironment child = ChildEnvironment.of(TestContexts.service(dir, Map.of("GREETING", "a b\nc=d")));

        assertThat(child.workingDirectory()).isEqualTo(dir.toString());
        assertThat(child.variables())
                .containsEntry("GREETING", "a b\nc=d")
                .containsEntry("CONDUCTOR_SERVICE_NAME", "web")
                .doesNotContainKeys("POD_NAME", "POD_IP_ADDRESS", "CONDUCTOR_DEPLOYMENT");
    }

    @Test
    void aConfigKeyCannotPretendTheServiceIsARunningPod() {
        ServiceContext context = TestContexts.service(dir, Map.of("POD_IP_ADDRESS", "10.0.0.1"));

        assertThat(context.environment()).doesNotContainKey("POD_IP_ADDRESS");
        assertThat(context.describe()).isEqualTo("service 'web'");
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
