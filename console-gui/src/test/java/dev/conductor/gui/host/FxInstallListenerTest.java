package dev.conductor.gui.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.bootstrap.InstallListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxInstallListenerTest {

    @Test
    void passesUploadProgressOnOncePerPercent() {
        List<Long> sent = new ArrayList<>();
        List<Runnable> queued = new ArrayList<>();
        InstallListener target = new InstallListener() {
            @Override
            public void uploaded(long bytes, long total) {
                sent.add(bytes);
            }
        };
        FxInstallListener listener = new FxInstallListener(queued::add, target);
        for (long bytes = 1; bytes <= 1000; bytes++) {
            listener.uploaded(bytes, 1000);
        }
        queued.forEach(Runnable::run);
        assertThat(sent).hasSize(101).startsWith(1L, 10L, 20L).endsWith(1000L);
    }
}
