package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigValuesTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @Test
    void scalarsBecomeStringsKeepingLiteralTextAndOrder() {
        var config = loader.load(Fixtures.path("config/services/types")).spec().config();

        assertThat(config).containsExactly(
                entry("S", "text"), entry("I", "42"), entry("F", "1.50"), entry("E", "1e3"),
                entry("T", "true"), entry("Z", "false"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            array      | /config/LIST | config value must be a string, number, boolean or null, found an array
            object     | /config/OBJ  | config value must be a string, number, boolean or null, found an object
            not-object | /config      | config must be an object, found an array
            """)
    void arraysAndObjectsAreRejectedAtTheirPointer(String service, String pointer, String reason) {
        var file = Fixtures.file("config/services/" + service);

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .isInstanceOf(ServiceFileException.class)
                .hasMessage(file + ":" + pointer + ": " + reason);
    }
}
