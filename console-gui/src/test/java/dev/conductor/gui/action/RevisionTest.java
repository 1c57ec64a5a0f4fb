package dev.conductor.gui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.FakeLink;
import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.MethodNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTest {

    @Test
    void listsNewestFirstAndMarksTheServingOne() {
        List<Revision> revisions = Revision.newestFirst(history(3, 1, 3, 2));

        assertThat(revisions).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(revisions).extracting(Revision::serving).containsExactly(true, false, false);
        assertThat(revisions.get(0).label()).isEqualTo("3   2026-11-03T10:00:00Z   deploy   (serving)");
    }

    @Test
    void preselectsTheRevisionBeforeTheServingOne() {
        assertThat(Revision.preselect(Revision.newestFirst(history(3, 1, 2, 3, 4))))
                .map(Revision::number).contains(2);
    }

    @Test
    void preselectsANewerOneWhenNothingIsOlder() {
        assertThat(Revision.preselect(Revision.newestFirst(history(1, 1, 2)))).map(Revision::number).contains(2);
    }

    @Test
    void preselectsNothingWhenOnlyTheServingOneExists() {
        assertThat(Revision.preselect(Revision.newestFirst(history(1, 1)))).isEmpty();
    }

    /** A {@code service.history} answer with the given revision numbers, in that order. */
    static String historyJson(int serving, int... numbers) {
        StringBuilder json = new StringBuilder("{\"serving\":" + serving + ",\"revisions\":[");
        for (int i = 0; i < numbers.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"number\":").append(numbers[i]).append(",\"created\":\"2026-11-0")
                    .append(numbers[i]).append("T10:00:00Z\",\"reason\":\"deploy\"}");
        }
        return json.append("]}").toString();
    }

    private static HistoryResult history(int serving, int... numbers) {
        return MethodNames.SERVICE_HISTORY.result(FakeLink.json(historyJson(serving, numbers)));
    }
}
