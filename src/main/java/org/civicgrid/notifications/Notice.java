package org.civicgrid.notifications;

import java.time.Instant;

/** One message in a user's inbox. */
public record Notice(long id, long recipientId, String kind, String title, String body, String link, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
