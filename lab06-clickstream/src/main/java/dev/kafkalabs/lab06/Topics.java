package dev.kafkalabs.lab06;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.TopicReadiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics a program needs when they do not exist yet; existing topics are left as they are. */
public final class Topics {

    /** Input topics get three partitions, so that a group of up to three consumers can share the work. */
    public static final int PARTITIONS = 3;

    private Topics() {
    }

    /** A topic that keeps every record (the input and the dead letters). */
    public static NewTopic log(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1);
    }

    /** A compacted topic: Kafka eventually keeps only the latest value per key, i.e. the current count. */
    public static NewTopic compacted(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    public static void ensureExist(NewTopic... topics) {
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().values().forEach(Topics::awaitCreated);
            }
            TopicReadiness.awaitServed(admin, Arrays.stream(topics).map(NewTopic::name).toList(), Duration.ofSeconds(30));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot list the topics at " + KafkaBootstrap.servers() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    private static void awaitCreated(org.apache.kafka.common.KafkaFuture<Void> creation) {
        try {
            creation.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create a topic: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Creating a topic took more than 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
