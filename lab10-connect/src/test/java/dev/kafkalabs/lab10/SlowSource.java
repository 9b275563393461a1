package dev.kafkalabs.lab10;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * A source connector for the checks that copies nothing and is slow where the worker's answers run ahead
 * of the states: its task takes {@link #TASK_START_MS} to start (after a restart the connector is RUNNING
 * again while its task is still RESTARTING), and the connector takes {@link #STOP_MS} to stop the first
 * time (after {@code PUT .../stop} has answered, the worker reports it RUNNING until then). It notes what
 * happened to it ({@link #events}) for the checks to read: the worker runs in the checks' JVM and finds this
 * class on the class path through {@code META-INF/services} (the worker file has plugin.discovery=service_load).
 */
public final class SlowSource extends SourceConnector {

    /** How long the task's start() takes, in milliseconds (0 when absent). */
    static final String TASK_START_MS = "task.start.ms";
    /** How long the connector's first stop() takes, in milliseconds (0 when absent), unless {@link #release}d sooner. */
    static final String STOP_MS = "stop.ms";

    static final String STOPPING = "stopping";
    static final String STOPPED = "stopped";
    static final String OFFSETS_RESET = "offsets reset";

    private static final Map<String, List<String>> EVENTS = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> RELEASES = new ConcurrentHashMap<>();

    private Map<String, String> config;

    /** A configuration of this connector named {@code name}, with one task. */
    static Map<String, String> config(String name, Duration taskStart, Duration stop) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("connector.class", SlowSource.class.getName());
        config.put("tasks.max", "1");
        config.put(TASK_START_MS, String.valueOf(taskStart.toMillis()));
        config.put(STOP_MS, String.valueOf(stop.toMillis()));
        return config;
    }

    /** What happened to the connector {@code name} so far, in order ({@link #STOPPED}, {@link #OFFSETS_RESET}, ...). */
    static List<String> events(String name) {
        return List.copyOf(eventsOf(name));
    }

    private static List<String> eventsOf(String name) {
        return EVENTS.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>());
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
        return SlowTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(config);
    }

    /** Ends a stop that is still taking its {@link #STOP_MS} now: a check's last step, before it closes the worker. */
    static void release(String name) {
        releaseOf(name).countDown();
    }

    private static CountDownLatch releaseOf(String name) {
        return RELEASES.computeIfAbsent(name, key -> new CountDownLatch(1));
    }

    @Override
    public void stop() {
        String name = config.get("name");
        List<String> events = eventsOf(name);
        events.add(STOPPING);
        // The slowness the 10.4 check needs: a connector that takes a while to let go of its system. Only
        // its first stop: the check needs one, and closing the worker at the end need not wait again.
        if (!events.contains(STOPPED)) {
            try {
                releaseOf(name).await(Long.parseLong(config.getOrDefault(STOP_MS, "0")), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.add(STOPPED);
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef()
                .define(TASK_START_MS, ConfigDef.Type.LONG, 0L, ConfigDef.Importance.LOW,
                        "How long the task's start() takes, in milliseconds.")
                .define(STOP_MS, ConfigDef.Type.LONG, 0L, ConfigDef.Importance.LOW,
                        "How long the connector's first stop() takes, in milliseconds.");
    }

    /** Called by the worker for {@code DELETE .../offsets} (every offset null) and {@code PATCH .../offsets}. */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        if (offsets.values().stream().allMatch(offset -> offset == null)) {
            eventsOf(connectorConfig.get("name")).add(OFFSETS_RESET);
        }
        return true;
    }

    private static void slowFor(Map<String, String> config, String key) {
        try {
            Thread.sleep(Long.parseLong(config.getOrDefault(key, "0")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The task: slow to start, then it finds nothing to copy. */
    public static final class SlowTask extends SourceTask {

        /** A poll finds nothing; waiting a little keeps the worker's poll loop from spinning a core. */
        private static final Duration EMPTY_POLL = Duration.ofMillis(100);

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public void start(Map<String, String> props) {
            // The slowness the 10.3 check needs: a task that takes a while to reach its system.
            slowFor(props, TASK_START_MS);
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            Thread.sleep(EMPTY_POLL.toMillis());
            return null;
        }

        @Override
        public void stop() {
        }
    }
}
