package dev.kafkalabs.support.clicks;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One click-stream event, as in the deck:
 * <pre>{"timestamp":1451635200055,"session":"session_57","domain":"twitter.com","cost":24,
 * "user":"user_31","campaign":"campaign_1","ip":"ip_64","action":"blocked"}</pre>
 *
 * @param timestamp when it happened, milliseconds since the epoch
 * @param action    what the user did: {@value #CLICKED}, {@value #VIEWED}, {@value #BLOCKED}, ...
 */
@JsonPropertyOrder({"timestamp", "session", "domain", "cost", "user", "campaign", "ip", "action"})
public record ClickEvent(long timestamp, String session, String domain, int cost, String user, String campaign,
                         String ip, String action) {

    public static final String CLICKED = "clicked";
    public static final String VIEWED = "viewed";
    public static final String BLOCKED = "blocked";
}
