package org.civicgrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicgrid.cases.ReportDates;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.civicgrid.support.PdfText;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** The monthly report: generated on demand and by the job, listed, and its Excel and PDF hold the month's figures. */
@IntegrationTest
class MonthlyReportIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    MonthlyReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void a_districts_report_holds_the_months_enforcement_tallies_in_excel_and_pdf() throws Exception {
        // a month of its own, long ago, so that no other test's operations fall in it
        YearMonth month = YearMonth.of(2005, 1).plusMonths(ThreadLocalRandom.current().nextInt(80));
        long road = roadId("嵩山路");
        Api.Response op = api.post("zhifa-tianyuan", "/api/v1/enforcement/operations", Map.of(
                "number", "月报行动 " + System.nanoTime(), "date", month.atDay(12).toString(), "road_ids", List.of(road),
                "departments", List.of("天元区城市管理和综合执法局"),
                "tallies", List.of(Map.of("violation_type", "NO_HELMET", "road_id", road, "count", 26),
                        Map.of("violation_type", "STREET_VENDOR", "count", 23),
                        Map.of("violation_type", "ARCADE_MACHINE", "count", 3))));
        assertThat(op.status()).isEqualTo(201);

        Api.Response generated = api.post("tianyuan", "/api/v1/dashboard/reports", Map.of("month", month.toString()));
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.text("region_name")).isEqualTo("天元区");
        assertThat(generated.text("period_to")).isEqualTo(month.atEndOfMonth().toString());
        long id = generated.id();

        Pages.Session tianyuan = pages.signIn("tianyuan");
        Pages.Page xlsx = pages.get(tianyuan, "/dashboard/reports/{id}.xlsx", id);
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.raw().getContentAsByteArray()))) {
            List<Row> summary = workbook.getFirstSheet().read();
            assertThat(summary.get(0).getCellText(0)).isEqualTo("天元区");
            assertThat(summary.get(1).getCellText(1)).isEqualTo(month.atDay(1) + " — " + month.atEndOfMonth());
            Map<String, String> figures = summary.stream().filter(r -> r.getCellCount() > 1)
                    .collect(Collectors.toMap(r -> r.getCellText(0), r -> whole(r.getCellText(1)), (a, b) -> a));
            assertThat(figures).containsEntry("执法行动", "1").containsEntry("查处违规（起）", "52");
            Sheet byType = workbook.getSheets().filter(s -> s.getName().contains("各类违规查处数")).findFirst().orElseThrow();
            List<List<String>> rows = byType.read().stream()
                    .map(r -> List.of(r.getCellText(0), whole(r.getCellText(1)))).toList();
            assertThat(rows).containsExactly(List.of("违规类型", "查处违规（起）"), List.of("未戴头盔", "26"),
                    List.of("劝离占道经营", "23"), List.of("门口摆放游戏机", "3"));
        }

        Pages.Page pdf = pages.get(tianyuan, "/dashboard/reports/{id}.pdf", id);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().getContentType()).isEqualTo("application/pdf");
        String text = PdfText.of(pdf.raw().getContentAsByteArray());
        assertThat(text).contains("天元区", "月度报告", "联合执法", "未戴头盔", "26", "劝离占道经营", "23");

        JsonNode listed = api.get("tianyuan", "/api/v1/dashboard/reports").body();
        assertThat(listed.toString()).contains("\"id\":" + id);
        assertThat(pages.get(tianyuan, "/dashboard").html()).contains("/dashboard/reports/" + id + ".pdf");
    }

    @Test
    void a_report_outside_the_viewers_region_is_not_found_and_residents_get_none() {
        YearMonth month = YearMonth.of(2004, 1).plusMonths(ThreadLocalRandom.current().nextInt(12));
        long id = api.post("xiaohutang", "/api/v1/dashboard/reports", Map.of("month", month.toString())).id();

        assertThat(pages.get(pages.signIn("lijiachong"), "/dashboard/reports/{id}.xlsx", id).status()).isEqualTo(404);
        assertThat(pages.get(pages.signIn("tianyuan"), "/dashboard/reports/{id}.xlsx", id).status()).isEqualTo(200);
        assertThat(api.get("resident1", "/api/v1/dashboard/reports").status()).isEqualTo(403);
        assertThat(api.post("xiaohutang", "/api/v1/dashboard/reports",
                Map.of("month", YearMonth.now().plusMonths(2).toString())).status()).isEqualTo(400);
    }

    @Test
    void the_monthly_job_writes_last_months_report_for_the_city_and_generating_again_keeps_one_per_month() {
        LocalDate firstOfMonth = LocalDate.of(2003, 2, 1).plusMonths(ThreadLocalRandom.current().nextInt(10));
        int written = reports.generateAll(firstOfMonth, java.util.Set.of(org.civicgrid.region.RegionLevel.CITY));

        assertThat(written).isEqualTo(1);
        JsonNode cityReports = api.get("admin", "/api/v1/dashboard/reports").body();
        List<JsonNode> forMonth = stream(cityReports).stream()
                .filter(r -> r.path("month").asString().equals(YearMonth.from(firstOfMonth).minusMonths(1).toString()))
                .toList();
        assertThat(forMonth).hasSize(1);
        assertThat(forMonth.get(0).path("generated_by").asString()).isEqualTo(MonthlyReports.SYSTEM);

        api.post("admin", "/api/v1/dashboard/reports", Map.of("month", YearMonth.from(firstOfMonth).minusMonths(1).toString()));
        List<JsonNode> again = stream(api.get("admin", "/api/v1/dashboard/reports").body()).stream()
                .filter(r -> r.path("month").asString().equals(YearMonth.from(firstOfMonth).minusMonths(1).toString()))
                .toList();
        assertThat(again).hasSize(1);
        assertThat(again.get(0).path("generated_by").asString()).isEqualTo("admin");
    }

    @Test
    void a_report_holds_its_charts_the_case_statuses_and_the_on_time_trend_in_excel_and_pdf() throws Exception {
        // a month of its own, long ago, so that no other test's cases fall in it or in the eleven before it
        YearMonth month = YearMonth.of(1971, 1).plusMonths(ThreadLocalRandom.current().nextInt(100));
        long onTime = reportCase();
        for (String[] step : new String[][] {{"xiaohutang", "REGISTER"}, {"xiaohutang", "DISPATCH"},
                {"xiaohutang", "HANDLE"}, {"xiaohutang-grid1", "VERIFY"}, {"tianyuan", "CLOSE"}}) {
            assertThat(api.post(step[0], "/api/v1/cases/{id}/transitions", Map.of("action", step[1], "comment", "月报图表"),
                    onTime).status()).isEqualTo(200);
        }
        long open = reportCase();
        for (long id : List.of(onTime, open)) {
            ReportDates.move(jdbc, id, month.atDay(10).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        }
        String tianyuanPath = jdbc.queryForObject("select path from region where name = '天元区'", String.class);

        long id = api.post("tianyuan", "/api/v1/dashboard/reports", Map.of("month", month.toString())).id();
        // the status chart shows every case of the district, whatever its month
        Map<String, String> statuses = new TreeMap<>();
        jdbc.query("select status, count(*) from case_file where region_path like ? group by status", rs -> {
            statuses.put(messages.getMessage("cases.status." + rs.getString(1), null, Locale.SIMPLIFIED_CHINESE),
                    rs.getString(2));
        }, tianyuanPath + "%");
        assertThat(statuses).containsKeys("已结案", "已上报");

        Pages.Session tianyuan = pages.signIn("tianyuan");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                pages.get(tianyuan, "/dashboard/reports/{id}.xlsx", id).raw().getContentAsByteArray()))) {
            List<List<String>> status = rows(workbook, "案卷状态分布");
            assertThat(status.get(0)).containsExactly("分类", "案卷");
            assertThat(status.subList(1, status.size()).stream().collect(Collectors.toMap(r -> r.get(0), r -> r.get(1))))
                    .isEqualTo(statuses);
            List<List<String>> trend = rows(workbook, "按期结案率趋势");
            assertThat(trend.get(0)).containsExactly("分类", "按期结案率 (%)");
            assertThat(trend).hasSize(13);
            assertThat(trend.get(1)).containsExactly(month.minusMonths(11).toString(), "");
            assertThat(trend.get(12)).containsExactly(month.toString(), "50");
        }

        String text = PdfText.of(pages.get(tianyuan, "/dashboard/reports/{id}.pdf", id).raw().getContentAsByteArray());
        assertThat(text).contains("案卷状态分布", "按期结案率趋势");
        statuses.forEach((label, n) -> assertThat(text).as(label).containsPattern(Pattern.quote(label) + "\\s+" + n
                + "(?!\\d)"));
        assertThat(text).containsPattern(Pattern.quote(month.toString()) + "\\s+50%")
                .containsPattern(Pattern.quote(month.minusMonths(1).toString()) + "\\s+—");
    }

    @Test
    void the_monthly_job_writes_every_communitys_report_so_a_community_worker_finds_last_months_on_her_dashboard() {
        assertThat(reports.scheduledLevels()).contains(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET,
                RegionLevel.COMMUNITY);
        LocalDate firstOfMonth = LocalDate.of(2002, 2, 1).plusMonths(ThreadLocalRandom.current().nextInt(10));
        String month = YearMonth.from(firstOfMonth).minusMonths(1).toString();

        int written = reports.generateAll(firstOfMonth, Set.of(RegionLevel.COMMUNITY));

        assertThat(written).isEqualTo(jdbc.queryForObject("select count(*) from region where level = 'COMMUNITY'",
                Integer.class));
        List<JsonNode> hers = stream(api.get("xiaohutang", "/api/v1/dashboard/reports").body()).stream()
                .filter(r -> r.path("month").asString().equals(month)).toList();
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).path("region_name").asString()).isEqualTo("小湖塘社区");
        assertThat(hers.get(0).path("generated_by").asString()).isEqualTo(MonthlyReports.SYSTEM);
        assertThat(pages.get(pages.signIn("xiaohutang"), "/dashboard").html())
                .contains("/dashboard/reports/" + hers.get(0).path("id").asLong() + ".pdf");
    }

    /** The rows of the sheet whose name holds {@code title}, cells as people read them. */
    private static List<List<String>> rows(ReadableWorkbook workbook, String title) throws java.io.IOException {
        Sheet sheet = workbook.getSheets().filter(s -> s.getName().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No sheet " + title));
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(2, row.getCellCount()); c++) {
                cells.add(c < row.getCellCount() && row.getCell(c) != null ? whole(row.getCellText(c)) : "");
            }
            out.add(cells);
        }
        return out;
    }

    /** A case a resident reports in 小湖塘社区's first grid (天元区). */
    private long reportCase() {
        Api.Response r = api.post("resident1", "/api/v1/cases", Map.of("category_code", "drain-blocked",
                "description", "月报图表 " + System.nanoTime(), "lat", 27.8300, "lng", 113.0900));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.id();
    }

    /** A number as the sheet holds it ("26.0") written as people read it ("26"); other text unchanged. */
    private static String whole(String cell) {
        try {
            double d = Double.parseDouble(cell);
            return d == Math.rint(d) ? String.valueOf((long) d) : cell;
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private static List<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private long roadId(String name) {
        for (JsonNode road : api.get("zhifa-tianyuan", "/api/v1/enforcement/roads?name={n}", name).body().path("items")) {
            if (road.path("name").asString().equals(name)) {
                return road.path("id").asLong();
            }
        }
        throw new AssertionError("No road " + name);
    }
}
