package dev.kafkalabs.lab11;

import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ParsedEvent;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The workbook's rule for a click event ({@link ClickEvents}: one JSON object, all eight fields, the right
 * types), as a Spark function on a column of record values: labs 6 and 11 decide alike, so their counts
 * can be compared.
 */
public final class ClickRule {

    /** The fields of {@link #read}'s result: the event's domain (null when malformed) and why it is malformed (null when valid). */
    public static final String DOMAIN = "domain";
    public static final String ERROR = "error";

    private static final StructType RESULT = new StructType()
            .add(DOMAIN, DataTypes.StringType, true)
            .add(ERROR, DataTypes.StringType, true);
    private static final UserDefinedFunction READ = functions.udf((UDF1<byte[], Row>) ClickRule::read, RESULT);

    private ClickRule() {
    }

    /** A struct column: {@link #DOMAIN} and {@link #ERROR} of each value of {@code value} (a binary column). */
    public static Column read(Column value) {
        return READ.apply(value);
    }

    private static Row read(byte[] value) {
        ParsedEvent parsed = ClickEvents.read(value);
        return RowFactory.create(parsed.isValid() ? parsed.event().domain() : null, parsed.error());
    }
}
