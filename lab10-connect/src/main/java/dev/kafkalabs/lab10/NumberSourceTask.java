package dev.kafkalabs.lab10;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** One task of {@link NumberSource}: sends its numbers in small batches, a tenth of a second apart. */
public final class NumberSourceTask extends SourceTask {

    private static final String NEXT = "next";
    private static final long BATCH_MILLIS = 100;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private String topic;
    private String key;
    private Map<String, Object> sourcePartition;
    private int perBatch;
    private long next;

    @Override
    public String version() {
        return "1.0";
    }

    /** Goes on from the number stored for this task (this task's source partition), or starts at 0. */
    @Override
    public void start(Map<String, String> props) {
        topic = props.get(NumberSource.TOPIC);
        int task = Integer.parseInt(props.get(NumberSource.TASK));
        key = NumberSource.key(task);
        sourcePartition = Map.of(NumberSource.TASK, task);
        int perSecond = Integer.parseInt(props.getOrDefault(NumberSource.RATE, "50"));
        perBatch = Math.max(1, perSecond / (int) (1000 / BATCH_MILLIS));
        Map<String, Object> stored = context.offsetStorageReader().offset(sourcePartition);
        next = stored == null ? 0 : ((Number) stored.get(NEXT)).longValue();
    }

    /** The next batch of numbers, after a pause that keeps the rate; null once the task is stopping. */
    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        // A source task paces itself in poll(): the worker calls it again as soon as it returns.
        if (stopped.await(BATCH_MILLIS, TimeUnit.MILLISECONDS)) {
            return null;
        }
        List<SourceRecord> batch = new ArrayList<>(perBatch);
        for (int i = 0; i < perBatch; i++) {
            long number = next++;
            batch.add(new SourceRecord(sourcePartition, Map.of(NEXT, next), topic, null,
                    Schema.STRING_SCHEMA, key, Schema.STRING_SCHEMA, Long.toString(number)));
        }
        return batch;
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
