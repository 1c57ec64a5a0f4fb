package dev.conductor.agent.fleet.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfoOptions;
import io.nats.client.api.Subject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Reads that a lost server cannot swallow. nats-server 2.9 keeps the route to a powered-off host up
 * for as long as traffic flows (its pings are held back), so it still counts that host as a replica:
 * a direct get, answered by any replica, and an ephemeral consumer, placed on any replica, then go
 * unanswered a third of the time. So the fleet's streams answer gets from their leader only
 * (allow_direct off), and keys and objects are listed from the stream's subjects, without a consumer.
 */
final class LeaderReads {

    private LeaderReads() {}

    /**
     * Brings an existing stream to at least {@code replicas}, to {@code maxAge} when not null, and
     * to gets from its leader only, in one update or none: every stream change is a round of
     * consensus, and a cluster that servers are joining has few to spare.
     */
    static void settle(JetStreamManagement jsm, String stream, int replicas, Duration maxAge)
            throws IOException, JetStreamApiException {
        StreamConfiguration config = jsm.getStreamInfo(stream).getConfiguration();
        int wanted = Math.max(config.getReplicas(), replicas);
        boolean age = maxAge != null && !maxAge.equals(config.getMaxAge());
        if (wanted != config.getReplicas() || age || config.getAllowDirect()) {
            StreamConfiguration.Builder changed = StreamConfiguration.builder(config).replicas(wanted).allowDirect(false);
            jsm.updateStream((age ? changed.maxAge(maxAge) : changed).build());
        }
    }

    /** The subjects under {@code prefix} that hold a message, each without the prefix. */
    static List<String> subjects(JetStreamManagement jsm, String stream, String prefix)
            throws IOException, JetStreamApiException {
        List<Subject> subjects = jsm.getStreamInfo(stream, StreamInfoOptions.filterSubjects(prefix + ">"))
                .getStreamState().getSubjects();
        return subjects.stream().map(Subject::getName).filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length())).toList();
    }
}
