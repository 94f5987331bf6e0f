package org.civicgrid.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds records of the demo data (read-only, plain SQL) by where they belong: the record with the lowest id
 * under a region path. Only rows that existed when the application was ready count — the demo data — so the
 * answer does not depend on which other tests ran first and what they created.
 */
public class DemoRecords {

    /** A record found: its id and the region it belongs to. */
    public record Found(long id, String regionName, String regionPath) {}

    private final JdbcTemplate jdbc;
    private final Map<String, Long> highestAtStart = new ConcurrentHashMap<>();

    DemoRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markTheDemoData() {
        List<String> tables = jdbc.queryForList("select c1.table_name from information_schema.columns c1 "
                + "join information_schema.columns c2 on c1.table_name = c2.table_name and c1.table_schema = c2.table_schema "
                + "where lower(c1.column_name) = 'region_path' and lower(c2.column_name) = 'id' "
                + "and lower(c1.table_schema) = 'public'", String.class);
        for (String table : tables) {
            highestAtStart.put(table.toLowerCase(), Optional.ofNullable(jdbc.queryForObject(
                    "select max(id) from " + table, Long.class)).orElse(0L));
        }
    }

    /**
     * The demo record of {@code table} with the lowest id whose region path starts with {@code pathPrefix};
     * {@code idColumn} names another id column of the row (e.g. {@code unit_id} of a pairing) when the record
     * wanted is the one that row points to.
     */
    public Optional<Found> first(String table, String idColumn, String pathPrefix) {
        Long highest = highestAtStart.get(table);
        if (highest == null) {
            throw new IllegalArgumentException("No table " + table + " with id and region_path");
        }
        List<Found> found = jdbc.query("select t." + idColumn + " as id, t.region_path, r.name from " + table + " t "
                + "left join region r on r.path = t.region_path where t.region_path like ? and t.id <= ? "
                + "and t." + idColumn + " is not null order by t.id fetch first 1 rows only",
                (rs, n) -> new Found(rs.getLong("id"), rs.getString("name"), rs.getString("region_path")),
                pathPrefix + "%", highest);
        return found.stream().findFirst();
    }

    /** The lowest demo id of {@code table} whose {@code column} equals {@code value}, e.g. a course's first session. */
    public Optional<Long> firstWhere(String table, String column, long value) {
        return jdbc.queryForList("select id from " + table + " where " + column + " = ? and id <= ? order by id "
                + "fetch first 1 rows only", Long.class, value, highestAtStart.getOrDefault(table, Long.MAX_VALUE))
                .stream().findFirst();
    }

    /** The region path of a demo account (its scope). */
    public String scopeOf(String username) {
        return jdbc.queryForObject("select region_path from user_account where username = ?", String.class, username);
    }

    /** A region by name (the demo's region names are unique). */
    public Found region(String name) {
        return jdbc.queryForObject("select id, name, path from region where name = ?",
                (rs, n) -> new Found(rs.getLong("id"), rs.getString("name"), rs.getString("path")), name);
    }
}
