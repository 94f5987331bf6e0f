package org.civicgrid.enforcement.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums of tally lines straight from the database (grouped in SQL, so the cost follows the number of
 * roads, types and months, not of lines), the same on H2 and PostgreSQL.
 */
@Component
public class TallyStatistics {

    /** A sum for one road (or, when {@code roadId} is null, for the lines of one operation recorded across its roads). */
    public record PlaceSum(Long roadId, Long operationId, String typeCode, long count) {}

    /** A sum for one month of one type. */
    public record MonthSum(int year, int month, String typeCode, long count) {}

    private static final String FROM = """
             from enforcement_tally_line l
             join enforcement_operation o on o.id = l.operation_id
             join enforcement_violation_type vt on vt.id = l.violation_type_id
            where o.region_path like :scope
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TallyStatistics(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    public List<PlaceSum> byPlace(String scopePattern, LocalDate from, LocalDate to, String typeCode) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select l.road_id as road_id, case when l.road_id is null then o.id end as op_id,"
                + " vt.code as code, sum(l.quantity) as total" + FROM + filters(params, scopePattern, from, to, typeCode)
                + " group by l.road_id, case when l.road_id is null then o.id end, vt.code";
        return jdbc.query(sql, params, (rs, i) -> new PlaceSum((Long) rs.getObject("road_id", Long.class),
                (Long) rs.getObject("op_id", Long.class), rs.getString("code"), rs.getLong("total")));
    }

    public List<MonthSum> byMonth(String scopePattern, LocalDate from, LocalDate to, String typeCode) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select extract(year from o.operation_date) as yr, extract(month from o.operation_date) as mo,"
                + " vt.code as code, sum(l.quantity) as total" + FROM + filters(params, scopePattern, from, to, typeCode)
                + " group by extract(year from o.operation_date), extract(month from o.operation_date), vt.code";
        return jdbc.query(sql, params, (rs, i) -> new MonthSum(rs.getInt("yr"), rs.getInt("mo"), rs.getString("code"),
                rs.getLong("total")));
    }

    /** The roads of each operation: operation id to its road ids in ascending order. */
    public Map<Long, List<Long>> roadsOf(Collection<Long> operationIds) {
        Map<Long, TreeSet<Long>> out = new HashMap<>();
        if (operationIds.isEmpty()) {
            return Map.of();
        }
        jdbc.query("select operation_id, road_id from enforcement_operation_road where operation_id in (:ids)",
                new MapSqlParameterSource("ids", operationIds),
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
                });
        Map<Long, List<Long>> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, new ArrayList<>(v)));
        return result;
    }

    private static String filters(MapSqlParameterSource params, String scopePattern, LocalDate from, LocalDate to,
            String typeCode) {
        params.addValue("scope", scopePattern);
        StringBuilder where = new StringBuilder();
        if (from != null) {
            where.append(" and o.operation_date >= :from");
            params.addValue("from", Date.valueOf(from));
        }
        if (to != null) {
            where.append(" and o.operation_date <= :to");
            params.addValue("to", Date.valueOf(to));
        }
        if (typeCode != null) {
            where.append(" and vt.code = :code");
            params.addValue("code", typeCode);
        }
        return where.toString();
    }
}
