package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.Map;

/**
 * What every check of this lab starts with: a fresh one-partition topic holding {@code job-0 .. job-N-1},
 * and a fresh share group set up by the exercise's {@code GroupSetup} (8.1: yours, with {@code --starter})
 * before any consumer starts.
 *
 * @param topic the topic's name
 * @param group the share group's id
 */
record JobQueue(String topic, String group) {

    static JobQueue create(TestKafka kafka, String prefix, int jobs, Map<String, String> groupSettings) {
        String topic = kafka.createTopic(prefix, 1);
        String group = kafka.uniqueName(prefix + "-group");
        Variant.current().instantiate(GroupConfigurer.class, GroupSetup.class)
                .configure(kafka.admin(), group, groupSettings);
        // Consumers that join before the broker applies the settings get the defaults (the latest offset: no job).
        GroupConfigs.awaitSetUp(kafka.admin(), group, groupSettings);
        NumberedRecords.produce(topic, jobs);
        return new JobQueue(topic, group);
    }
}
