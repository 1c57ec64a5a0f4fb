package dev.conductor.agent.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The time of one decision in the agent, p50 and p99, for a static token and for RS256 and ES256
 * JWTs (keys cached), beside the cost of the one thing a decision cannot avoid for a token, a
 * SHA-256 of it, in the same run. Run by {@code installers/bench/policy-bench}; bounded: a fixed
 * count per case, after a warm-up.
 */
public final class DecisionBench {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 20_000;

    private DecisionBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("decision-bench");
        PolicyStore store = new PolicyStore(List.of(root));
        PolicyAdmin admin = new PolicyAdmin(store, Clock.systemUTC());
        admin.create("ops");
        String token = admin.addToken("ops", "ci", null, List.of("deploy")).token();
        KeyPair rsa = JwtFixtures.pair("RS256", 0);
        KeyPair ec = JwtFixtures.pair("ES256", 0);
        admin.addKey("ops", write(root, "rsa.pem", TestJws.pem(rsa.getPublic())), "rsa", null, null, List.of());
        admin.addKey("ops", write(root, "ec.pem", TestJws.pem(ec.getPublic())), "ec", null, null, List.of());
        String claims = "{\"sub\":\"bench\",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}";
        Gate gate = new Gate(new PolicyCache(store, System::nanoTime), Clock.systemUTC());
        List<Requirement> needs = List.of(Requirement.parse("ops"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");

        report("anchor: SHA-256 of the token alone", () -> sha.digest(token.getBytes()).length > 0);
        report("static token", admitted(gate, needs, "Bearer " + token));
        report("JWT RS256 (2048-bit key)", admitted(gate, needs, "Bearer " + TestJws.rs256(rsa, claims)));
        report("JWT ES256", admitted(gate, needs, "Bearer " + TestJws.es256(ec, claims)));
        report("refused: a wrong token", () -> !gate.decide(needs, "Bearer cdt_wrong").admitted());
    }

    private static Supplier<Boolean> admitted(Gate gate, List<Requirement> needs, String header) {
        return () -> gate.decide(needs, header).admitted();
    }

    private static void report(String what, Supplier<Boolean> decision) {
        for (int i = 0; i < WARM_UP; i++) {
            check(what, decision.get());
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            boolean ok = decision.get();
            nanos[i] = System.nanoTime() - start;
            check(what, ok);
        }
        Arrays.sort(nanos);
        System.out.printf("decision-bench: %-36s p50 %8.3f ms  p99 %8.3f ms  (%d decisions)%n", what,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, MEASURED);
    }

    private static void check(String what, boolean ok) {
        if (!ok) {
            throw new IllegalStateException(what + ": the decision was not the expected one");
        }
    }

    private static Path write(Path root, String name, String text) throws Exception {
        return Files.writeString(root.resolve(name), text);
    }
}
