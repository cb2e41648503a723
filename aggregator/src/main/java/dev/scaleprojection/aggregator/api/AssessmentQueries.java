package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ComponentHistory;
import dev.scaleprojection.aggregator.domain.ComponentSummary;
import dev.scaleprojection.aggregator.domain.HistoryEntry;
import dev.scaleprojection.aggregator.domain.HistoryKey;
import dev.scaleprojection.aggregator.domain.Scope;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.domain.TrendBucket;
import dev.scaleprojection.aggregator.domain.TrendPeriod;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the aggregator's state stores: current assessments and scores, and — by folding the history log, never from a
 * second copy — the assessment of a component or the score of a scope as of a past time. Lookups by key read this
 * instance's stores (the routes send a request to the key's owner first); scans over keys that several partitions hold
 * (a scope's components, its trend buckets, the organizations) read every instance's part and merge them.
 */
public final class AssessmentQueries {

    private final StateStores stores;
    private final CoherenceIndex weights;
    private final Cluster cluster;
    private final PeerClient peers = new PeerClient();

    /** Queries over state that this instance holds entirely. */
    public AssessmentQueries(StateStores stores, CoherenceIndex weights) {
        this(stores, weights, Cluster.single());
    }

    public AssessmentQueries(StateStores stores, CoherenceIndex weights, Cluster cluster) {
        this.stores = stores;
        this.weights = weights;
        this.cluster = cluster;
    }

    public CoherenceIndex weights() {
        return weights;
    }

    Routing routing() {
        return new Routing(cluster, peers);
    }

    public Optional<ComponentAssessment> component(String componentId) {
        return Optional.ofNullable(this.<ComponentAssessment>store(AggregatorTopology.ASSESSMENTS_STORE).get(componentId));
    }

    /** Every component of an organization, in id order. */
    public List<ComponentAssessment> componentsOf(String organization) {
        return assessmentsUnder(organization + "/");
    }

    /** Every component of a system, in id order. */
    public List<ComponentAssessment> componentsOf(String organization, String system) {
        return assessmentsUnder(organization + "/" + system + "/");
    }

    private List<ComponentAssessment> assessmentsUnder(String prefix) {
        return byComponent(localAssessmentsUnder(prefix), PeerRoutes.assessments(prefix, Optional.empty()));
    }

    /** This instance's part of a scope's current assessments. */
    List<ComponentAssessment> localAssessmentsUnder(String prefix) {
        return scan(AggregatorTopology.ASSESSMENTS_STORE, prefix, ComponentAssessment.class);
    }

    /** This instance's part and every other instance's, one per component (should a rebalance show one twice), in id order. */
    private List<ComponentAssessment> byComponent(List<ComponentAssessment> local, String peerPath) {
        SortedMap<String, ComponentAssessment> merged = new TreeMap<>();
        local.forEach(a -> merged.put(a.componentId(), a));
        fromOthers(peerPath, ComponentAssessment.class).forEach(a -> merged.putIfAbsent(a.componentId(), a));
        return List.copyOf(merged.values());
    }

    private <T> List<T> fromOthers(String path, Class<T> type) {
        List<T> found = new ArrayList<>();
        cluster.others().forEach(peer -> found.addAll(peers.list(peer, path, type)));
        return found;
    }

    public Optional<ScopeScore> organization(String organization) {
        return Optional.ofNullable(this.<ScopeScore>store(AggregatorTopology.ORGANIZATION_SCORES_STORE).get(organization));
    }

    /** Every organization assessed so far, by name. */
    public SortedMap<String, ScopeScore> organizations() {
        SortedMap<String, ScopeScore> found = new TreeMap<>();
        localOrganizations().forEach(o -> found.put(o.org(), o.score()));
        fromOthers(PeerRoutes.ORGANIZATIONS, NamedScore.class).forEach(o -> found.putIfAbsent(o.org(), o.score()));
        return found;
    }

    /** An organization's score, as instances exchange it. */
    record NamedScore(String org, ScopeScore score) {
    }

    List<NamedScore> localOrganizations() {
        List<NamedScore> found = new ArrayList<>();
        forEach(this.<ScopeScore>store(AggregatorTopology.ORGANIZATION_SCORES_STORE).all(), (org, score) -> found.add(new NamedScore(org, score)));
        return found;
    }

    public Optional<ScopeScore> system(String organization, String system) {
        return Optional.ofNullable(this.<ScopeScore>store(AggregatorTopology.SYSTEM_SCORES_STORE).get(organization + "/" + system));
    }

    /** The current score of an owning team or a business domain (a scope of kind owner or domain). */
    public Optional<ScopeScore> group(Scope scope) {
        String store = switch (scope.kind()) {
            case OWNER -> AggregatorTopology.OWNER_SCORES_STORE;
            case DOMAIN -> AggregatorTopology.DOMAIN_SCORES_STORE;
            default -> throw new IllegalArgumentException("not a group: " + scope);
        };
        return Optional.ofNullable(this.<ScopeScore>store(store).get(scope.key()));
    }

    /** The log of a component's changes, or nothing if it was never assessed. */
    public Optional<ComponentHistory> history(String componentId) {
        List<HistoryEntry> entries = new ArrayList<>();
        forEach(this.<HistoryEntry>store(AggregatorTopology.HISTORY_STORE)
                .range(HistoryKey.firstOf(componentId), HistoryKey.pastLastOf(componentId)), (key, entry) -> {
            if (entry.round().componentId().equals(componentId)) {
                entries.add(entry);
            }
        });
        return entries.isEmpty() ? Optional.empty() : Optional.of(new ComponentHistory(componentId, entries));
    }

    public Optional<ComponentAssessment> componentAsOf(String componentId, long time) {
        return history(componentId).flatMap(h -> h.asOf(time));
    }

    /**
     * The assessments, as of {@code time}, of every component whose id starts with {@code scopePrefix} ({@code org/} or
     * {@code org/system/}), in id order: each component's log folded up to that time.
     */
    public List<ComponentAssessment> componentsAsOf(String scopePrefix, long time) {
        return byComponent(localComponentsAsOf(scopePrefix, time), PeerRoutes.assessments(scopePrefix, Optional.of(time)));
    }

    /** This instance's part of {@link #componentsAsOf}: every component's whole log lives in one partition. */
    List<ComponentAssessment> localComponentsAsOf(String scopePrefix, long time) {
        Map<String, List<HistoryEntry>> byComponent = scan(AggregatorTopology.HISTORY_STORE, scopePrefix, HistoryEntry.class).stream()
                .collect(Collectors.groupingBy(entry -> entry.round().componentId(), TreeMap::new, Collectors.toList()));
        return byComponent.entrySet().stream()
                .map(e -> new ComponentHistory(e.getKey(), e.getValue()).asOf(time))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A scope's trend buckets for a period kind (days or weeks), oldest first. */
    public List<TrendBucket> trends(String scope, TrendPeriod period) {
        SortedMap<String, TrendBucket> merged = new TreeMap<>();
        localTrends(scope, period).forEach(b -> merged.put(b.key(), b));
        fromOthers(PeerRoutes.trends(scope, period), TrendBucket.class).forEach(b -> merged.putIfAbsent(b.key(), b));
        return merged.values().stream().sorted(Comparator.comparingLong(TrendBucket::start)).toList();
    }

    /** This instance's part of a scope's buckets: each bucket's key is partitioned on its own. */
    List<TrendBucket> localTrends(String scope, TrendPeriod period) {
        return scan(AggregatorTopology.TRENDS_STORE, TrendBucket.prefix(scope, period), TrendBucket.class);
    }

    /** The score, as of {@code time}, of the components whose ids start with {@code scopePrefix}; nothing if none was assessed by then. */
    public Optional<ScopeScore> scoreAsOf(String scopePrefix, long time) {
        List<ComponentAssessment> components = componentsAsOf(scopePrefix, time);
        return components.isEmpty() ? Optional.empty() : Optional.of(scoreOf(components));
    }

    /** The score of a scope made of these assessments, with this service's weights. */
    public ScopeScore scoreOf(List<ComponentAssessment> assessments) {
        return ScopeScore.of(assessments.stream().map(a -> ComponentSummary.of(a, weights)).toList());
    }

    private <V> List<V> scan(String storeName, String prefix, Class<V> type) {
        List<V> found = new ArrayList<>();
        forEach(this.<V>store(storeName).prefixScan(prefix, new StringSerializer()), (key, value) -> found.add(type.cast(value)));
        return found;
    }

    private static <V> void forEach(KeyValueIterator<String, V> iterator, BiConsumer<String, V> action) {
        try (iterator) {
            iterator.forEachRemaining(entry -> action.accept(entry.key, entry.value));
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return stores.keyValueStore(name);
    }
}
