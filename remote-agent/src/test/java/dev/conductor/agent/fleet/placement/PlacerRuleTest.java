package dev.conductor.agent.fleet.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule on an empty fleet, one row per case; the notation is {@link FleetTable}'s. */
class PlacerRuleTest {

    private static final String SEED_HOST = "vcpu=4,ram_gb=100,ports=10";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            seed host gives every service its best  | a:$SEED                    | web vcpu=2,ram_gb=4,ports=1/vcpu=1,ram_gb=2; api vcpu=2,ram_gb=8/vcpu=1 | api=a; web=a
            seed host overcommitted down to the min | a:$SEED                    | a1 vcpu=2/vcpu=1; a2 vcpu=2/vcpu=1; a3 vcpu=2/vcpu=1; a4 vcpu=2/vcpu=1 | a1=a; a2=a; a3=a; a4=a
            seed host refuses past the min          | a:$SEED                    | a1 vcpu=4/vcpu=2; a2 vcpu=4/vcpu=2; a3 vcpu=4/vcpu=2 | a1=a; a2=a; a3=-
            ports are a resource like any other     | a:$SEED                    | p1 ports=6; p2 ports=6                                | p1=a; p2=-
            tie between equal hosts goes by name    | c:$SEED; a:$SEED; b:$SEED  | web vcpu=1                                            | web=a
            equal hosts are used in turn            | a:vcpu=4; b:vcpu=4         | s1 vcpu=2; s2 vcpu=2; s3 vcpu=2; s4 vcpu=2            | s1=a; s2=b; s3=a; s4=b
            the best goes before a less full host   | a:vcpu=8; b:vcpu=1         | web vcpu=2/vcpu=1                                     | web=a
            least overcommit when none gives best   | a:vcpu=2; b:vcpu=3         | big vcpu=6/vcpu=1                                     | big=b
            worst resource decides, not the mean    | a:vcpu=5,ram_gb=1000; b:vcpu=6,ram_gb=2 | x vcpu=3,ram_gb=1                    | x=b
            a host lacking a resource has none      | a:vcpu=8; b:vcpu=1,ports=2 | web vcpu=1,ports=1                                    | web=b
            min 0 takes a host lacking the resource | a:vcpu=8                   | web vcpu=1,gpu=1/gpu=0                                | web=a
            a service asking nothing goes anywhere  | b:vcpu=1; a:vcpu=1         | idle                                                  | idle=a
            replicas on distinct hosts              | a:$SEED; b:$SEED; c:$SEED  | web x2 vcpu=1                                         | web=a+b
            more replicas than hosts                | a:$SEED; b:$SEED           | web x3 vcpu=1                                         | web=a+b
            conditions filter hosts                 | a[tier=back]:$SEED; b[tier=front]:vcpu=1 | web [tier=front] vcpu=1                 | web=b
            conditions nothing matches              | a[tier=back]:$SEED         | web [tier=front] vcpu=1                               | web=-
            no host has the min                     | a:vcpu=1,ram_gb=2; b:vcpu=4,ram_gb=1 | db vcpu=2,ram_gb=4/vcpu=2,ram_gb=2          | db=-
            the narrowest conditions go first       | a[tier=front]:vcpu=2; b:vcpu=1 | alpha vcpu=1/vcpu=1; web [tier=front] vcpu=2/vcpu=2 | alpha=b; web=a
            services go in name order               | a:vcpu=2; b:vcpu=1         | zeta vcpu=2/vcpu=2; alpha vcpu=1/vcpu=1               | alpha=a; zeta=-
            decimal mins fill a host exactly        | a:vcpu=0.3                 | s1 vcpu=0.1; s2 vcpu=0.2                              | s1=a; s2=a
            docs/fleet.md's example                 | a:$SEED; b:vcpu=2,ram_gb=16,ports=4 | api vcpu=2,ram_gb=8/vcpu=1; web x2 vcpu=2,ram_gb=4,ports=1/vcpu=1,ram_gb=2; worker vcpu=2,ram_gb=8/vcpu=1,ram_gb=4 | api=a; web=a+b; worker=a
            no host at all                          | ``                         | web vcpu=1                                            | web=-
            """)
    void placesAsTheRuleSays(String name, String hosts, String services, String expected) {
        List<Demand> demands = FleetTable.demands(services);

        Plan plan = new Placer().place(FleetTable.hosts(hosts.replace("$SEED", SEED_HOST)), demands, List.of());

        assertThat(FleetTable.written(plan, demands)).isEqualTo(expected);
        assertThat(plan.kept()).isEmpty();
        assertThat(plan.dropped()).isEmpty();
    }
}
