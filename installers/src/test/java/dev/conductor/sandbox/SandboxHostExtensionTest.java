package dev.conductor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxHostExtensionTest {

    @Test
    void derivesHostNamesFromClassNames() {
        assertThat(SandboxHostExtension.hostNameFor(SandboxHostIT.class)).isEqualTo("sandbox-host-it");
        assertThat(SandboxHostExtension.hostNameFor(HTTPServerIT.class)).isEqualTo("http-server-it");
        assertThat(SandboxHostExtension.hostNameFor(AVeryLongClassNameThatGoesOnAndOnForeverIT.class))
                .isEqualTo("a-very-long-class-name-that-goes")
                .hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void usesTheDeclaredHostName() {
        assertThat(SandboxHostExtension.hostNameOf(Declared.class)).isEqualTo("web-1");
        assertThat(SandboxHostExtension.hostNameOf(Undeclared.class)).isEqualTo("undeclared");
    }

    @Test
    void rejectsAnInvalidDeclaredHostName() {
        assertThatThrownBy(() -> SandboxHostExtension.hostNameOf(Invalid.class))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("@SandboxTest(host = \"Web_1\")")
                .hasMessageContaining(Invalid.class.getName());
    }

    private static final class HTTPServerIT {
    }

    private static final class AVeryLongClassNameThatGoesOnAndOnForeverIT {
    }

    @SandboxTest(host = "web-1")
    private static final class Declared {
    }

    @SandboxTest
    private static final class Undeclared {
    }

    @SandboxTest(host = "Web_1")
    private static final class Invalid {
    }
}
