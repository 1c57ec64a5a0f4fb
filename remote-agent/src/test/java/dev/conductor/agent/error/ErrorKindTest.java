package dev.conductor.agent.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deploy.DeployException;
import dev.conductor.agent.deployment.DeploymentException;
import dev.conductor.agent.engine.UnknownServiceException;
import dev.conductor.agent.systemd.SystemdException;
import dev.conductor.spec.load.ServiceFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorKindTest {

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void aConductorExceptionCarriesItsKind(ErrorKind kind) {
        assertThat(ErrorKind.of(new ConductorException(kind, "x"))).isEqualTo(kind);
    }

    @Test
    void domainExceptionsHaveTheirKinds() {
        assertThat(ErrorKind.of(new DeployException("no healthy pod"))).isEqualTo(ErrorKind.DEPLOY_FAILED);
        assertThat(ErrorKind.of(new UnknownServiceException("web", List.of(Path.of("/etc")))))
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(ErrorKind.of(new SystemdException("cannot start web.service"))).isEqualTo(ErrorKind.FAILED);
    }

    @Test
    void aMissingDeploymentIsNotFoundWhateverTheMessage() {
        DeploymentException missing = DeploymentException.notFound("web-r3", Path.of("/run/conductor/deployments"));
        assertThat(missing).hasMessage("no deployment 'web-r3' in /run/conductor/deployments");
        assertThat(ErrorKind.of(missing)).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(ErrorKind.of(new DeploymentException("no deployment is serving"))).isEqualTo(ErrorKind.FAILED);
    }

    @Test
    void aBrokenServiceFileHasItsOwnKindAndAnythingElseFailed() {
        assertThat(ErrorKind.of(new ServiceFileException(Path.of("web.json"), "/pods", "missing")))
                .isEqualTo(ErrorKind.BAD_SERVICE_FILE);
        assertThat(ErrorKind.of(new IllegalStateException("no deployment"))).isEqualTo(ErrorKind.FAILED);
    }
}
