package org.civicgrid.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's API: modules record views of personal data here; officials search it. Entries are
 * only ever inserted — nothing in the platform updates or deletes them.
 */
@Service
public class AuditLog {

    /** Filters for the search page; null means any. */
    public record Criteria(String actor, String action, String entityType, String entityId, LocalDate from,
            LocalDate to) {}

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("region_path"),
            rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Somebody saw a record's full personal data (ID number, phone, health). */
    @Transactional
    public void recordView(String entityType, Object entityId, String regionPath, String what) {
        insert(jdbc, clock.instant(), CurrentUsers.actor(), "VIEW", entityType, String.valueOf(entityId), regionPath,
                what, null, null);
    }

    /** Officials and the platform administrator search entries inside their region. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Criteria c, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isOfficial()) {
            throw new ForbiddenException("Only officials read the audit log");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!me.has(Role.PLATFORM_ADMIN)) {
            where.append(" and region_path like ?");
            args.add(me.scope().likePattern());
        }
        if (c.actor() != null && !c.actor().isBlank()) {
            where.append(" and actor = ?");
            args.add(c.actor().trim());
        }
        if (c.action() != null && !c.action().isBlank()) {
            where.append(" and action = ?");
            args.add(c.action().trim());
        }
        if (c.entityType() != null && !c.entityType().isBlank()) {
            where.append(" and entity_type = ?");
            args.add(c.entityType().trim());
        }
        if (c.entityId() != null && !c.entityId().isBlank()) {
            where.append(" and entity_id = ?");
            args.add(c.entityId().trim());
        }
        if (c.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(c.from().atStartOfDay(TimeConfiguration.ZONE).toInstant()));
        }
        if (c.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(c.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.query("select * from audit_entry" + where
                + " order by occurred_at desc, id desc limit ? offset ?", ROW, pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The history of one record, newest first (no scope check: callers show it only with the record). */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, Object entityId, int limit) {
        return jdbc.query("select * from audit_entry where entity_type = ? and entity_id = ?"
                + " order by occurred_at desc, id desc limit ?", ROW, entityType, String.valueOf(entityId), limit);
    }

    static void insert(JdbcTemplate jdbc, Instant at, String actor, String action, String entityType, String entityId,
            String regionPath, String summary, String before, String after) {
        jdbc.update("""
                insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, region_path, summary,
                  before_state, after_state) values (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, Timestamp.from(at), actor, action, entityType, entityId, regionPath, truncate(summary, 500),
                before, after);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
