package dev.conductor.gui.host;

import dev.conductor.console.bootstrap.InstallListener;
import dev.conductor.console.bootstrap.JavaVersion;
import java.util.concurrent.Executor;

/**
 * Hands the installer's progress, reported on the installing thread, to a listener on the FX
 * thread. Upload progress is passed on only when the percentage changes: the installer reports
 * every 64 KiB, which for a large jar would flood the FX event queue.
 */
final class FxInstallListener implements InstallListener {

    private final Executor fx;
    private final InstallListener target;
    private long lastPercent = -1;

    FxInstallListener(Executor fx, InstallListener target) {
        this.fx = fx;
        this.target = target;
    }

    @Override
    public void javaChecked(JavaVersion java) {
        fx.execute(() -> target.javaChecked(java));
    }

    @Override
    public void uploaded(long sent, long total) {
        long percent = total == 0 ? 100 : sent * 100 / total;
        if (percent != lastPercent || sent == total) {
            lastPercent = percent;
            fx.execute(() -> target.uploaded(sent, total));
        }
    }

    @Override
    public void installing(String line) {
        fx.execute(() -> target.installing(line));
    }

    @Override
    public void done() {
        fx.execute(target::done);
    }
}
