package dev.conductor.agent.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionArgumentsTest {

    @Test
    void aJsonArrayOfStringsIsTheArgumentsAsTheyAre() throws Exception {
        assertThat(parse("[\"--to\", \"v2\", \"; touch /tmp/pwned\", \"$(id)\", \"\", \"é \\n\"]"))
                .containsExactly("--to", "v2", "; touch /tmp/pwned", "$(id)", "", "é \n");
        assertThat(parse("")).isEmpty();
        assertThat(parse(" [ ] ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"args\": []}", "\"x\"", "12", "null", "   ", "[1]", "[\"a\", null]", "[[\"a\"]]",
            "[\"a\"] [\"b\"]", "[\"a\"", "not json", "[\"nul\\u0000\"]"})
    void anythingElseIsRefusedWith400(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(FunctionHttp.Refused.class,
                refused -> assertThat(refused.status).isEqualTo(400));
    }

    @Test
    void theMessageQuotesTheBadElementOnOneLine() {
        assertThatThrownBy(() -> parse("[\"a\", {\"x\": 1}]")).hasMessage("argument 1 is not a string: '{\"x\":1}'");
        assertThatThrownBy(() -> parse("{\"args\": [\"a\"]}"))
                .hasMessage("the body must be a JSON array of strings, not '{\"args\":[\"a\"]}'");
        assertThatThrownBy(() -> parse("[\"a\"\n,\n")).message().doesNotContain("\n").contains("not JSON");
    }

    @Test
    void countAndLengthAreBounded() throws Exception {
        String many = "[" + String.join(",", java.util.Collections.nCopies(ActionArguments.MAX_ARGS, "\"x\"")) + "]";
        assertThat(parse(many)).hasSize(ActionArguments.MAX_ARGS);
        assertThatThrownBy(() -> parse(many.replace("]", ",\"x\"]")))
                .hasMessage("at most 64 arguments, not 65");

        String longest = "x".repeat(ActionArguments.MAX_ARG_LENGTH);
        assertThat(parse("[\"" + longest + "\"]")).containsExactly(longest);
        assertThatThrownBy(() -> parse("[\"" + longest + "y\"]"))
                .hasMessageStartingWith("argument 0 has 4097 characters, over the 4096 allowed: 'xxx");
    }

    private static List<String> parse(String body) throws FunctionHttp.Refused {
        return ActionArguments.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
