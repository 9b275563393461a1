package dev.kafkalabs.lab11;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link SparkSession} of this JVM. Settings given by {@code spark-submit} (it passes them as
 * {@code spark.*} system properties) or by {@code --master} win; the defaults below only fill in what is
 * missing, so the same program runs on one machine ({@code local[2]}) and on a cluster.
 */
public final class SparkSessions {

    /** Two worker threads in this JVM: as many as the build machine has cores. */
    public static final String LOCAL_MASTER = "local[2]";

    private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

    private static SparkSession session;

    private SparkSessions() {
    }

    /** The session, started on first use with {@code master} ({@code null}: {@code spark.master} if set, else local). */
    public static synchronized SparkSession get(String master) {
        if (session != null) {
            return session;
        }
        // Reads the spark.* system properties: what spark-submit was told.
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", LOCAL_MASTER);
        conf.setIfMissing("spark.app.name", "kafka-labs");
        // No web UI: it would start a Jetty server on port 4040 (4041, ...) that nothing here looks at.
        conf.setIfMissing("spark.ui.enabled", "false");
        // 200 by default: 200 tasks and 200 state stores per micro-batch, far too many for a few cores.
        // A streaming query keeps the number in its checkpoint, so it is chosen once per query.
        conf.setIfMissing("spark.sql.shuffle.partitions", "2");
        // Adaptive query execution does not apply to streaming queries; left on, each query warns at its start.
        conf.setIfMissing("spark.sql.adaptive.enabled", "false");
        if (onThisMachine(conf.get("spark.master"))) {
            // Everything runs in this JVM or on this machine (SparkCluster): listen on the loopback interface
            // only, like the broker. A cluster elsewhere must reach the driver on an address of the network.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        long start = System.nanoTime();
        session = SparkSession.builder().config(conf).getOrCreate();
        LOG.info("Spark {} started on {} in {} ms", session.version(), conf.get("spark.master"),
                (System.nanoTime() - start) / 1_000_000);
        return session;
    }

    private static boolean onThisMachine(String master) {
        return master.startsWith("local") || master.startsWith("spark://127.0.0.1:") || master.startsWith("spark://localhost:");
    }

    /** The session of {@code spark.master} or local mode. */
    public static SparkSession get() {
        return get(null);
    }
}
