package dev.conductor.agent.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.deploy.Release;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.protocol.method.WaitResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployWaitTest {

    private static final Release R1 = new Release(1, List.of("web-r1"));
    private static final Release R2 = new Release(2, List.of("web-r2"));

    @Test
    void aDeployInFlightKeepsTheWaitGoing() {
        ServiceState deploying = ServiceState.initial().begin(R1, "start").succeed().begin(R2, "deploy");
        assertThat(DeployWait.judge("web", 2, deploying)).isEmpty();
    }

    @Test
    void theRevisionServingEndsTheWait() {
        ServiceState stable = ServiceState.initial().begin(R1, "start").succeed().begin(R2, "deploy").succeed();
        assertThat(DeployWait.judge("web", 2, stable)).get().extracting(WaitResult::status).isEqualTo("stable");
        assertThat(DeployWait.judge("web", 1, stable)).get().extracting(WaitResult::status)
                .isEqualTo("superseded");
        assertThat(DeployWait.judge("web", 3, stable)).isEmpty();
    }

    @Test
    void aFailedDeployOfThatRevisionEndsItWithTheReason() {
        ServiceState failed = ServiceState.initial().begin(R1, "start").succeed().begin(R2, "deploy")
                .fail("revision 2 failed: not healthy");
        assertThat(DeployWait.judge("web", 2, failed)).get().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo("failed");
            assertThat(outcome.reason()).isEqualTo("revision 2 failed: not healthy");
            assertThat(outcome.state()).isEqualTo("TryAgainNext");
        });
    }

    @Test
    void failuresOfOneRevisionAreCountedAndASuccessForgetsThem() {
        ServiceState once = ServiceState.initial().begin(R1, "start").fail("bad");
        ServiceState twice = once.begin(R1, "retry").fail("bad again");
        assertThat(once.failure().attempts()).isEqualTo(1);
        assertThat(twice.failure().attempts()).isEqualTo(2);
        assertThat(twice.begin(R2, "new file").fail("other").failure().attempts()).isEqualTo(1);
        assertThat(twice.begin(R1, "retry").succeed().failure()).isNull();
    }
}
