package dev.kafkalabs.lab11.starter;

import dev.kafkalabs.lab11.CampaignSteps;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Lab 11.4 - the events counted per marketing campaign. The campaigns are a table the driver has; the
 * function that looks an event's domain up in it runs on the executors, in other JVMs. What that function
 * needs must travel to them.
 */
public final class CampaignCount implements CampaignSteps {

    @Override
    public Dataset<Row> countPerCampaign(Dataset<Row> events, Map<String, String> campaignByDomain) {
        throw new UnsupportedOperationException("Lab 11.4: count the events per campaign, so that the executors - "
                + "other JVMs on a cluster - have the driver's table of campaigns - ./labs hint 11.4, README 11.4");
    }
}
