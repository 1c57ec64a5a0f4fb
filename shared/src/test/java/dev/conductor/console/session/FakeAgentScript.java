package dev.conductor.console.session;

import dev.conductor.sandbox.SandboxHost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fake agent (fake-agent.py beside this class) placed in a sandbox host. */
final class FakeAgentScript {

    static final String PATH = "/usr/local/lib/conductor-test/fake-agent.py";

    private FakeAgentScript() {
    }

    static void install(SandboxHost host) {
        try (InputStream script = FakeAgentScript.class.getResourceAsStream("fake-agent.py")) {
            host.writeFile(PATH, script.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options that run the fake agent, saying {@code agentVersion}, for a console of 0.2.0. */
    static SessionOptions options(String agentVersion) {
        return SessionOptions.defaults("0.2.0").withCommand("/usr/bin/python3 " + PATH + " " + agentVersion);
    }
}
