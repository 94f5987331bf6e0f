package org.civicgrid.notifications.internal;

import org.civicgrid.notifications.Notice;
import org.civicgrid.notifications.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default outside channel: writes what an SMS or WeChat gateway would have sent to the log. */
@Component
class LoggingChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void deliver(Notice notice, String recipientUsername) {
        log.info("Notify {} [{}]: {}", recipientUsername, notice.kind(), notice.title());
    }
}
