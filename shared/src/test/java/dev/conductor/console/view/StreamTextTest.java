package dev.conductor.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.protocol.Event;
import org.junit.jupiter.api.Test;

class StreamTextTest {

    @Test
    void outputLinesKeepTheirStream() {
        assertThat(StreamText.outputLines(output("stderr", "disk full\\nretrying\\n")))
                .containsExactly(new StreamLine("disk full", true), new StreamLine("retrying", true));
        assertThat(StreamText.outputLines(output("stdout", "done\\n"))).containsExactly(StreamLine.out("done"));
    }

    @Test
    void anOutputEventWithoutAStreamIsStdout() {
        Event event = new Event("1", "output", FakeLink.json("{\"data\":\"old agent\"}"));
        assertThat(StreamText.outputLines(event)).containsExactly(StreamLine.out("old agent"));
    }

    @Test
    void otherEventsHaveNoOutputLines() {
        assertThat(StreamText.outputLines(new Event("1", "line", FakeLink.json("{\"message\":\"m\"}")))).isEmpty();
    }

    private static Event output(String stream, String data) {
        return new Event("1", "output", FakeLink.json("{\"stream\":\"" + stream + "\",\"data\":\"" + data + "\"}"));
    }
}
