package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust.Decision;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DialogTrustTest {

    private static final HostKey KEY = new HostKey("ssh-ed25519", "SHA256:abcdefFINGERPRINT");
    private final VirtualConsole console = new VirtualConsole().show(new ConsoleWindow(new Fleet()));
    private final DialogTrust trust = new DialogTrust(console.gui);

    @Test
    void showsTheFingerprintAndTrustsOnlyWhenChosen() throws Exception {
        CompletableFuture<Decision> decision = askFromAnSshThread();
        assertThat(console.text()).contains("Unknown host key", "alpha", "SHA256:abcdefFINGERPRINT", "Trust", "Reject");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(decision.get(5, TimeUnit.SECONDS)).isEqualTo(Decision.ACCEPT);
        assertThat(console.text()).doesNotContain("SHA256:abcdefFINGERPRINT");
    }

    @Test
    void enterOrEscRejects() throws Exception {
        CompletableFuture<Decision> decision = askFromAnSshThread();
        console.press(KeyType.Enter);
        assertThat(decision.get(5, TimeUnit.SECONDS)).isEqualTo(Decision.REJECT);
        CompletableFuture<Decision> again = askFromAnSshThread();
        console.press(KeyType.Escape);
        assertThat(again.get(5, TimeUnit.SECONDS)).isEqualTo(Decision.REJECT);
    }

    /** Asks on another thread, as SSH does, and runs the GUI until the dialog is up. */
    private CompletableFuture<Decision> askFromAnSshThread() throws InterruptedException {
        CompletableFuture<Decision> decision = CompletableFuture.supplyAsync(() -> trust.decide("alpha", 22, KEY));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (console.gui.getWindows().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
            console.settle();
        }
        return decision;
    }
}
