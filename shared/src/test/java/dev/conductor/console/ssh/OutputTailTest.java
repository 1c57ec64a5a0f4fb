package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastBytesInOrder() {
        OutputTail tail = new OutputTail(8);
        assertThat(tail.text()).isEmpty();
        tail.write("abc".getBytes(StandardCharsets.UTF_8), 0, 3);
        assertThat(tail.text()).isEqualTo("abc");
        tail.write("defghijk".getBytes(StandardCharsets.UTF_8), 0, 8);
        assertThat(tail.text()).isEqualTo("defghijk");
        tail.write('l');
        assertThat(tail.text()).isEqualTo("efghijkl");
    }
}
