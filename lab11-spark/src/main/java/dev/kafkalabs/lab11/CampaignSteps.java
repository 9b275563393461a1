package dev.kafkalabs.lab11;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Exercise 11.4's step, as {@link CampaignCounter} runs it: both the solution's and the starter's
 * {@code CampaignCount} implement it (with a public no-argument constructor).
 */
public interface CampaignSteps {

    /** The column of {@code events}: the event's domain. */
    String DOMAIN = ClickRule.DOMAIN;
    /** The columns of {@link #countPerCampaign}'s result. */
    String CAMPAIGN = "campaign";
    String COUNT = "count";
    /** The campaign of an event whose domain is in no campaign. */
    String NO_CAMPAIGN = "none";

    /**
     * The events counted per campaign: columns {@link #CAMPAIGN} and {@link #COUNT}, one row per campaign with
     * events. This method runs on the driver; the functions it gives Spark run on the executors, which on a
     * cluster are other JVMs on other machines.
     *
     * @param events           one row per click event, column {@link #DOMAIN}
     * @param campaignByDomain the campaign of each domain in one: a table the driver read at its start (the
     *                         program's {@code --campaigns}), serializable; an event of any other domain counts
     *                         under {@link #NO_CAMPAIGN}
     */
    Dataset<Row> countPerCampaign(Dataset<Row> events, Map<String, String> campaignByDomain);
}
