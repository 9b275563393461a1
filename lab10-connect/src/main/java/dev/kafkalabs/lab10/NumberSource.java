package dev.kafkalabs.lab10;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A source connector that runs {@code tasks.max} tasks, each counting 0, 1, 2, ... into one topic: key
 * {@code task-N}, value the number. Each task stores its next number as its source offset, so a task that
 * starts again on another worker goes on from the last stored number: the topic shows what was lost (a gap)
 * and what was sent twice (a number again), task by task.
 *
 * <p>Lab machinery, not an exercise: 10.5 needs work that several workers can share, and the file source
 * never runs more than one task. (Kafka's own {@code VerifiableSourceConnector} does the same, but prints
 * every record on the worker's standard output, which would bury the worker's log in a live demo.)
 */
public final class NumberSource extends SourceConnector {

    public static final String TOPIC = "topic";
    /** How many numbers each task sends per second. */
    public static final String RATE = "numbers.per.second";
    static final String TASK = "task";

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(TOPIC, ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "The topic the numbers go to.")
            .define(RATE, ConfigDef.Type.INT, 50, ConfigDef.Range.between(1, 10_000), ConfigDef.Importance.MEDIUM,
                    "How many numbers each task sends per second.");

    private Map<String, String> config;

    /** A configuration of this connector: {@code tasks} tasks, each sending {@code perSecond} numbers a second. */
    public static Map<String, String> config(String name, String topic, int tasks, int perSecond) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("connector.class", NumberSource.class.getName());
        config.put("tasks.max", String.valueOf(tasks));
        config.put(TOPIC, topic);
        config.put(RATE, String.valueOf(perSecond));
        return config;
    }

    /** The key of task {@code task}'s records. */
    public static String key(int task) {
        return "task-" + task;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void start(Map<String, String> props) {
        config = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return NumberSourceTask.class;
    }

    /** As many tasks as {@code tasks.max} allows: each counts on its own, under its own source partition. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> tasks = new ArrayList<>();
        for (int task = 0; task < maxTasks; task++) {
            Map<String, String> taskConfig = new LinkedHashMap<>(config);
            taskConfig.put(TASK, String.valueOf(task));
            tasks.add(taskConfig);
        }
        return tasks;
    }

    @Override
    public void stop() {
        // Nothing to let go of: the tasks do the work.
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }
}
