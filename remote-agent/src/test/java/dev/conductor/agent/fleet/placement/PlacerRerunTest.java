package dev.conductor.agent.fleet.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A plan given back to the next call: what stays, what moves, what stops, and why. */
class PlacerRerunTest {

    private static final String SEED = "vcpu=4,ram_gb=100,ports=10";

    private final Placer placer = new Placer();

    @Test
    void aRerunMovesNothingThatStillFits() {
        List<HostCapacity> hosts = FleetTable.hosts("a:" + SEED + "; b:" + SEED);
        List<Demand> demands = FleetTable.demands("web x2 vcpu=1; db vcpu=2,ram_gb=50; cache vcpu=1");
        Plan first = placer.place(hosts, demands, List.of());

        Plan again = placer.place(hosts, demands, first.placements());

        assertThat(again.placements()).isEqualTo(first.placements());
        assertThat(again.added()).isEmpty();
        assertThat(again.dropped()).isEmpty();
    }

    @Test
    void aPlacementStaysWhereTheRuleWouldNotPutItNow() {
        List<HostCapacity> hosts = FleetTable.hosts("a:vcpu=4; b:vcpu=4");
        List<Demand> demands = FleetTable.demands("s1 vcpu=2; s2 vcpu=2");

        Plan plan = placer.place(hosts, demands, List.of(new Placement("s1", "a"), new Placement("s2", "a")));

        assertThat(FleetTable.written(plan, demands)).isEqualTo("s1=a; s2=a");
    }

    @Test
    void aRemovedHostsServicesMoveAndDoNotComeBackTwice() {
        List<Demand> demands = FleetTable.demands("web vcpu=1; api vcpu=1");
        List<HostCapacity> both = FleetTable.hosts("a:" + SEED + "; b:" + SEED);
        Plan first = placer.place(both, demands, List.of());
        assertThat(FleetTable.written(first, demands)).isEqualTo("api=a; web=b");

        Plan withoutA = placer.place(FleetTable.hosts("b:" + SEED), demands, first.placements());
        Plan aBack = placer.place(both, demands, withoutA.placements());

        assertThat(withoutA.dropped()).containsExactly(
                new Dropped(new Placement("api", "a"), "host is no longer in the fleet"));
        assertThat(withoutA.added()).containsExactly(new Placement("api", "b"));
        assertThat(FleetTable.written(aBack, demands)).isEqualTo("api=b; web=b");
        assertThat(aBack.added()).isEmpty();
    }

    @Test
    void whatNoLongerHoldsIsDroppedWithItsReason() {
        List<HostCapacity> hosts = FleetTable.hosts("a[tier=back]:vcpu=2; b[tier=front]:vcpu=2; c:vcpu=2");
        List<Demand> demands = FleetTable.demands("web [tier=front] vcpu=1; api vcpu=1; db vcpu=2/vcpu=2");
        List<Placement> before = List.of(new Placement("web", "a"), new Placement("api", "a"),
                new Placement("api", "c"), new Placement("db", "a"), new Placement("gone", "c"));

        Plan plan = placer.place(hosts, demands, before);

        assertThat(plan.dropped()).containsExactly(
                new Dropped(new Placement("api", "c"), "more replicas than the 1 declared"),
                new Dropped(new Placement("db", "a"), "vcpu: min 2 + 1 promised > capacity 2"),
                new Dropped(new Placement("gone", "c"), "service is no longer declared"),
                new Dropped(new Placement("web", "a"), "host no longer matches the service's conditions"));
        assertThat(FleetTable.written(plan, demands)).isEqualTo("api=a; db=c; web=b");
    }

    @Test
    void anUnplacedServiceSaysWhyForEveryHost() {
        List<HostCapacity> hosts = FleetTable.hosts(
                "a[tier=back]:vcpu=8; b[tier=front]:vcpu=1,ram_gb=1; c[tier=front]:vcpu=8,ram_gb=8");
        List<Demand> demands = FleetTable.demands("db x2 [tier=front] vcpu=2,ram_gb=4/vcpu=1");

        Plan plan = placer.place(hosts, demands, List.of());

        assertThat(plan.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.missing()).isEqualTo(1);
            assertThat(unplaced.reason()).isEqualTo("service db: 1 replica not placed:"
                    + " a: does not match the service's conditions;"
                    + " b: ram_gb: min 4 + 0 promised > capacity 1;"
                    + " c: runs a replica already");
        });
    }

    @Test
    void theSameInputInAnyOrderGivesTheSamePlan() {
        List<HostCapacity> hosts = new ArrayList<>(FleetTable.hosts("a:vcpu=4; b:vcpu=4; c:vcpu=2; d:vcpu=8"));
        List<Demand> demands = new ArrayList<>(FleetTable.demands(
                "s1 vcpu=2; s2 x2 vcpu=3/vcpu=1; s3 vcpu=1; s4 vcpu=4/vcpu=2; s5 x3 vcpu=1; s6 vcpu=2"));
        Plan expected = placer.place(hosts, demands, List.of());

        Random random = new Random(14);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(hosts, random);
            Collections.shuffle(demands, random);
            assertThat(placer.place(hosts, demands, List.of())).isEqualTo(expected);
        }
    }

    @Test
    void twoHostsOrServicesOfOneNameAreRefused() {
        assertThatThrownBy(() -> placer.place(FleetTable.hosts("a:vcpu=1; a:vcpu=2"), List.of(), List.of()))
                .hasMessage("two hosts are named a");
        assertThatThrownBy(() -> placer.place(List.of(), FleetTable.demands("web; web"), List.of()))
                .hasMessage("two services are named web");
    }
}
