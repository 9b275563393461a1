package dev.kafkalabs.lab11;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkalabs.lab11.demo.CampaignCountProgram;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.SharedResources;
import dev.kafkalabs.support.junit.StdoutCapture;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.NotSerializableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * 11.4: the exercise's {@code CampaignCount} inside its program ({@link CampaignCountProgram}), first on
 * {@code local[2]} in this JVM, then as the driver of a job whose executors are JVMs of their own on a Spark
 * standalone cluster ({@link SparkCluster}, started once per JVM). Both counts must equal the ground truth:
 * what the function needs must reach executors that share nothing with the driver.
 */
@ExerciseCheck("11.4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignCountIT {

    private static final int COUNT = 2_000;
    /** Not the program's default campaigns; twelve of the generator's twenty domains are in none. */
    private static final String CAMPAIGNS = "search=google.com,bing.com,yahoo.com;"
            + "social=facebook.com,twitter.com,instagram.com,reddit.com;code=github.com,stackoverflow.com";
    /**
     * Bounds of the cluster scenario, each failing with what did not happen in time, within its own limit
     * (the runner's 120 s per check is too short for six JVMs on a loaded 2-core machine: one CI run took longer).
     */
    private static final Duration CLUSTER_START = Duration.ofSeconds(90);
    private static final Duration CLUSTER_JOB = Duration.ofSeconds(150);

    /** Whether the local[2] scenario passed in this JVM: null when it did not run (one check run alone). */
    private static Boolean localScenarioPassed;

    @Test
    @Order(1)
    void onLocalTwoTheCountsPerCampaignEqualTheGroundTruth(TestKafka kafka) throws Exception {
        localScenarioPassed = false;
        List<byte[]> events = ClickstreamGenerator.jsonValues(41, COUNT);
        String topic = kafka.createTopic("lab11-campaign-clicks", 3);
        kafka.sendValues(topic, events);

        String stdout = StdoutCapture.of(() -> runInThisJvm("--topic", topic, "--campaigns", CAMPAIGNS, "--json"));

        CampaignCounter.Result result = parse(stdout.strip());
        assertThat(result.executors()).as("executors outside the driver on local[2]").isZero();
        assertCountsEqualTheGroundTruth(result.counts(), expected(events), "on local[2]");
        localScenarioPassed = true;
    }

    @Test
    @Order(2)
    @Tag(ExerciseCheck.NOT_IN_VERIFY)
    @Timeout(270)
    void onAClusterTheExecutorsInOtherJvmsCountTheSame(TestKafka kafka) {
        // A job that is wrong in one JVM is wrong on a cluster too: no need to start six JVMs to show it again.
        Assumptions.assumeFalse(Boolean.FALSE.equals(localScenarioPassed),
                "runs once the local[2] scenario (onLocalTwoTheCountsPerCampaignEqualTheGroundTruth) passes");
        List<byte[]> events = ClickstreamGenerator.jsonValues(43, COUNT);
        String topic = kafka.createTopic("lab11-campaign-clicks", 3);
        kafka.sendValues(topic, events);
        SparkCluster cluster = SharedResources.get(SparkCluster.class, () -> SparkCluster.start(2)).awaitReady(CLUSTER_START);
        long executorsBefore = cluster.executorsLaunched();

        String output;
        int exit;
        try (ChildProcess driver = ChildJvm.of(CampaignCountProgram.class)
                // The driver needs Spark's opened JDK internals, and at least 450 MiB of heap.
                .jvmOptions(driverOptions())
                // A task that fails once fails the job (4 tries by default): a wrong answer fails the same way every time.
                .systemProperty("spark.task.maxFailures", "1")
                // Short-lived executors, as the check's other JVMs: quick start-up matters more than peak speed.
                .systemProperty("spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
                .args("--topic", topic, "--campaigns", CAMPAIGNS, "--master", cluster.masterUrl(), "--json")
                .start()) {
            exit = driver.awaitExit(CLUSTER_JOB);
            output = String.join("\n", driver.output());
        }

        if (exit != 0) {
            throw new AssertionError("The job failed on the cluster" + (Boolean.TRUE.equals(localScenarioPassed)
                    ? ", although it ran on local[2]" : "") + ": on the cluster its functions run in the executors' JVMs, which share nothing with the driver but what is shipped to "
                    + "them - a static field the driver set is not set there (null, or its initial value). The "
                    + "driver's errors:\n" + errorLines(output));
        }
        CampaignCounter.Result result = parse(output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("The driver printed no JSON result. Its output:\n" + output)));
        assertThat(cluster.executorsLaunched() - executorsBefore)
                .as("executor JVMs the cluster's workers launched for the job").isPositive();
        assertThat(result.executors()).as("executors the job had outside the driver's JVM").isPositive();
        Map<String, Long> expected = expected(events);
        if (!result.counts().equals(expected)) {
            throw new AssertionError("On the cluster the counts per campaign are " + result.counts() + ", the ground "
                    + "truth is " + expected + (Boolean.TRUE.equals(localScenarioPassed) ? ", and local[2] counted right" : "")
                    + ": the executors did not see what the driver has, or what they changed stayed with them. On "
                    + "local[2] the tasks run in the driver's JVM and share what the driver put in a static field (or a "
                    + "singleton, or a system property); an executor on a cluster is another JVM, which loads the class "
                    + "afresh. Ship the table with the function (a captured variable) or as a broadcast variable, and let "
                    + "Spark bring the counts back.");
        }
    }

    private static List<String> driverOptions() {
        List<String> options = new ArrayList<>(SparkJvmOptions.ofThisJvm());
        options.add("-Xmx1g");
        return options;
    }

    /** The ground truth: lab 6's count per domain, added up per campaign of {@link #CAMPAIGNS}. */
    private static Map<String, Long> expected(List<byte[]> events) {
        Map<String, String> campaignByDomain = Campaigns.parse(CAMPAIGNS);
        Map<String, Long> expected = new TreeMap<>();
        CountResult.of(events).counts().forEach((domain, count) ->
                expected.merge(campaignByDomain.getOrDefault(domain, CampaignSteps.NO_CAMPAIGN), count, Long::sum));
        return expected;
    }

    private static void assertCountsEqualTheGroundTruth(Map<String, Long> counts, Map<String, Long> expected, String where) {
        if (counts.containsKey("null")) {
            throw new AssertionError("Events counted under a null campaign " + where + " (" + counts + "): an event whose "
                    + "domain is in no campaign counts under '" + CampaignSteps.NO_CAMPAIGN + "' (NO_CAMPAIGN)");
        }
        if (!counts.containsKey(CampaignSteps.NO_CAMPAIGN)) {
            throw new AssertionError("No count under '" + CampaignSteps.NO_CAMPAIGN + "' " + where + " (" + counts + "; the "
                    + "ground truth is " + expected + "): the events of domains in no campaign are part of the count, "
                    + "under NO_CAMPAIGN - not dropped, not counted under their domain");
        }
        long events = expected.values().stream().mapToLong(Long::longValue).sum();
        long counted = counts.values().stream().mapToLong(Long::longValue).sum();
        assertThat(counts).as("events per campaign %s, for the campaigns %s: the ground truth of lab 6's generator, "
                + "domain by domain, added up per campaign%s", where, CAMPAIGNS, counted < events / 10 ? " (" + counted
                + " events counted of " + events + ": equal rows are different events - two visits to one domain are "
                + "two rows alike - so removing duplicates, with distinct() or otherwise, loses them)" : "")
                .isEqualTo(expected);
    }

    private static CampaignCounter.Result parse(String json) {
        try {
            return new ObjectMapper().readValue(json, CampaignCounter.Result.class);
        } catch (Exception e) {
            throw new AssertionError("The program's --json output is not its result: " + json, e);
        }
    }

    /** Runs the program in this JVM (local[2]); a failure other than a starter's TODO fails the check with what it means. */
    private static void runInThisJvm(String... args) throws Exception {
        try {
            MainRunner.run(CampaignCountProgram.class, args);
        } catch (Exception e) {
            if (Todo.find(e).isPresent()) {
                throw e;
            }
            Throwable root = e;
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotSerializableException) {
                    throw new AssertionError("The job failed on local[2] with \"Task not serializable\": "
                            + cause.getMessage() + " is not serializable. A function given to Spark is serialized with "
                            + "everything it refers to, to be sent to the executors; a lambda that calls a method of its "
                            + "class or reads one of its fields refers to the object. Keep what the function needs in a "
                            + "local variable.", e);
                }
                root = cause;
            }
            if (root != e) {
                throw new AssertionError("The program failed on local[2]: " + root, e);
            }
            throw new AssertionError("The program failed on local[2]: " + e.getMessage(), e);
        }
    }

    /**
     * What went wrong, in the driver's output: each distinct cause (an executor's exception comes back to the
     * driver as the cause of a lost task) and the frames of the workbook's code under it.
     */
    private static String errorLines(String output) {
        List<String> lines = output.lines().filter(line -> line.startsWith("Caused by") || line.startsWith("Exception")
                || line.startsWith("\tat dev.kafkalabs.")).distinct().limit(12).toList();
        return lines.isEmpty() ? output : String.join("\n", lines);
    }
}
