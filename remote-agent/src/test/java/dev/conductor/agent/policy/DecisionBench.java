package dev.conductor.agent.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The time of one decision in the agent, p50 and p99, for a static token and for RS256 and ES256
 * JWTs (keys cached), each JWT both seen for the first time (a new token at every decision, so the
 * signature is verified) and seen again (its verified signature remembered, the claims checked),
 * beside the cost of the one thing a decision cannot avoid for a token, a SHA-256 of it, in the
 * same run. Run by {@code installers/bench/policy-bench}; bounded: a fixed count per case, after a
 * warm-up.
 */
public final class DecisionBench {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 20_000;
    // signing is slower than verifying: fewer tokens for the first-sight cases, still enough for a p99
    private static final int FRESH_WARM_UP = 1_000;
    private static final int FRESH_MEASURED = 5_000;

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
        String claims = claims(-1);
        Gate gate = new Gate(new PolicyCache(store, System::nanoTime), Clock.systemUTC());
        List<Requirement> needs = List.of(Requirement.parse("ops"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");

        report("anchor: SHA-256 of the token alone", () -> sha.digest(token.getBytes()).length > 0);
        report("static token", admitted(gate, needs, "Bearer " + token));
        report("JWT RS256 (2048-bit key), seen again", admitted(gate, needs, "Bearer " + TestJws.rs256(rsa, claims)));
        report("JWT ES256, seen again", admitted(gate, needs, "Bearer " + TestJws.es256(ec, claims)));
        report("JWT RS256 (2048-bit key), first sight", fresh(gate, needs, n -> TestJws.rs256(rsa, claims(n))),
                FRESH_WARM_UP, FRESH_MEASURED);
        report("JWT ES256, first sight", fresh(gate, needs, n -> TestJws.es256(ec, claims(n))),
                FRESH_WARM_UP, FRESH_MEASURED);
        report("anchor: the JDK's ES256 verify alone", jdkVerify(ec, TestJws.es256(ec, claims)),
                FRESH_WARM_UP, FRESH_MEASURED);
        report("refused: a wrong token", () -> !gate.decide(needs, "Bearer cdt_wrong").admitted());
    }

    private static String claims(int n) {
        return "{\"sub\":\"bench\",\"jti\":\"" + n + "\",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}";
    }

    /** A decision on a token never presented before; the tokens are signed before the clock starts. */
    private static Supplier<Boolean> fresh(Gate gate, List<Requirement> needs, IntFunction<String> sign) {
        String[] headers = new String[FRESH_WARM_UP + FRESH_MEASURED];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "Bearer " + sign.apply(i);
        }
        int[] next = {0};
        return () -> gate.decide(needs, headers[next[0]++]).admitted();
    }

    /** The floor of a first-sight ES256 decision: one {@link Signature#verify}, nothing of ours. */
    private static Supplier<Boolean> jdkVerify(KeyPair pair, String token) {
        int dot = token.lastIndexOf('.');
        byte[] input = token.substring(0, dot).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        return () -> {
            try {
                Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
                verifier.initVerify(pair.getPublic());
                verifier.update(input);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Supplier<Boolean> admitted(Gate gate, List<Requirement> needs, String header) {
        return () -> gate.decide(needs, header).admitted();
    }

    private static void report(String what, Supplier<Boolean> decision) {
        report(what, decision, WARM_UP, MEASURED);
    }

    private static void report(String what, Supplier<Boolean> decision, int warmUp, int measured) {
        for (int i = 0; i < warmUp; i++) {
            check(what, decision.get());
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            boolean ok = decision.get();
            nanos[i] = System.nanoTime() - start;
            check(what, ok);
        }
        Arrays.sort(nanos);
        System.out.printf("decision-bench: %-38s p50 %8.3f ms  p99 %8.3f ms  (%d decisions)%n", what,
                nanos[measured / 2] / 1e6, nanos[measured * 99 / 100] / 1e6, measured);
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
