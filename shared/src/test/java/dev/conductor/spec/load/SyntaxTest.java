package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxTest {

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @Test
    void commentsAndTrailingCommasAreAccepted() {
        LoadedService loaded = loader.load(Fixtures.path("syntax/services/lenient"));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.spec().appName()).isEqualTo("lenient");
        assertThat(loaded.spec().config()).containsExactly(entry("A", "1"), entry("B", "2"));
        assertThat(loaded.spec().displayServiceConfig()).containsExactly("A", "B");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate         | 3:13 | duplicate field "app_name"
            unclosed          | 3:1  | unexpected end of file: the object opened at 1:1 is not closed
            missing-comma     | 3:3  | expected ',' or '}' after a field, found '"'
            bare-word         | 2:18 | unrecognized token 'yes', expected a value
            root-array        |      | expected an object, found an array
            trailing-content  | 1:4  | unexpected content after the end of the object
            empty             |      | file is empty
            """)
    void malformedFilesAreReportedWithLocationAndReason(String service, String location, String reason) {
        var file = Fixtures.file("syntax/services/" + service);
        String expectedLocation = location == null ? "" : location;

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.location()).isEqualTo(expectedLocation);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }
}
