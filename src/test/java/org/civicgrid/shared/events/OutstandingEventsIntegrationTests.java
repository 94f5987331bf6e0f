package org.civicgrid.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Publications still outstanding when an instance stopped reach their listener when one starts again, and one
 * that an upgrade made unreadable is set aside with its reason instead of stopping that (or any other) delivery.
 */
@IntegrationTest
@EnableScenarios
class OutstandingEventsIntegrationTests {

    private static final String INDEXER = "org.civicgrid.search.internal.SearchIndexer.on(org.civicgrid.shared.events.SearchableChanged)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventSerializer serializer;

    @Autowired
    OutstandingEvents outstanding;

    @Test
    void an_outstanding_publication_is_delivered_and_unreadable_ones_are_set_aside_with_their_reason(Scenario scenario) {
        String docId = "outstanding-" + UUID.randomUUID();
        UUID readable = publication(SearchableChanged.class.getName(), serializer.serialize(new SearchableChanged("case",
                docId, "/1/", "积水未清理 " + docId, "小区门口积水", "/cases/1", Instant.now(), false)).toString());
        UUID renamedField = publication(SearchableChanged.class.getName(),
                "{\"kind\":\"case\",\"id\":\"x\",\"regionPath\":\"/1/\",\"title\":\"t\",\"text\":\"t\","
                        + "\"url\":\"/cases/1\",\"at\":\"2026-12-01T00:00:00Z\",\"removed\":false}");
        UUID goneClass = publication("org.civicgrid.retired.OldEvent", "{\"id\":1}");

        outstanding.resubmit();

        assertThat(jdbc.queryForList("select id from event_publication_unreadable where id in (?, ?)", UUID.class,
                renamedField, goneClass)).containsExactlyInAnyOrder(renamedField, goneClass);
        Map<String, Object> gone = jdbc.queryForMap("select event_type, problem from event_publication_unreadable where id = ?",
                goneClass);
        assertThat(gone.get("problem")).isEqualTo("no event class org.civicgrid.retired.OldEvent");
        assertThat((String) jdbc.queryForObject("select problem from event_publication_unreadable where id = ?",
                String.class, renamedField)).contains("regionPath");
        assertThat(jdbc.queryForObject("select count(*) from event_publication where id in (?, ?)", Long.class,
                renamedField, goneClass)).isZero();

        // the readable one reaches the search index, and its publication completes
        scenario.stimulate(() -> null).andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from search_document where kind = 'case' and doc_id = ?", Long.class, docId),
                        n -> n == 1L);
        scenario.stimulate(() -> null).andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from event_publication where id = ?", Long.class, readable), n -> n == 0L);
        assertThat(jdbc.queryForList("select id from event_publication_unreadable where id = ?", UUID.class, readable))
                .isEmpty();
    }

    private UUID publication(String type, String event) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, "
                + "completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 1)", id, INDEXER, type, event,
                Timestamp.from(Instant.now().minusSeconds(600)));
        return id;
    }
}
