package dev.kafkalabs.support.clicks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An endless, reproducible stream of {@link ClickEvent}s: the same seed always gives the same events.
 *
 * <p>Traffic is skewed the way real traffic is: domains are picked with a Zipf-like distribution (the
 * most popular domain gets about 30% of the events, the least popular about 1%), and each
 * domain has its own mix of actions, so click-through ratios differ between domains. Timestamps start
 * at the deck's 2016-01-01 08:00 UTC and advance 0-99 ms per event.
 */
public final class ClickstreamGenerator {

    public static final long START_TIMESTAMP = 1_451_635_200_000L;

    /** Every domain the generator uses, most popular first. */
    public static final List<String> DOMAINS = List.of(
            "google.com", "facebook.com", "youtube.com", "twitter.com", "amazon.com",
            "wikipedia.org", "instagram.com", "linkedin.com", "reddit.com", "netflix.com",
            "yahoo.com", "bing.com", "ebay.com", "cnn.com", "bbc.co.uk",
            "github.com", "stackoverflow.com", "nytimes.com", "pinterest.com", "tumblr.com");

    private static final double ZIPF_EXPONENT = 1.1;

    private final SplittableRandom random;
    private final double[] cumulativeShare;
    private long timestamp = START_TIMESTAMP;

    public ClickstreamGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.cumulativeShare = cumulativeZipfShares(DOMAINS.size());
    }

    /** The first {@code count} events of the generator with {@code seed}, as JSON: the values 6.1 sends. */
    public static List<byte[]> jsonValues(long seed, int count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(seed);
        List<byte[]> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(ClickEvents.toJson(generator.next()));
        }
        return values;
    }

    public ClickEvent next() {
        timestamp += random.nextInt(100);
        int rank = pickDomainRank();
        return new ClickEvent(
                timestamp,
                "session_" + random.nextInt(100),
                DOMAINS.get(rank),
                1 + random.nextInt(100),
                "user_" + random.nextInt(100),
                "campaign_" + (1 + random.nextInt(20)),
                "ip_" + random.nextInt(256),
                pickAction(rank));
    }

    private int pickDomainRank() {
        double draw = random.nextDouble();
        for (int rank = 0; rank < cumulativeShare.length - 1; rank++) {
            if (draw < cumulativeShare[rank]) {
                return rank;
            }
        }
        return cumulativeShare.length - 1;
    }

    /** Clicks are 5-23% and blocks 5-11% of a domain's events, depending on the domain; the rest are views. */
    private String pickAction(int rank) {
        double clickShare = 0.05 + 0.03 * (rank % 7);
        double blockShare = 0.05 + 0.02 * (rank % 4);
        double draw = random.nextDouble();
        if (draw < clickShare) {
            return ClickEvent.CLICKED;
        }
        if (draw < clickShare + blockShare) {
            return ClickEvent.BLOCKED;
        }
        return ClickEvent.VIEWED;
    }

    private static double[] cumulativeZipfShares(int size) {
        double[] weights = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            weights[rank] = 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
            total += weights[rank];
        }
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += weights[rank] / total;
            cumulative[rank] = sum;
        }
        return cumulative;
    }
}
