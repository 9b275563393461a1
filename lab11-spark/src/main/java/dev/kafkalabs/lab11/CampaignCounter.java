package dev.kafkalabs.lab11;

import static org.apache.spark.sql.functions.col;

import dev.kafkalabs.lab11.solution.CampaignCount;
import dev.kafkalabs.support.Variant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Exercise 11.4's job as its program runs it: reads the events a topic holds with a batch query, applies
 * the exercise's {@link CampaignCount} (the starter's or the solution's, see {@link Variant}) and brings
 * the counts back to the driver.
 */
public final class CampaignCounter {

    private static final String PARSED = "parsed";

    private final CampaignSteps steps = Variant.current().instantiate(CampaignSteps.class, CampaignCount.class);

    /**
     * @param counts    the events per campaign
     * @param executors the executors the application had at its end, the driver not counted: 0 on
     *                  {@code local[2]}, where the tasks run in the driver's JVM
     */
    public record Result(Map<String, Long> counts, int executors) {
    }

    public Result count(SparkSession spark, String topic, Map<String, String> campaignByDomain) {
        // A batch query (read, not readStream): by default every record from the earliest offsets to the
        // latest ones of the moment it starts.
        Dataset<Row> events = spark.read()
                .format(SparkKafka.FORMAT)
                .options(SparkKafka.options())
                .option("subscribe", topic)
                .load()
                .select(ClickRule.read(col("value")).as(PARSED))
                .filter(col(PARSED + "." + ClickRule.ERROR).isNull())
                .select(col(PARSED + "." + ClickRule.DOMAIN).as(CampaignSteps.DOMAIN));
        Map<String, Long> counts = new TreeMap<>();
        for (Row row : steps.countPerCampaign(events, campaignByDomain).collectAsList()) {
            // String.valueOf: a campaign the function left null shows as "null" rather than failing here.
            String campaign = String.valueOf(row.<Object>getAs(CampaignSteps.CAMPAIGN));
            Long earlier = counts.put(campaign, ((Number) row.getAs(CampaignSteps.COUNT)).longValue());
            if (earlier != null) {
                throw new IllegalStateException("The campaign '" + campaign + "' is in two rows of the result: it must "
                        + "have one row per campaign, with all its events counted (grouped by campaign, not by domain)");
            }
        }
        // The status tracker lists the driver too (it holds a block manager like an executor).
        int executors = spark.sparkContext().statusTracker().getExecutorInfos().length - 1;
        return new Result(counts, executors);
    }
}
