package dev.kafkalabs.lab08.solution;

import dev.kafkalabs.lab08.GroupConfigurer;
import dev.kafkalabs.support.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Lab 8.1 - a share group's settings live on the broker, per group, not in the consumers: they are set
 * with the Admin client on the group's config resource, before the first consumer asks for records.
 */
public final class GroupSetup implements GroupConfigurer {

    @Override
    public void configure(Admin admin, String group, Map<String, String> settings) {
        Map<String, String> configs = new HashMap<>(settings);
        // A new share group starts at the latest offset: records written before its first fetch would
        // never be delivered. A work queue wants every job, so start from the earliest.
        configs.put("share.auto.offset.reset", "earliest");
        List<AlterConfigOp> operations = new ArrayList<>();
        configs.forEach((name, value) -> operations.add(
                new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET)));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.GROUP, group);
        Topics.get(admin.incrementalAlterConfigs(Map.of(resource, operations)).all(),
                "set the configs of share group " + group);
    }
}
