package dev.kafkalabs.lab08;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ShareGroupDescription;
import org.apache.kafka.clients.admin.ShareMemberDescription;

/** Who the broker counts as a member of a share group: what {@code kafka-share-groups.sh --describe --members} shows. */
public final class GroupMembers implements AutoCloseable {

    private final Admin admin = Admin.create(KafkaBootstrap.clientProperties());
    private final String group;

    public GroupMembers(String group) {
        this.group = group;
    }

    /** The client ids of the group's members, as the group coordinator sees them now. */
    public List<String> clientIds() {
        ShareGroupDescription description = Topics.get(admin.describeShareGroups(List.of(group)).describedGroups()
                .get(group), "describe the share group " + group);
        return description.members().stream().map(ShareMemberDescription::clientId).sorted().toList();
    }

    @Override
    public void close() {
        admin.close();
    }
}
