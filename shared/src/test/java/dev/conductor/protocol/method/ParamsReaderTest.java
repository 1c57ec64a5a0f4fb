package dev.conductor.protocol.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Request;
import org.junit.jupiter.api.Test;

/** Bad params are a {@code bad_request} that names the field and quotes the value, never at length. */
class ParamsReaderTest {

    @Test
    void namesMustBeSafe() {
        assertBad(MethodNames.SERVICE_SHOW, "{\"name\":\"../etc\"}",
                "request 1 (service.show): 'name' is not a valid name: '../etc'");
        assertBad(MethodNames.SERVICE_SHOW, "{}", "request 1 (service.show) needs the text parameter 'name'");
        assertBad(MethodNames.SERVICE_SHOW, "{\"name\":7}", "request 1 (service.show) needs the text parameter 'name'");
    }

    @Test
    void numbersAndFlagsAreChecked() {
        assertBad(MethodNames.SERVICE_DEPLOY, "{\"name\":\"web\",\"timeout_sec\":-1}",
                "request 1 (service.deploy): 'timeout_sec' must be a number of seconds, not -1");
        assertBad(MethodNames.SERVICE_DEPLOY, "{\"name\":\"web\",\"drain_sec\":\"2\"}",
                "request 1 (service.deploy): 'drain_sec' must be a number of seconds, not \"2\"");
        assertBad(MethodNames.SERVICE_ROLLBACK, "{\"name\":\"web\",\"to\":1.5}",
                "request 1 (service.rollback): 'to' must be an integer, not 1.5");
        assertBad(MethodNames.LOGS_FOLLOW, "{\"service\":\"web\",\"lines\":99999999999}",
                "request 1 (logs.follow): 'lines' must be an integer, not 99999999999");
        assertBad(MethodNames.SERVICE_CONFIG_SET, "{\"name\":\"web\",\"values\":{},\"reload\":\"yes\"}",
                "request 1 (service.config.set): 'reload' must be true or false, not \"yes\"");
    }

    @Test
    void listsAndMapsHoldOnlyStrings() {
        assertBad(MethodNames.COMMAND_RUN, "{\"service\":\"web\",\"command\":\"x\",\"args\":\"a b\"}",
                "request 1 (command.run): 'args' must be an array of strings, not \"a b\"");
        assertBad(MethodNames.COMMAND_RUN, "{\"service\":\"web\",\"command\":\"x\",\"args\":[1]}",
                "request 1 (command.run): 'args' may only hold strings, not 1");
        assertBad(MethodNames.SERVICE_CONFIG_SET, "{\"name\":\"web\"}",
                "request 1 (service.config.set): 'values' must be an object of strings, not nothing");
        assertBad(MethodNames.SERVICE_CONFIG_SET, "{\"name\":\"web\",\"values\":{\"A\":{}}}",
                "request 1 (service.config.set): 'values' may only hold strings, not {}");
    }

    @Test
    void exactlyOneTargetIsNamed() {
        assertBad(MethodNames.COMMAND_RUN, "{\"service\":\"web\",\"deployment\":\"web-1\",\"command\":\"x\"}",
                "request 1 (command.run): give exactly one of 'service' and 'deployment'");
        assertBad(MethodNames.LOGS_FOLLOW, "{\"lines\":5}",
                "request 1 (logs.follow): give exactly one of 'service', 'deployment', 'unit' and 'function'");
        assertBad(MethodNames.LOGS_FOLLOW, "{\"unit\":\"a b\"}", "request 1 (logs.follow): 'unit' is not a unit name: 'a b'");
    }

    @Test
    void aHugeValueIsCutInTheMessage() {
        String huge = "x/".repeat(50_000);
        assertThatThrownBy(() -> read(MethodNames.SERVICE_SHOW, "{\"name\":\"" + huge + "\"}"))
                .hasMessageStartingWith("request 1 (service.show): 'name' is not a valid name: 'x/x/")
                .hasMessageEndingWith("...'")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        assertThatThrownBy(() -> read(MethodNames.COMMAND_RUN, "{\"service\":\"web\",\"command\":\"x\",\"args\":{\"a\":\""
                + huge + "\"}}")).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("..."));
    }

    private static void assertBad(MethodName<?, ?> method, String params, String message) {
        assertThatThrownBy(() -> read(method, params)).isInstanceOf(ProtocolException.class).hasMessage(message)
                .extracting(e -> ((ProtocolException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }

    private static Object read(MethodName<?, ?> method, String params) {
        String line = "{\"type\":\"request\",\"id\":\"1\",\"method\":\"" + method.wire() + "\",\"params\":" + params + "}";
        return method.read((Request) MessageCodec.read(line));
    }
}
