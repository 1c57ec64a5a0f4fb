package dev.conductor.gui.stream;

import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.StreamLine;
import dev.conductor.gui.FxCalls;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
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

    /** The text of each line in the list, read on the FX thread. */
    static List<String> texts(ListView<StreamLine> list) {
        return onFx(() -> list.getItems().stream().map(StreamLine::text).toList());
    }

    /** The cells that show a line, in {@code list}. */
    static List<ListCell<StreamLine>> shownCells(ListView<StreamLine> list) {
        return onFx(() -> list.lookupAll(".list-cell").stream().map(node -> {
            @SuppressWarnings("unchecked")
            ListCell<StreamLine> cell = (ListCell<StreamLine>) node;
            return cell;
        }).filter(cell -> cell.isVisible() && cell.getItem() != null).toList());
    }

    /** The text of a cell's matched pieces, the marked {@code Text}s of its graphic. */
    static List<String> marked(ListCell<StreamLine> cell) {
        return onFx(() -> cell.getGraphic() == null ? List.<String>of() : cell.getGraphic().lookupAll("." + LineCell.MATCH)
                .stream().map(node -> ((javafx.scene.text.Text) node).getText()).toList());
    }

    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }
}
