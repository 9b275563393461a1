package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.StdoutCapture;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.List;

/** Test data for the lab 6 checks: seeded events, sent with the checks' own producer. */
final class Clickstreams {

    private Clickstreams() {
    }

    /** The values the generator makes for {@code seed}: the ground truth of a seeded run. */
    static List<byte[]> generated(long seed, int count) {
        return ClickstreamGenerator.jsonValues(seed, count);
    }

    /** Sends {@code values} (a null key each) and waits until the broker has them all. */
    static void send(TestKafka kafka, String topic, List<byte[]> values) {
        kafka.sendValues(topic, values);
    }

    /** {@code generated} with each of {@code malformed} inserted at a different place. */
    static List<byte[]> mixed(List<byte[]> generated, List<byte[]> malformed) {
        return MalformedSamples.mixedInto(generated, malformed);
    }

    /** Runs {@code action} with stdout captured and returns what it printed there. */
    static String stdoutOf(StdoutCapture.Action action) throws Exception {
        return StdoutCapture.of(action);
    }
}
