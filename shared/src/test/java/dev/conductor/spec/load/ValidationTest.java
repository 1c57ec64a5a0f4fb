package dev.conductor.spec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.spec.SafeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture folder under validation/ per rule. */
class ValidationTest {

    private static final String NAME_RULE = SafeName.RULE;

    private final ServiceFileLoader loader = new ServiceFileLoader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            pod-name-slash              | /pods/0/name                 | "a/b" $NAME
            pod-name-leading-dash       | /pods/0/name                 | "-x" $NAME
            pod-template-missing        | /pods/0/pod_template         | must not be blank
            pod-duplicate-name          | /pods/1/name                 | duplicate name "", already used at /pods/0
            function-name-dotdot        | /functions/0/name            | "x..y" $NAME
            function-exec-empty         | /functions/0/exec            | must not be empty
            function-format-unknown     | /functions/0/format          | unknown value "fastcgi", expected one of: cgi, http-stdio, sdactivate, action
            function-path-info-negative | /functions/0/path_info_strip | "-1" must be greater than or equal to 0
            function-header-malformed   | /functions/0/response_headers/1 | "NoColon" must look like 'Name: value'
            hook-id-space               | /hooks/1/id                  | "my hook" $NAME
            hook-id-empty               | /hooks/0/id                  | "" $NAME
            hook-id-missing             | /hooks/0/id                  | must not be null
            hook-when-missing           | /hooks/0/when                | must not be null
            hook-when-unknown           | /hooks/0/when                | unknown value "post-starts", expected one of: pre-start, post-start, pre-stop, post-stop, pre-start-service, post-start-service, pre-stop-service, post-stop-service
            hook-exec-empty             | /hooks/1/exec                | must not be empty
            hook-exec-null-element      | /hooks/0/exec/1              | must not be null
            hook-timeout-zero           | /hooks/0/timeout_sec         | "0" must be greater than 0
            hook-duplicate-id           | /hooks/1/id                  | duplicate id "h", already used at /hooks/0
            command-exec-missing        | /commands/migrate/exec       | must not be empty
            command-name-slash          | /commands/db~1migrate        | "db/migrate" $NAME
            command-null                | /commands/migrate            | must not be null
            health-port-range           | /health_check/port           | "70000" must be less than or equal to 65535
            health-port-missing         | /health_check/port           | "0" must be greater than or equal to 1
            health-path-relative        | /health_check/path           | "ready" must start with '/'
            health-status-range         | /health_check/expected_status | "99" must be greater than or equal to 100
            inherit-blank               | /inherit/0/path              | "" must not be blank
            conditions-blank-glob       | /conditions/hostname/0       | " " must not be blank
            type-boolean-as-string      | /disable                     | expected true or false, found string "yes"
            type-string-as-number       | /app_name                    | expected a string, found number 5
            type-exec-as-string         | /hooks/0/exec                | expected an array, found string "/h"
            type-pods-as-object         | /pods                        | expected an array, found an object
            """)
    void ruleIsReportedWithFilePointerAndReason(String service, String pointer, String reason) {
        var file = Fixtures.file("validation/" + service);
        String expected = reason.replace("$NAME", NAME_RULE);

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.location()).isEqualTo(pointer);
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.problems()).hasSize(1);
                })
                .hasMessage(file + ":" + pointer + ": " + expected);
    }

    @Test
    void unsafeServiceNameIsRefused() {
        var file = Fixtures.file("validation/bad@name");

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .hasMessage(file + ": service name \"bad@name\" " + NAME_RULE);
    }

    @Test
    void podAndFunctionMayBeUnnamed() {
        var spec = loader.load(Fixtures.path("validation/names-empty-allowed")).spec();

        assertThat(spec.pod("")).isPresent();
        assertThat(spec.function("")).isPresent();
    }

    @Test
    void everyProblemOfAFileIsReportedInPointerOrder() {
        var file = Fixtures.file("validation/several-problems");

        assertThatThrownBy(() -> loader.load(file.getParent()))
                .isInstanceOfSatisfying(ServiceFileException.class, e -> assertThat(e.problems())
                        .extracting(ServiceFileException::location)
                        .containsExactly("/hooks/0/exec", "/pods/0/name"))
                .hasMessage(file + ":/hooks/0/exec: must not be empty\n"
                        + file + ":/pods/0/name: \"a b\" " + NAME_RULE);
    }
}
