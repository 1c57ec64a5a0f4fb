package dev.conductor.agent.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.fleet.nats.MemoryKvStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitesTest {

    private static final ClusterSettings SETTINGS = new ClusterSettings("conductor", "h1", "10.0.0.1", 4222, 6222,
            List.of(), "agent-pass", "join-pass", true);
    private final MutableClock clock = new MutableClock();
    private final MemoryKvStore kv = new MemoryKvStore(clock);
    @TempDir
    Path dir;
    private Invites invites;

    @BeforeEach
    void setUp() {
        kv.ensureBucket(FleetBuckets.peers(1));
        invites = new Invites(new ClusterPaths(dir.resolve("nats"), dir.resolve("store"), dir.resolve("unit")), clock);
    }

    @Test
    void anInviteWorksOnceAndTheHostKeepsOnlyTheSecretsHash() throws IOException {
        Invite invite = invites.create(SETTINGS, "PEM", List.of("10.0.0.1:4222"), Duration.ofHours(1));
        Invite decoded = Invite.decode(invite.encode());
        assertThat(decoded).isEqualTo(invite);
        assertThat(dir.resolve("nats/invites.json")).content().contains(Secrets.sha256Hex(invite.secret()))
                .doesNotContain(invite.secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("nats/invites.json"))))
                .isEqualTo("rw-------");
        assertThat(invites.consume(invite.secret())).isEmpty();
        assertThat(invites.consume(invite.secret())).contains("invite already used");
        assertThat(invites.consume("made-up")).contains("unknown or already used invite");
    }

    @Test
    void anExpiredInviteIsRefusedAndUsedUp() {
        Invite invite = invites.create(SETTINGS, "PEM", List.of("10.0.0.1:4222"), Duration.ofMinutes(1));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(invites.consume(invite.secret())).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invite expired at"));
        assertThat(invites.consume(invite.secret())).contains("invite already used");
    }

    @Test
    void lifetimesBeyondADayAndGarbageInvitesAreClearErrors() {
        assertThatThrownBy(() -> invites.create(SETTINGS, "PEM", List.of(), Duration.ofHours(25)))
                .hasMessageContaining("PT25H");
        assertThatThrownBy(() -> Invite.decode("not-an-invite-at-all")).isInstanceOf(FleetException.class)
                .hasMessageContaining("not-an-invit...");
    }

    @Test
    void aSealedReplyOpensOnlyWithItsSecret() {
        byte[] sealed = Sealed.seal("secret-one", "password".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(Sealed.open("secret-one", sealed), StandardCharsets.UTF_8)).isEqualTo("password");
        assertThatThrownBy(() -> Sealed.open("secret-two", sealed)).isInstanceOf(FleetException.class);
    }

    @Test
    void peersAreAliveUntilTheirBeatIsOlderThanTwelveSeconds() {
        Peers peers = new Peers(kv, clock);
        peers.beat(new PeerRecord("h1", "10.0.0.1", java.util.Map.of("tier", "front"), null));
        assertThat(peers.list()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(PeerRow.ALIVE);
            assertThat(row.labels()).containsEntry("tier", "front");
        });
        clock.now = clock.now.plusSeconds(13);
        assertThat(peers.list()).singleElement().extracting(PeerRow::state).isEqualTo(PeerRow.MISSING);
        peers.remove("h1");
        assertThat(peers.list()).isEmpty();
        assertThatThrownBy(() -> peers.remove("h1")).hasMessageContaining("no peer 'h1'");
    }
}
