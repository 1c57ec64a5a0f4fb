package dev.conductor.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceStateTest {

    private static final Release R1 = new Release(1, List.of("web-r1"));
    private static final Release R2 = new Release(2, List.of("web-r2"));

    @Test
    void firstDeployWaitsThenServes() {
        ServiceState waiting = ServiceState.initial().begin(R1, "deploy");
        assertThat(waiting.state()).isEqualTo(DeployState.WAIT);
        ServiceState stable = waiting.switching().succeed();
        assertThat(stable.state()).isEqualTo(DeployState.STABLE);
        assertThat(stable.current()).isEqualTo(R1);
        assertThat(stable.next()).isNull();
        assertThat(stable.switched()).isFalse();
    }

    @Test
    void failedFirstDeployIsTryAgainAndFailedNextKeepsTheCurrent() {
        assertThat(ServiceState.initial().begin(R1, "deploy").fail("boom").state()).isEqualTo(DeployState.TRY_AGAIN);
        ServiceState stable = ServiceState.initial().begin(R1, "deploy").switching().succeed();
        ServiceState failed = stable.begin(R2, "deploy").fail("image missing");
        assertThat(failed.state()).isEqualTo(DeployState.TRY_AGAIN_NEXT);
        assertThat(failed.current()).isEqualTo(R1);
        assertThat(failed.reason()).isEqualTo("image missing");
        assertThat(failed.begin(R2, "retry").state()).isEqualTo(DeployState.WAIT_NEXT);
    }

    @Test
    void oneDeployAtATimeAndNoWayBackAfterTheSwitch() {
        ServiceState waiting = ServiceState.initial().begin(R1, "deploy");
        assertThatThrownBy(() -> waiting.begin(R2, "deploy"))
                .isInstanceOf(DeployException.class)
                .hasMessage("a deploy of revision 1 is already in progress (Wait)");
        assertThatThrownBy(() -> waiting.switching().fail("late"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ServiceState.initial().succeed()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void holdSurvivesTransitionsUntilReleased() {
        ServiceState held = ServiceState.initial().begin(R1, "d").switching().succeed().held(1, "abc");
        ServiceState after = held.begin(R2, "d").switching().succeed();
        assertThat(after.hold()).isEqualTo(1);
        assertThat(after.released().hold()).isNull();
        assertThat(after.stopped("stop").state()).isEqualTo(DeployState.INIT);
    }
}
