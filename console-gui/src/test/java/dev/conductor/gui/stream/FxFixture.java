package dev.conductor.gui.stream;

import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.view.FakeLink;
import dev.conductor.gui.FxCalls;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A stage with the real theme, agent calls answered by a {@link FakeLink}, and reads on the FX thread. */
final class FxFixture {

    private FxFixture() {}

    /** Calls run at once; answers and events come on the FX thread, in batches, as in the console. */
    static FxCalls calls(FakeLink link) {
        return new FxCalls(host -> "alpha".equals(host) ? Optional.of(link) : Optional.empty(), Runnable::run, Platform::runLater);
    }

    static void show(Stage stage, Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(root, 900, 400));
        stage.show();
    }

    static <T> T onFx(Callable<T> read) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static int firstVisible(ListView<?> list) {
        return onFx(() -> flow(list).getFirstVisibleCell().getIndex());
    }

    static int lastVisible(ListView<?> list) {
        return onFx(() -> flow(list).getLastVisibleCell().getIndex());
    }

    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }
}
