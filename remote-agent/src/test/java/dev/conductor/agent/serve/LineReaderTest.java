package dev.conductor.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines up to a limit; longer ones are skipped whole, and the next line is read as usual. */
class LineReaderTest {

    @Test
    void readsLinesDropsCarriageReturnsAndEndsWithNull() throws IOException {
        LineReader reader = reader("a\r\n\nb é\nlast", 100);

        assertThat(reader.next().text()).isEqualTo("a");
        assertThat(reader.next().text()).isEmpty();
        assertThat(reader.next().text()).isEqualTo("b é");
        assertThat(reader.next().text()).isEqualTo("last");
        assertThat(reader.next()).isNull();
    }

    @Test
    void aLineOverTheLimitIsSkippedWithItsLength() throws IOException {
        LineReader reader = reader("12345\n" + "x".repeat(11) + "\nok\n" + "y".repeat(20), 10);

        assertThat(reader.next().text()).isEqualTo("12345");
        LineReader.Line skipped = reader.next();
        assertThat(skipped.tooLong()).isTrue();
        assertThat(skipped.length()).isEqualTo(11);
        assertThat(reader.next().text()).isEqualTo("ok");
        assertThat(reader.next().tooLong()).isTrue();
        assertThat(reader.next()).isNull();
    }

    private static LineReader reader(String text, int max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }
}
