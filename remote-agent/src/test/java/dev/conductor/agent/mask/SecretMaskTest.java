package dev.conductor.agent.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @AfterEach
    void forget() {
        SecretMask.forgetAllForTests();
    }

    @Test
    void aRegisteredValueIsMaskedWhateverItsKeyWasCalled() {
        SecretMask.register("hunter2-long");

        assertThat(SecretMask.apply("calling with Bearer hunter2-long failed; again hunter2-long"))
                .isEqualTo("calling with Bearer ******** failed; again ********");
    }

    @Test
    void theJsonSpellingOfAValueIsMaskedToo() {
        SecretMask.register("pa\"ss\\word");

        assertThat(SecretMask.apply("{\"reason\":\"pa\\\"ss\\\\word\"}")).isEqualTo("{\"reason\":\"********\"}");
    }

    @Test
    void aValueContainingAnotherIsMaskedWhole() {
        SecretMask.register("abcd");
        SecretMask.register("xxabcdxx");

        assertThat(SecretMask.apply("[xxabcdxx]")).isEqualTo("[********]");
    }

    @Test
    void eachLineOfAMultiLineValueIsMaskedOnItsOwn() {
        SecretMask.register("-----BEGIN KEY-----\nMIIBsecretline\n-----END KEY-----");

        assertThat(SecretMask.apply("journal: MIIBsecretline")).isEqualTo("journal: ********");
    }

    @Test
    void shortValuesAndNullAreLeftAlone() {
        SecretMask.register("abc");
        SecretMask.register(null);

        assertThat(SecretMask.apply("abc abc")).isEqualTo("abc abc");
        assertThat(SecretMask.apply(null)).isNull();
    }

    @Test
    void maskedLinesFindAValueSplitAcrossWrites() {
        SecretMask.register("s3cr3t-token");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream err = MaskedLines.printStream(sink);

        err.print("token s3cr");
        err.print("3t-token here");
        err.println();
        err.println("second s3cr3t-token");

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("token ******** here\nsecond ********\n");
    }
}
