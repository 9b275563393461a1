package dev.kafkalabs.lab11.solution;

import static org.apache.spark.sql.functions.col;

import dev.kafkalabs.lab11.CampaignSteps;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Lab 11.4 - the events counted per marketing campaign. The campaigns are a table the driver has; the
 * function that looks an event's domain up in it runs on the executors, in other JVMs. What that function
 * needs must travel to them: here as a broadcast variable.
 */
public final class CampaignCount implements CampaignSteps {

    @Override
    public Dataset<Row> countPerCampaign(Dataset<Row> events, Map<String, String> campaignByDomain) {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(events.sparkSession().sparkContext());
        // Sent once to each executor and kept there for all its tasks; the function carries only this handle.
        Broadcast<Map<String, String>> campaigns = spark.broadcast(campaignByDomain);
        UserDefinedFunction campaignOf = functions.udf(
                (UDF1<String, String>) domain -> campaigns.value().getOrDefault(domain, NO_CAMPAIGN),
                DataTypes.StringType);
        return events.groupBy(campaignOf.apply(col(DOMAIN)).as(CAMPAIGN)).count();
    }
}
