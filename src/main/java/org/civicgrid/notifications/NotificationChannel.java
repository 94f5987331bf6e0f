package org.civicgrid.notifications;

/**
 * Another way to reach a person besides the inbox, e.g. an SMS gateway or WeChat template messages.
 * Implement it as a bean; every channel receives every message after it is in the inbox.
 */
public interface NotificationChannel {

    String name();

    void deliver(Notice notice, String recipientUsername);
}
