package dev.scaleprojection.aggregator.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Sends a request to the instance that holds the key it asks about: a request whose key this instance holds is answered
 * here; any other is relayed to the owner, whose answer is passed back as it is. A relayed request that lands on an
 * instance which no longer holds the key (partitions moved in between) is not passed on again: 503, retry.
 */
final class Routing {

    private final Cluster cluster;
    private final PeerClient peers;

    Routing(Cluster cluster, PeerClient peers) {
        this.cluster = cluster;
        this.peers = peers;
    }

    /** Whether the request was answered by the instance that holds {@code key} of {@code store}; if not, answer it here. */
    boolean relayed(Context ctx, String store, String key) {
        Optional<HostInfo> owner = cluster.remoteOwner(store, key);
        if (owner.isEmpty()) {
            return false;
        }
        if (PeerClient.isForwarded(ctx)) {
            throw Cluster.moving();
        }
        peers.relay(ctx, owner.get());
        return true;
    }
}
