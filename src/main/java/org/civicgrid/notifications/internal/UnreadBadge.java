package org.civicgrid.notifications.internal;

import org.civicgrid.notifications.Notifications;
import org.civicgrid.shared.web.HeaderBadge;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Unread messages, beside the user's name on every page. */
@Component
class UnreadBadge implements HeaderBadge {

    private final ObjectProvider<Notifications> notifications;

    UnreadBadge(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public String href() {
        return "/inbox?unread=true";
    }

    @Override
    public String labelKey() {
        return "inbox.badge";
    }

    @Override
    public long count() {
        return notifications.getObject().unreadCount();
    }
}
