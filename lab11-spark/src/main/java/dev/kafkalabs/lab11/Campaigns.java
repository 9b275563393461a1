package dev.kafkalabs.lab11;

import dev.kafkalabs.support.cli.UsageException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The campaign table of 11.4's program: {@code NAME=DOMAIN,DOMAIN;NAME=DOMAIN}, read into domain → campaign. */
public final class Campaigns {

    private Campaigns() {
    }

    /** The table {@code text} describes; a domain may be in one campaign only. */
    public static Map<String, String> parse(String text) {
        // LinkedHashMap: serializable, as the executors receive it.
        Map<String, String> campaignByDomain = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            String[] parts = entry.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UsageException("--campaigns: '" + entry + "' is not NAME=DOMAIN,DOMAIN (campaigns are "
                        + "separated by ';', e.g. video=youtube.com,netflix.com;shopping=amazon.com,ebay.com)");
            }
            for (String domain : parts[1].split(",")) {
                String previous = campaignByDomain.put(domain.strip(), parts[0].strip());
                if (previous != null) {
                    throw new UsageException("--campaigns: " + domain.strip() + " is in two campaigns, " + previous
                            + " and " + parts[0].strip());
                }
            }
        }
        return campaignByDomain;
    }
}
