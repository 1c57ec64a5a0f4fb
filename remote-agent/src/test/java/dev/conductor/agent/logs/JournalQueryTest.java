package dev.conductor.agent.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.deployment.DeploymentRecord;
import dev.conductor.agent.engine.TestEngine;
import dev.conductor.agent.engine.UnknownServiceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalQueryTest {

    @TempDir
    Path root;

    @Test
    void serviceMatchesCoverItsUnitsFieldsDeploymentsAndContainers() {
        TestEngine host = new TestEngine(root).service("web", "{}").serving("web", 1, Map.of(), "web-r1");
        host.graph().deployments().create(new DeploymentRecord("web-r2", "web", "", 2, Map.of()));
        host.graph().deployments().create(new DeploymentRecord("api-r1", "api", "", 1, Map.of()));
        host.podman().pod("web-r1", "Running", "10.88.0.4");

        List<String> matches = host.graph().journalQuery().serviceMatches("web");

        assertThat(matches).contains("_SYSTEMD_UNIT=conductor-service@web.service",
                "UNIT=conductor-service@web.service", "_SYSTEMD_UNIT=conductor-service-config@web.service",
                "CONDUCTOR_SERVICE=web", "_SYSTEMD_UNIT=conductor-deployment@web-r1.service",
                "_SYSTEMD_UNIT=conductor-deployment-config@web-r2.service", "CONDUCTOR_DEPLOYMENT=web-r2",
                "CONTAINER_TAG=web-r1", "CONTAINER_NAME=web-r1-main");
        assertThat(matches).noneMatch(match -> match.contains("api"));
    }

    @Test
    void commandSeparatesEveryMatchWithPlusSoThatJournalctlOrsThem() {
        assertThat(JournalQuery.command(List.of("A=1", "B=2", "C=3"), false, 50)).containsExactly(
                "journalctl", "-o", "short-iso", "--no-pager", "-n", "50", "A=1", "+", "B=2", "+", "C=3");
        assertThat(JournalQuery.command(List.of("A=1"), true, 0)).containsExactly(
                "journalctl", "-o", "short-iso", "--no-pager", "-f", "A=1");
    }

    @Test
    void removedDeploymentStillHasMatches() {
        TestEngine host = new TestEngine(root);

        assertThat(host.graph().journalQuery().deploymentMatches("web-r9"))
                .contains("_SYSTEMD_UNIT=conductor-deployment@web-r9.service", "CONDUCTOR_DEPLOYMENT=web-r9");
    }

    @Test
    void serviceWithBrokenFilesHasLogsButUnknownServiceAndOddNamesFail() {
        TestEngine host = new TestEngine(root).service("bad", "{,");
        JournalQuery query = host.graph().journalQuery();

        assertThat(query.serviceMatches("bad")).contains("CONDUCTOR_SERVICE=bad");
        assertThatThrownBy(() -> query.serviceMatches("nope")).isInstanceOf(UnknownServiceException.class);
        assertThatThrownBy(() -> query.deploymentMatches("x+y=1")).hasMessageContaining("'x+y=1'");
    }

    @Test
    void functionsAndRemoteActionsHaveTheirJournalIdentifierAndUnknownIdsFail() {
        TestEngine host = new TestEngine(root).service("api", """
                {"functions": [{"name": "echo", "exec": ["/bin/true"]}],
                 "commands": {"migrate": {"service": true, "exec": ["/bin/true"], "remote": {"policies": ["ops"]}}}}""");
        JournalQuery query = host.graph().journalQuery();

        assertThat(query.functionMatches("api-echo")).containsExactly("SYSLOG_IDENTIFIER=conductor-fn-api-echo");
        assertThat(query.functionMatches("api~migrate")).containsExactly("SYSLOG_IDENTIFIER=conductor-fn-api~migrate");
        assertThatThrownBy(() -> query.functionMatches("api~nope")).hasMessageContaining("'api~nope'")
                .hasMessageContaining("api~migrate");
        assertThatThrownBy(() -> query.functionMatches("x=1 + _PID=1")).hasMessageContaining("no function");
    }
}
