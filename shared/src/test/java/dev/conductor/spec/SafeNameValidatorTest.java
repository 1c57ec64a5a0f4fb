package dev.conductor.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNameValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"web", "my-service", "a_b.c", "0", "_x", "v1.2.3"})
    void safeNames(String name) {
        assertThat(SafeNameValidator.isSafe(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "..", "a..b", ".hidden", "-opt", "my service", "x@y", "é", "a\\b"})
    void unsafeNames(String name) {
        assertThat(SafeNameValidator.isSafe(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 101})
    void lengthIsCappedAtOneHundred(int length) {
        assertThat(SafeNameValidator.isSafe("a".repeat(length))).isEqualTo(length <= 100);
    }
}
