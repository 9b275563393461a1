package dev.kafkalabs.lab08;

import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Waiting;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;

/**
 * A share group's settings as the broker describes them. The broker applies altered group settings when the
 * controller's record reaches it, a moment after {@code incrementalAlterConfigs} has returned: at load 10 a check
 * read the old lock duration once, and rejected a correct answer.
 */
final class GroupConfigs {

    /** Where a share group starts reading: GroupSetup sets it to {@code earliest}. */
    static final String START = "share.auto.offset.reset";

    /** How long altered settings may take to show. */
    static final Duration APPLIED = Duration.ofSeconds(10);

    private GroupConfigs() {
    }

    /**
     * The group's settings once they show what a group setup sets - {@code settings} and the earliest start - else as
     * they are after {@link #APPLIED}: the caller judges them.
     */
    static Config awaitSetUp(Admin admin, String group, Map<String, String> settings) {
        Map<String, String> expected = new HashMap<>(settings);
        expected.put(START, "earliest");
        ConfigResource resource = new ConfigResource(ConfigResource.Type.GROUP, group);
        AtomicReference<Config> read = new AtomicReference<>();
        Waiting.until(APPLIED, () -> {
            read.set(Topics.get(admin.describeConfigs(List.of(resource)).all(), "describe " + group).get(resource));
            return expected.entrySet().stream().allMatch(setting -> read.get().get(setting.getKey()) != null
                    && setting.getValue().equals(read.get().get(setting.getKey()).value()));
        });
        return read.get();
    }
}
