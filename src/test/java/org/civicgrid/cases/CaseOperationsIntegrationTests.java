package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserId;
import org.civicgrid.cases.internal.CaseFileRepository;
import org.civicgrid.cases.internal.CaseSupervisionJob;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.events.CaseRequest;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Routing, supervision of overdue cases, requests from other modules, deadlines and evaluation. */
@IntegrationTest
@EnableScenarios
class CaseOperationsIntegrationTests {

    static final double LJC_LAT = 27.8780, LJC_LNG = 113.1280;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseSupervisionJob job;

    @Autowired
    CaseManagement cases;

    @Autowired
    CaseCatalogue catalogue;

    @Autowired
    CaseFileRepository repository;

    @Autowired
    Notifications notifications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Regions regions;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    record TestRequest(String source, String sourceRef, String categoryCode, String description, Double lat, Double lng,
            String address, Long regionId, String reportedBy) implements CaseRequest {}

    long report(String user, String category, double lat, double lng) {
        Response r = api.post(user, "/api/v1/cases", Map.of("category_code", category, "description", "测试 " + category,
                "lat", lat, "lng", lng));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    @Test
    void routing_sends_a_category_to_the_department_of_the_most_specific_region() {
        long community = users.region("小湖塘社区").id();
        long chengfa = catalogue.departments().stream().filter(d -> d.code().equals("chengfa")).findFirst().orElseThrow().id();
        Map<String, Object> rule = Map.of("category_code", "greenery-damage", "region_id", community, "department_id", chengfa);
        assertThat(api.post("xiaohutang", "/api/v1/case-routing-rules", rule).status()).isEqualTo(403);
        assertThat(api.post("tianyuan", "/api/v1/case-routing-rules",
                Map.of("category_code", "greenery-damage", "region_id", users.region("李家冲社区").id(), "department_id",
                        chengfa)).status()).isEqualTo(400);
        assertThat(api.post("tianyuan", "/api/v1/case-routing-rules", rule).status()).isEqualTo(201);

        long here = report("resident1", "greenery-damage", 27.83, 113.09);
        assertThat(api.get("xiaohutang", "/api/v1/cases/{id}", here).text("routed_department_name")).isEqualTo("城发集团");
        api.post("xiaohutang", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), here);
        Response dispatched = api.post("xiaohutang", "/api/v1/cases/{id}/transitions", Map.of("action", "DISPATCH"), here);
        assertThat(dispatched.text("department_name")).isEqualTo("城发集团");

        long there = report("resident2", "greenery-damage", LJC_LAT, LJC_LNG);
        assertThat(api.get("lijiachong", "/api/v1/cases/{id}", there).text("routed_department_name")).isEqualTo("园林绿化中心");
        // an explicit department wins over the routed one
        api.post("lijiachong", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), there);
        Response chosen = api.post("lijiachong", "/api/v1/cases/{id}/transitions",
                Map.of("action", "DISPATCH", "department_id", chengfa), there);
        assertThat(chosen.text("department_name")).isEqualTo("城发集团");
    }

    @Test
    void an_overdue_case_is_supervised_once_even_when_the_job_runs_twice_at_the_same_time() throws Exception {
        long id = report("resident1", "garbage-pile", 27.8301, 113.0901);
        api.post("xiaohutang", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), id);
        Deadlines.move(jdbc, id, Instant.now().minusSeconds(3600));

        CyclicBarrier start = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            job.run();
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run)).get();
        cases.superviseOverdue(); // and once more: a case supervised today is not supervised again

        Response seen = api.get("tianyuan", "/api/v1/cases/{id}", id);
        assertThat(seen.body().path("supervision_count").asInt()).isEqualTo(1);
        assertThat(seen.body().path("overdue").asBoolean()).isTrue();
        List<String> actions = seen.body().path("timeline").findValuesAsString("action");
        assertThat(actions.stream().filter("SUPERVISE"::equals)).hasSize(1);
        long street = regions.lineage(new RegionId(users.region("小湖塘社区").id())).stream()
                .filter(r -> r.level() == org.civicgrid.region.RegionLevel.STREET).findFirst().orElseThrow().id();
        assertThat(seen.body().path("supervision_region_id").asLong()).isEqualTo(street);

        long worker = accounts.findByUsername("xiaohutang").orElseThrow().id();
        assertThat(notifications.countSent(new UserId(worker), "case.supervise", "/cases/" + id)).isEqualTo(1);
        Response overdue = api.get("xiaohutang", "/api/v1/cases?overdue=true&size=200");
        assertThat(overdue.body().path("content").findValuesAsString("id")).contains(String.valueOf(id));
    }

    @Test
    void a_case_due_soon_is_flagged_once_and_the_community_worker_is_told() {
        long id = report("resident1", "garbage-station-odour", 27.8303, 113.0903);
        Deadlines.move(jdbc, id, Instant.now().plusSeconds(2 * 3600));
        cases.superviseOverdue();
        cases.superviseOverdue();
        Response seen = api.get("xiaohutang", "/api/v1/cases/{id}", id);
        assertThat(seen.body().path("due_soon").asBoolean()).isTrue();
        assertThat(seen.body().path("supervision_count").asInt()).isZero();
        long worker = accounts.findByUsername("xiaohutang").orElseThrow().id();
        assertThat(notifications.countSent(new UserId(worker), "case.due-soon", "/cases/" + id)).isEqualTo(1);
    }

    @Test
    void every_code_other_modules_publish_resolves_to_a_category() {
        List<String> codes = new java.util.ArrayList<>(jdbc.queryForList(
                "select case_category_code from enforcement_violation_type where case_category_code is not null",
                String.class));
        for (NeedCategory n : NeedCategory.values()) {
            codes.add(n.caseCategoryCode());
        }
        codes.add("E0601");
        codes.addAll(List.of("river.illegal-occupation", "river.sand-mining", "river.dumping", "river.illegal-building",
                "river.sewage-outfall", "river.livestock-pollution", "river.fish-cage", "river.black-odorous",
                "river.zombie-ship", "river.water-quality-drop", "river.other"));
        for (String code : codes) {
            assertThat(catalogue.lookup(code)).as(code).isPresent();
        }
        assertThat(catalogue.lookup("E0601").orElseThrow().code()).isEqualTo("temporary-assistance");
        assertThat(catalogue.lookup("street-order.no-helmet").orElseThrow().code()).isEqualTo("no-helmet");
        assertThat(catalogue.resolve("nobody-knows-this").code()).isEqualTo(CaseCatalogue.FALLBACK_CODE);
    }

    @Test
    void a_request_from_another_module_opens_a_case_once_and_reports_back(Scenario scenario) {
        String ref = "test-request:" + System.nanoTime();
        long community = users.region("李家冲社区").id();
        TestRequest request = new TestRequest("PAIRED_UNIT", ref, "no-such-code", "门口排水沟盖板破损", LJC_LAT, LJC_LNG,
                "李家冲社区 5 栋", community, "lijiachong");
        scenario.publish(request)
                .andWaitForEventOfType(CaseStatusChanged.class)
                .matching(e -> ref.equals(e.sourceRef()))
                .toArriveAndVerify(e -> {
                    assertThat(e.status()).isEqualTo("REPORTED");
                    assertThat(e.source()).isEqualTo("PAIRED_UNIT");
                    assertThat(e.closed()).isFalse();
                });
        var opened = repository.findBySourceRef(ref);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).getCategoryCode()).isEqualTo("other");
        assertThat(opened.get(0).getRequestedCode()).isEqualTo("no-such-code");
        assertThat(opened.get(0).getGridId()).isNotNull();
        cases.openFor(request);
        assertThat(repository.findBySourceRef(ref)).hasSize(1);

        Response seen = api.get("lijiachong", "/api/v1/cases/{id}", opened.get(0).getId());
        assertThat(seen.text("source")).isEqualTo("PAIRED_UNIT");
        assertThat(seen.text("reporter_name")).isNotBlank();
    }

    @Test
    void the_deadline_counts_working_hours_of_the_category_and_urgency() {
        Response r = api.post("resident1", "/api/v1/cases", Map.of("category_code", "illegal-parking", "description",
                "消防通道停车", "lat", 27.8302, "lng", 113.0902, "urgency", "URGENT"));
        Instant reported = Instant.parse(r.body().path("reported_at").asString().replace("+08:00", "+08:00"));
        Instant deadline = java.time.OffsetDateTime.parse(r.text("deadline")).toInstant();
        Instant expected = catalogue.deadline(java.time.OffsetDateTime.parse(r.text("reported_at")).toInstant(),
                "illegal-parking", CaseUrgency.URGENT);
        assertThat(Math.abs(deadline.getEpochSecond() - expected.getEpochSecond())).isLessThanOrEqualTo(1);
        assertThat(deadline).isAfter(reported.minusSeconds(1));
        assertThat(catalogue.isWorkday(java.time.LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(catalogue.isWorkday(java.time.LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(api.get("resident1", "/api/v1/case-calendar?year=2026").body().findValuesAsString("note")).contains("国庆节");
    }

    @Test
    void the_evaluation_counts_closed_on_time_and_rework_per_category() {
        Response e = api.get("tianyuan", "/api/v1/cases/evaluation?from=2020-01-01&to=2030-12-31&group_by=CATEGORY");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.body().path("total").path("due").asLong()).isPositive();
        assertThat(e.body().path("rows").findValuesAsString("key")).isNotEmpty();
        assertThat(api.get("resident1", "/api/v1/cases/evaluation?from=2020-01-01&to=2030-12-31").status()).isEqualTo(403);
        Response byRegion = api.get("admin", "/api/v1/cases/evaluation?from=2020-01-01&to=2030-12-31");
        assertThat(byRegion.body().path("rows").findValuesAsString("name")).contains("天元区");
        assertThat(byRegion.body().path("total").has("on_time_closure_rate")).isTrue();
        Response workbook = api.get("tianyuan", "/api/v1/cases/evaluation.xlsx?from=2020-01-01&to=2030-12-31&group_by=DEPARTMENT");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.raw().getContentType()).contains("spreadsheetml");
    }

    @Test
    void the_evaluation_workbook_is_whole_with_its_length_name_and_security_headers_when_the_request_returns()
            throws Exception {
        // Written on another thread after the request returned, the workbook once raced the filters that add the
        // security headers as the response commits (a ConcurrentModificationException in a full run). Now one
        // request, without a second dispatch, carries all of it.
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/evaluation.xlsx")
                .param("from", "2020-01-01").param("to", "2030-12-31").param("group_by", "CATEGORY")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.token("tianyuan"))).andReturn().getResponse();

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("case-evaluation-2020-01-01-2030-12-31.xlsx")
                .doesNotContain(".xlsx.xlsx");
        byte[] body = r.getContentAsByteArray();
        assertThat(body).isNotEmpty();
        assertThat(r.getContentLength()).isEqualTo(body.length);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("名称 Name");
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("合计");
        }
    }

    @Test
    void the_platform_administrator_edits_the_catalogue_and_nobody_else_does() {
        String body = api.write(Map.of("parent_code", "street-order", "name", "占道洗车", "name_en", "Car washing on the street",
                "hours_normal", 8, "hours_urgent", 4, "hours_emergency", 2, "aliases", List.of("street-order.car-washing"),
                "attributes", List.of(Map.of("code", "plate", "description", "车牌", "datatype", "string", "required", false))));
        var put = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/case-categories/car-washing")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        assertThat(api.send(put, "tianyuan").status()).isEqualTo(403);
        var again = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/case-categories/car-washing")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        Response saved = api.send(again, "admin");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("kind")).isEqualTo("EVENT");
        assertThat(saved.body().path("level").asInt()).isEqualTo(2);
        assertThat(catalogue.lookup("street-order.car-washing").orElseThrow().code()).isEqualTo("car-washing");
        assertThat(api.get("resident1", "/api/v1/case-categories/car-washing").body().path("attributes").get(0)
                .path("code").asString()).isEqualTo("plate");
    }
}
