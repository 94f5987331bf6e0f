package org.civicgrid.recognition.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 先进典型评议 on the dashboard: the campaigns open at some point in the period and the votes cast in it. The
 * campaigns come from the indexed {@code (region_path, opens_at)}; the votes are counted per campaign.
 */
@Component
class RecognitionDashboardPanel implements DashboardPanel {

    static final String ID = "recognition";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    RecognitionDashboardPanel(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Panel build(DashboardQuery q) {
        MapSqlParameterSource params = new MapSqlParameterSource("scope", q.scopePattern())
                .addValue("from", q.fromInstant().atZone(TimeConfiguration.ZONE).toOffsetDateTime())
                .addValue("to", q.toInstantExclusive().atZone(TimeConfiguration.ZONE).toOffsetDateTime());
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("""
                select c.title, c.kind, (select count(*) from campaign_vote v where v.campaign_id = c.id
                                             and v.cast_at >= :from and v.cast_at < :to) as votes
                  from campaign c
                 where c.region_path like :scope and c.opens_at < :to and c.closes_at >= :from
                 order by c.opens_at desc
                """, params, rs -> {
                    rows.add(List.of(rs.getString(1), text("campaigns.kind." + rs.getString(2), q), rs.getLong(3)));
                });
        long votes = rows.stream().mapToLong(r -> (Long) r.get(2)).sum();
        Panel.Builder panel = Panel.builder(ID, "recognition.dashboard.title")
                .figure("recognition.dashboard.campaigns", rows.size())
                .figure("recognition.dashboard.votes", votes);
        if (!rows.isEmpty()) {
            panel.table("recognition.dashboard.list", List.of("recognition.dashboard.campaign",
                    "recognition.dashboard.kind", "recognition.dashboard.votes"), rows);
        }
        return panel.link("/campaigns").build();
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }
}
