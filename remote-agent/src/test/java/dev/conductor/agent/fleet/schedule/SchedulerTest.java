package dev.conductor.agent.fleet.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.agent.fleet.nats.MemoryKvStore;
import dev.conductor.agent.fleet.placement.Demand;
import dev.conductor.agent.fleet.placement.HostCapacity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    private final PlacementBoard board = new PlacementBoard(new MemoryKvStore(clock));
    private final Scheduler scheduler = new Scheduler(board, clock, "h1");
    private final List<HostCapacity> hosts = List.of(host("h1"), host("h2"), host("h3"));
    private final List<Demand> services = List.of(demand("api", 2), demand("web", 1));

    SchedulerTest() {
        board.ensure(1);
    }

    @Test
    void aRoundWritesEachNewPlacementAndTheNextRoundNothing() {
        Scheduler.Round first = scheduler.run(hosts, services);

        assertThat(first.written()).containsExactly("api", "web");
        assertThat(board.all().get("api").hosts()).hasSize(2).doesNotHaveDuplicates();
        assertThat(board.all().get("web").decidedBy()).isEqualTo("h1");
        assertThat(scheduler.run(hosts, services).written()).isEmpty();
    }

    @Test
    void aHostGoneLosesItsPlacementsAndGetsNoneBackWhenItReturns() {
        scheduler.run(hosts, services);
        String webHost = board.all().get("web").hosts().get(0);
        List<HostCapacity> alive = hosts.stream().filter(host -> !host.name().equals(webHost)).toList();

        scheduler.run(alive, services);
        List<String> moved = board.all().get("web").hosts();
        scheduler.run(hosts, services);

        assertThat(moved).hasSize(1).doesNotContain(webHost);
        assertThat(board.all().get("web").hosts()).isEqualTo(moved);
        assertThat(board.all().values()).allMatch(entry -> !entry.hosts().contains(webHost)
                || entry.service().equals("api"));
    }

    @Test
    void aDecisionThatAnotherBeatIsLostAndWritesNothing() {
        scheduler.run(hosts, services);
        PlacementBoard.Entry seen = board.all().get("web");
        assertThat(board.decide("web", List.of("h3"), Optional.of(seen), "h2", clock.instant())).isTrue();

        assertThat(board.decide("web", List.of("h2"), Optional.of(seen), "h1", clock.instant())).isFalse();
        assertThat(board.all().get("web").hosts()).containsExactly("h3");
        assertThat(board.decide("new", List.of("h1"), Optional.empty(), "h1", clock.instant())).isTrue();
        assertThat(board.decide("new", List.of("h2"), Optional.empty(), "h2", clock.instant())).isFalse();
    }

    @Test
    void aServiceLeavingTheFleetLeavesTheBoard() {
        scheduler.run(hosts, services);

        scheduler.run(hosts, List.of(demand("api", 2)));

        assertThat(board.all()).containsOnlyKeys("api");
    }

    static HostCapacity host(String name) {
        return new HostCapacity(name, Map.of(), Map.of("vcpu", 4.0));
    }

    static Demand demand(String service, int replicas) {
        return new Demand(service, Map.of("vcpu", 1.0), Map.of("vcpu", 1.0), replicas, null);
    }
}
