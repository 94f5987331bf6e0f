package org.civicgrid.volunteering.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.SignUpStatus;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 志愿服务 on the dashboard: hours served in the month and the year the period ends in, and the in-post party
 * members who still owe that month's 文明实践微服务 ({@link ServicePolicy#behind}). Hours are summed in SQL over
 * completed sign-ups found by their check-in time (indexed); party members through their indexed flag and path.
 */
@Component
class VolunteeringDashboardPanel implements DashboardPanel {

    static final String ID = "volunteering";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final VolunteeringTallies tallies;

    VolunteeringDashboardPanel(JdbcTemplate jdbc, MessageSource messages, VolunteeringTallies tallies) {
        this.tallies = tallies;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Panel build(DashboardQuery q) {
        YearMonth month = YearMonth.from(q.to());
        String scope = q.scopePattern();
        double monthHours = hours(q.regionPath(), month.atDay(1), month.atEndOfMonth());
        double yearHours = hours(q.regionPath(), LocalDate.of(month.getYear(), 1, 1), LocalDate.of(month.getYear(), 12, 31));
        Map<String, Duty> duties = duty(scope, month);
        Duty duty = duties.values().stream().reduce(new Duty(0, 0), Duty::plus);
        Panel.Builder panel = Panel.builder(ID, "volunteering.dashboard.title")
                .figure(new Panel.Figure("volunteering.dashboard.hoursMonth", format(monthHours), null, null, null))
                .figure(new Panel.Figure("volunteering.dashboard.hoursYear", format(yearHours), null, null, null))
                .figure("volunteering.dashboard.partyMembers", duty.owing())
                .figure(new Panel.Figure("volunteering.dashboard.behind", String.valueOf(duty.behind()), null,
                        duty.behind() > 0 ? "bad" : "good", "/volunteering/duty?month=" + month));
        if (!q.children().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Double> hours = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            Map<String, Long> minutes = RegionTallies.depth(q.regionPath()) < RegionTallies.DAILY_DEPTH
                    ? tallies.minutes(q.regionPath(), q.children().stream().map(DashboardQuery.Child::path).toList(),
                            month.atDay(1), month.atEndOfMonth())
                    : null;
            for (DashboardQuery.Child child : q.children()) {
                String childScope = child.path() + "%";
                double h = minutes != null ? tenths(minutes.getOrDefault(child.path(), 0L))
                        : hours(child.path(), month.atDay(1), month.atEndOfMonth());
                Duty d = duties.entrySet().stream().filter(e -> e.getKey().startsWith(child.path())).map(Map.Entry::getValue)
                        .reduce(new Duty(0, 0), Duty::plus);
                names.add(child.name());
                hours.add(h);
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), h, d.owing(), d.behind()));
            }
            panel.chart("hours", "volunteering.dashboard.hoursByRegion",
                    Charts.bars(names, text("volunteering.dashboard.hoursMonth", q), hours, hrefs));
            panel.table("volunteering.dashboard.byRegion", List.of("dashboard.region.name",
                    "volunteering.dashboard.hoursMonth", "volunteering.dashboard.partyMembers",
                    "volunteering.dashboard.behind"), rows);
        }
        return panel.link("/volunteering").build();
    }

    /**
     * Hours of completed services under a region checked in on the days {@code from}–{@code to}, one decimal:
     * from the kept figures down to communities, counted below them.
     */
    private double hours(String regionPath, LocalDate from, LocalDate to) {
        if (RegionTallies.depth(regionPath) <= RegionTallies.DAILY_DEPTH) {
            return tenths(tallies.minutes(regionPath, from, to));
        }
        Long minutes = jdbc.queryForObject("""
                select coalesce(sum(s.service_minutes), 0) from volunteer_sign_up s
                 where s.checked_in_at >= :from and s.checked_in_at < :to
                   and s.status = :completed and s.region_path like :scope
                """, new MapSqlParameterSource("scope", regionPath + "%").addValue("completed", SignUpStatus.COMPLETED.name())
                .addValue("from", start(from)).addValue("to", start(to.plusDays(1))), Long.class);
        return tenths(minutes == null ? 0 : minutes);
    }

    private static double tenths(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    /**
     * Party members who owe the month's micro-service, and how many of them have not yet done it, by the region
     * they are registered in (one grouped query for the region and all its children).
     */
    private Map<String, Duty> duty(String scope, YearMonth month) {
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope)
                .addValue("firstDay", month.atDay(1))
                .addValue("from", start(month.atDay(1))).addValue("to", start(month.plusMonths(1).atDay(1)))
                .addValue("completed", SignUpStatus.COMPLETED.name())
                .addValue("type", ActivityType.CIVILIZATION_MICRO_SERVICE.name());
        Map<String, Duty> out = new HashMap<>();
        // the month's micro-services first (a few thousand sign-ups, by check-in time), then the members who owe
        jdbc.query("""
                select v.region_path, count(*), count(*) - count(done.volunteer_id)
                  from volunteer v
                  left join (select distinct s.volunteer_id from volunteer_sign_up s
                               join volunteer_activity a on a.id = s.activity_id
                              where s.checked_in_at >= :from and s.checked_in_at < :to and s.status = :completed
                                and a.type = :type) done on done.volunteer_id = v.id
                 where v.party_member = true and v.region_path like :scope
                   and v.party_registered_on is not null and v.party_registered_on <= :firstDay
                 group by v.region_path
                """, params, rs -> {
                    out.put(rs.getString(1), new Duty(rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    /** The first instant of a day in Asia/Shanghai, as a value both H2 and PostgreSQL compare with timestamptz. */
    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }

    private record Duty(long owing, long behind) {

        Duty plus(Duty other) {
            return new Duty(owing + other.owing, behind + other.behind);
        }
    }
}
