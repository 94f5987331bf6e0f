package org.civicgrid.shared.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * At start-up, hands every event publication still outstanding (its listener had not finished when an instance
 * stopped) back to its listener. A publication that can no longer be read — its event's class was renamed or
 * its fields changed in an upgrade — is first set aside in {@code event_publication_unreadable} with the reason,
 * and logged: left in place, it would make every resubmission fail, and with Spring Modulith's own
 * resubmission on restart it stopped the platform from starting at all.
 */
@Component
@Order(0)
class OutstandingEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private record Row(UUID id, String listener, String type, String event, Timestamp published) {}

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final IncompleteEventPublications incomplete;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutstandingEvents(JdbcTemplate jdbc, EventSerializer serializer, IncompleteEventPublications incomplete,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.incomplete = incomplete;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        resubmit();
    }

    /** Sets the unreadable publications aside and resubmits the rest; never fails the caller (or the start). */
    void resubmit() {
        int setAside = 0;
        try {
            setAside = setAsideUnreadable();
            incomplete.resubmitIncompletePublications(p -> true);
        } catch (RuntimeException e) {
            log.error("Outstanding event publications could not be resubmitted; they stay in event_publication", e);
        }
        if (setAside > 0) {
            log.error("{} outstanding event publication(s) could not be read and were set aside in "
                    + "event_publication_unreadable: their listeners did not receive them", setAside);
        }
    }

    /** @return how many publications were set aside */
    int setAsideUnreadable() {
        List<Row> rows = jdbc.query("select id, listener_id, event_type, serialized_event, publication_date "
                + "from event_publication where completion_date is null",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5)));
        int setAside = 0;
        for (Row row : rows) {
            String problem = problem(row);
            if (problem != null) {
                log.warn("Event publication {} for {} cannot be read: {}", row.id(), row.listener(), problem);
                try {
                    transaction.executeWithoutResult(s -> {
                        jdbc.update("insert into event_publication_unreadable (id, listener_id, event_type, "
                                + "serialized_event, publication_date, set_aside_at, problem) values (?, ?, ?, ?, ?, ?, ?)",
                                row.id(), row.listener(), row.type(), row.event(), row.published(),
                                Timestamp.from(clock.instant()), problem.length() > 1000 ? problem.substring(0, 1000) : problem);
                        jdbc.update("delete from event_publication where id = ?", row.id());
                    });
                    setAside++;
                } catch (DataIntegrityViolationException e) {
                    log.info("Event publication {} was set aside by another instance starting at the same time", row.id());
                }
            }
        }
        return setAside;
    }

    private String problem(Row row) {
        try {
            Class<?> type = ClassUtils.forName(row.type(), getClass().getClassLoader());
            serializer.deserialize(row.event(), type);
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return "no event class " + row.type();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.lines().findFirst().orElse(message);
        }
    }
}
