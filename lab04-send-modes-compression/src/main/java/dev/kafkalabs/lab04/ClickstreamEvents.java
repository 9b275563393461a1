package dev.kafkalabs.lab04;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic clickstream events in the course's schema, one JSON object per call:
 * <pre>{"timestamp":1451635200055,"session":"session_57","domain":"twitter.com","cost":24,
 * "user":"user_31","campaign":"campaign_1","ip":"ip_64","action":"blocked"}</pre>
 * Seeded, so that every codec compresses the same events.
 */
public final class ClickstreamEvents {

    private static final List<String> DOMAINS = List.of("twitter.com", "facebook.com", "google.com", "youtube.com",
            "linkedin.com", "reddit.com", "wikipedia.org", "amazon.com", "bbc.co.uk", "github.com");
    private static final List<String> ACTIONS = List.of("clicked", "viewed", "blocked");

    private final SplittableRandom random;
    private long timestamp = 1_451_635_200_000L;

    public ClickstreamEvents(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public String next() {
        timestamp += random.nextInt(1, 200);
        return "{\"timestamp\":" + timestamp
                + ",\"session\":\"session_" + random.nextInt(1000)
                + "\",\"domain\":\"" + DOMAINS.get(random.nextInt(DOMAINS.size()))
                + "\",\"cost\":" + random.nextInt(1, 100)
                + ",\"user\":\"user_" + random.nextInt(500)
                + "\",\"campaign\":\"campaign_" + random.nextInt(1, 21)
                + "\",\"ip\":\"ip_" + random.nextInt(256)
                + "\",\"action\":\"" + ACTIONS.get(random.nextInt(ACTIONS.size())) + "\"}";
    }
}
