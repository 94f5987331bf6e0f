package org.civicgrid.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Messages read a batch at a time come out whole and newest first, whatever the batch size. */
@IntegrationTest
class InboxPersonalDataIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    TestUsers users;

    @Autowired
    InboxPersonalData section;

    @Test
    void messages_read_two_at_a_time_are_every_message_newest_first() {
        UserSummary worker = users.create("GRID_WORKER", "小湖塘社区第1网格");
        List<Long> sent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            sent.add(0, notifications.send(new UserId(worker.id()), "k", "消息 " + i, null, "/").id());
        }

        List<InboxPersonalData.Message> inTwos = section.collect(worker.id(), 2);

        assertThat(inTwos).extracting(InboxPersonalData.Message::id).containsExactlyElementsOf(sent);
        assertThat(inTwos).extracting(InboxPersonalData.Message::title)
                .containsExactly("消息 5", "消息 4", "消息 3", "消息 2", "消息 1");
        assertThat(inTwos).isEqualTo(section.collect(worker.id()));
    }
}
