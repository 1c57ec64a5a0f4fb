package dev.conductor.console.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "root@10.231.1.2        | root   | 10.231.1.2     | 0",
        "root@10.231.1.2:2222   | root   | 10.231.1.2     | 2222",
        "web-1                  | -      | web-1          | 0",
        "deploy@web-1.example.org:22 | deploy | web-1.example.org | 22",
        "ssh://admin@h1:2200    | admin  | h1             | 2200",
        "root@[fe80::1%eth0]:22 | root   | fe80::1%eth0   | 22",
        "[::1]                  | -      | ::1            | 0",
        "fd00::2                | -      | fd00::2        | 0",
        "me@corp.com@gateway    | me@corp.com | gateway   | 0",
        "'  h1  '               | -      | h1             | 0"})
    void readsUserHostAndPort(String text, String user, String host, int port) {
        assertThat(Destination.parse(text)).isEqualTo(new Destination(user, host, port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root@10.231.1.2:2222", "web-1", "root@[::1]:22", "fd00::2"})
    void printsAsParsed(String text) {
        assertThat(Destination.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                  | expected user@host[:port]",
        "root@               | expected user@host[:port]",
        "@h1                 | the user name '' is empty",
        "root@h1:0           | the port 0 is not between 1 and 65535",
        "root@h1:65536       | the port 65536 is not between 1 and 65535",
        "root@h1:99999999999 | the port 99999999999 is not between 1 and 65535",
        "root@h1:ssh         | expected user@host[:port]",
        "root@h1/x           | expected user@host[:port]",
        "'ro ot@h1'          | the user name 'ro ot' is empty or has characters",
        "h1;reboot           | expected user@host[:port]"})
    void rejectsWhatIsNoDestinationQuotingIt(String text, String reason) {
        assertThatThrownBy(() -> Destination.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad SSH destination '" + text + "': " + reason);
    }
}
