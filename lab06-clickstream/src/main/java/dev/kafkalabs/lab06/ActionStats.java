package dev.kafkalabs.lab06;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kafkalabs.support.clicks.ClickEvent;

/** How often each action happened on one domain, and its click-through ratio (clicked / viewed). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionStats(long clicked, long viewed, long blocked, long other) {

    public static ActionStats none() {
        return new ActionStats(0, 0, 0, 0);
    }

    /** These stats plus one event with {@code action}. */
    public ActionStats plus(String action) {
        return switch (action) {
            case ClickEvent.CLICKED -> new ActionStats(clicked + 1, viewed, blocked, other);
            case ClickEvent.VIEWED -> new ActionStats(clicked, viewed + 1, blocked, other);
            case ClickEvent.BLOCKED -> new ActionStats(clicked, viewed, blocked + 1, other);
            default -> new ActionStats(clicked, viewed, blocked, other + 1);
        };
    }

    public long total() {
        return clicked + viewed + blocked + other;
    }

    /** Clicks per view; {@code null} while nothing was viewed. */
    @JsonProperty("ctr")
    public Double clickThroughRate() {
        return viewed == 0 ? null : (double) clicked / viewed;
    }
}
