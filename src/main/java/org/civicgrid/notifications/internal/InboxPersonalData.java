package org.civicgrid.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.notifications.Notice;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The messages a person received, in their copy of their data, newest first, read a batch at a time. */
@Component
class InboxPersonalData implements PersonalDataSection {

    /** Messages read per query. */
    static final int BATCH = 500;

    /**
     * One message.
     *
     * @param kind   the sender's code, e.g. {@code case.dispatched}
     * @param link   the page it points at
     * @param readAt when it was opened, or null while unread
     */
    record Message(long id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {}

    private final InboxRepository inbox;

    InboxPersonalData(InboxRepository inbox) {
        this.inbox = inbox;
    }

    @Override
    public String id() {
        return "notifications";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<Message> collect(long userId) {
        return collect(userId, BATCH);
    }

    /** Every message the person received, read {@code batchSize} at a time. */
    List<Message> collect(long userId, int batchSize) {
        List<Message> all = new ArrayList<>();
        PageRequest batch = PageRequest.of(0, batchSize);
        List<Notice> notices = inbox.received(userId, batch);
        while (!notices.isEmpty()) {
            notices.forEach(n -> all.add(new Message(n.id(), n.kind(), n.title(), n.body(), n.link(), n.createdAt(),
                    n.readAt())));
            if (notices.size() < batchSize) {
                break;
            }
            Notice last = notices.get(notices.size() - 1);
            notices = inbox.receivedBefore(userId, last.createdAt(), last.id(), batch);
        }
        return all;
    }
}
