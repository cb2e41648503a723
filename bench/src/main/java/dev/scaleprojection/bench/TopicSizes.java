package dev.scaleprojection.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * How many bytes each topic holds on the broker so far (its log segments, before compaction), largest first: what the
 * classifier's changelogs and output cost the broker beside the records it reads. Printed as progress.
 */
final class TopicSizes {

    private TopicSizes() {
    }

    static String of(String bootstrapServers, int topics) throws InterruptedException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            Map<String, Long> bytesByTopic = new TreeMap<>();
            admin.describeLogDirs(admin.describeCluster().nodes().get().stream().map(node -> node.id()).toList()).allDescriptions().get()
                    .values().forEach(dirs -> dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) ->
                            bytesByTopic.merge(partition.topic(), replica.size(), Long::sum))));
            return bytesByTopic.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(topics)
                    .map(entry -> String.format(Locale.ROOT, "%s %.1f MB", entry.getKey(), entry.getValue() / 1e6))
                    .collect(Collectors.joining(", "));
        } catch (ExecutionException e) {
            return "(log dirs not described: " + e.getCause().getMessage() + ")";
        }
    }
}
