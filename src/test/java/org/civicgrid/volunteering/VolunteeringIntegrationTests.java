package org.civicgrid.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.audit.AuditEntry;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.region.RegionRef;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.support.Api;
import org.civicgrid.support.FigureCheck;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.PdfText;
import org.civicgrid.support.TestUsers;
import org.civicgrid.volunteering.ActivityManagement.CreateActivity;
import org.civicgrid.volunteering.VolunteerManagement.RegisterPartyMember;
import org.civicgrid.volunteering.VolunteerManagement.RegisterVolunteer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class VolunteeringIntegrationTests {

    @Autowired Api api;
    @Autowired TestUsers users;
    @Autowired ActivityManagement activities;
    @Autowired VolunteerManagement volunteers;
    @Autowired PartyMemberDuty duty;
    @Autowired AuditLog audit;
    @Autowired Notifications notifications;
    @Autowired FigureCheck figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private static String time(LocalDateTime t) {
        return t.atZone(TimeConfiguration.ZONE).toOffsetDateTime().toString();
    }

    private long activity(String worker, int capacity, LocalDateTime start, LocalDateTime end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "楼道清扫 " + System.nanoTime());
        body.put("type", "ENVIRONMENT");
        body.put("place", "小湖塘社区3栋");
        body.put("lat", 27.8300);
        body.put("lng", 113.0900);
        body.put("radius_m", 200);
        body.put("starts_at", time(start));
        body.put("ends_at", time(end));
        body.put("capacity", capacity);
        body.put("organisation", "小湖塘社区居民委员会");
        body.put("responsible_person", "冯芳");
        body.put("contact_phone", "0731-22881306");
        Response r = api.post(worker, "/api/v1/activities", body);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    private UserSummary volunteer(String region) {
        UserSummary u = users.create("VOLUNTEER", region);
        Response r = api.post(u.username(), "/api/v1/volunteers", Map.of("name", "志愿者" + u.id(),
                "id_type", "RESIDENT_ID_CARD", "id_number", "43021119900101123X", "phone", "13800001111", "self", true));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return u;
    }

    @Test
    void an_id_number_typed_with_a_chinese_input_methods_full_width_digits_is_read_as_the_number() {
        UserSummary u = users.create("VOLUNTEER", "小湖塘社区");
        // full-width digits and Ｘ, with an ideographic space after the region code, as an input method types them
        Response r = api.post(u.username(), "/api/v1/volunteers", Map.of("name", "志愿者" + u.id(),
                "id_type", "RESIDENT_ID_CARD", "id_number", "４３０２１１　１９９００１０１１２３Ｘ", "self", true));

        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        assertThat(r.text("id_number_masked")).isEqualTo("4302**********123X");
    }

    @Test
    void an_id_number_whose_check_digit_does_not_match_is_refused_as_the_residents_register_refuses_it() {
        UserSummary u = users.create("VOLUNTEER", "小湖塘社区");
        Response r = api.post(u.username(), "/api/v1/volunteers", Map.of("name", "志愿者" + u.id(),
                "id_type", "RESIDENT_ID_CARD", "id_number", "430211199001011234", "self", true));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("errors").findValuesAsString("field")).containsExactly("id_number");
        assertThat(r.body().path("errors").get(0).path("message").asString()).contains("check digit");
    }

    @Test
    void a_worker_registers_a_volunteer_who_has_no_account() {
        // found by the authorization matrix's set-up: without user_id or self the API answered 500
        UserSummary staff = users.create("COMMUNITY_WORKER", "李家冲社区");
        String worker = staff.username();
        Response r = api.post(worker, "/api/v1/volunteers", Map.of("name", "无账号志愿者", "id_type", "PASSPORT",
                "region_id", staff.regionId()));

        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        assertThat(api.get(worker, "/api/v1/volunteers/{id}", r.id()).text("name")).isEqualTo("无账号志愿者");
        assertThat(api.get("xiaohutang", "/api/v1/volunteers/{id}", r.id()).status()).isEqualTo(404);
    }

    @Test
    void concurrent_sign_ups_never_take_more_places_than_the_activity_has() throws Exception {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(3);
        long id = activity(worker, 3, start, start.plusHours(2));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = volunteer("小湖塘社区").username();
            api.token(name);
            people.add(name);
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String person : people) {
            Callable<Response> call = () -> {
                go.await();
                return api.post(person, "/api/v1/activities/{id}/sign-ups", null, id);
            };
            results.add(pool.submit(call));
        }
        go.countDown();
        int taken = 0;
        int full = 0;
        for (Future<Response> f : results) {
            Response r = f.get(30, TimeUnit.SECONDS);
            if (r.status() == 201) {
                taken++;
            } else {
                assertThat(r.status()).as(r.body().toString()).isEqualTo(409);
                full++;
            }
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(3);
        assertThat(full).isEqualTo(9);
        assertThat(api.get(worker, "/api/v1/activities/{id}", id).body().path("signed_up").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from volunteer_sign_up where activity_id = ? and status <> 'CANCELLED'",
                Integer.class, id)).isEqualTo(3);
    }

    @Test
    void the_last_place_refuses_a_second_volunteer_with_activity_full_and_a_volunteer_cannot_sign_up_twice() {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(1);
        long id = activity(worker, 1, start, start.plusHours(2));
        String first = volunteer("小湖塘社区").username();
        String second = volunteer("小湖塘社区").username();
        assertThat(api.post(first, "/api/v1/activities/{id}/sign-ups", null, id).status()).isEqualTo(201);
        Response again = api.post(first, "/api/v1/activities/{id}/sign-ups", null, id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-signed-up");
        Response full = api.post(second, "/api/v1/activities/{id}/sign-ups", null, id);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.problemType()).isEqualTo("activity-full");
        assertThat(api.delete(first, "/api/v1/activities/{id}/sign-ups/me", id).status()).isEqualTo(204);
        assertThat(api.post(second, "/api/v1/activities/{id}/sign-ups", null, id).status()).isEqualTo(201);
    }

    @Test
    void hours_across_midnight_count_the_real_minutes_and_only_an_organiser_corrects_them_with_an_audited_reason()
            throws Exception {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDate twoDaysAgo = LocalDate.now(TimeConfiguration.ZONE).minusDays(2);
        long id = activity(worker, 5, twoDaysAgo.atTime(22, 0), LocalDateTime.now(TimeConfiguration.ZONE).plusDays(1));
        UserSummary v = volunteer("小湖塘社区");
        long signUp = api.post(v.username(), "/api/v1/activities/{id}/sign-ups", null, id).id();

        Response in = api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-in",
                Map.of("at", time(twoDaysAgo.atTime(22, 30))), id, signUp);
        assertThat(in.status()).as(in.body().toString()).isEqualTo(200);
        Response out = api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-out",
                Map.of("at", time(twoDaysAgo.plusDays(1).atTime(1, 15))), id, signUp);
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.body().path("service_minutes").asInt()).isEqualTo(165);
        assertThat(out.body().path("status").asString()).isEqualTo("COMPLETED");

        Response byVolunteer = api.post(v.username(), "/api/v1/sign-ups/{s}/hours",
                Map.of("minutes", 600, "reason", "我觉得应该更多"), signUp);
        assertThat(byVolunteer.status()).isEqualTo(403);
        Response noReason = api.post(worker, "/api/v1/sign-ups/{s}/hours", Map.of("minutes", 150, "reason", ""), signUp);
        assertThat(noReason.status()).isEqualTo(400);

        Response corrected = api.post(worker, "/api/v1/sign-ups/{s}/hours",
                Map.of("minutes", 150, "reason", "签到前等候15分钟不计入服务时长"), signUp);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().path("service_minutes").asInt()).isEqualTo(150);
        assertThat(corrected.body().path("corrected_by").asString()).isEqualTo(worker);

        List<AuditEntry> history = audit.historyOf("SignUp", signUp, 10);
        AuditEntry correction = history.stream().filter(e -> e.afterState() != null
                && e.afterState().contains("签到前等候15分钟不计入服务时长")).findFirst().orElseThrow();
        assertThat(correction.action()).isEqualTo("UPDATE");
        assertThat(correction.actor()).isEqualTo(worker);
        assertThat(correction.beforeState()).contains("165");
        assertThat(correction.afterState()).contains("150");

        Response record = api.get(v.username(), "/api/v1/volunteers/me/record");
        assertThat(record.body().path("total_minutes").asInt()).isEqualTo(150);
        // the dashboard's hours follow the check-out and the correction, in every region
        assertThat(figures.differences("volunteering", List.of("minutes_on"), "select region_path, checked_in_at, "
                + "service_minutes from volunteer_sign_up where status = 'COMPLETED' and service_minutes is not null",
                rs -> List.of(new FigureCheck.Counted(rs.getString(1), "minutes_on", rs.getObject(2,
                        java.time.OffsetDateTime.class).atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate().toString(),
                        rs.getLong(3))))).isEmpty();
    }

    @Test
    void a_volunteer_checks_in_on_a_phone_only_near_the_place() {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDateTime now = LocalDateTime.now(TimeConfiguration.ZONE);
        long id = activity(worker, 5, now.minusMinutes(30), now.plusHours(2));
        String v = volunteer("小湖塘社区").username();
        api.post(v, "/api/v1/activities/{id}/sign-ups", null, id);
        Response far = api.post(v, "/api/v1/activities/{id}/check-in", Map.of("lat", 27.8400, "lng", 113.0900), id);
        assertThat(far.status()).isEqualTo(409);
        assertThat(far.problemType()).isEqualTo("too-far-from-place");
        Response near = api.post(v, "/api/v1/activities/{id}/check-in", Map.of("lat", 27.8305, "lng", 113.0902), id);
        assertThat(near.status()).as(near.body().toString()).isEqualTo(200);
        assertThat(near.body().path("check_in_method").asString()).isEqualTo("GEOLOCATION");
        Response out = api.post(v, "/api/v1/activities/{id}/check-out", Map.of("lat", 27.8301, "lng", 113.0901), id);
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.body().path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void the_certificate_carries_what_the_volunteer_record_rules_require() throws Exception {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDate yesterday = LocalDate.now(TimeConfiguration.ZONE).minusDays(1);
        long id = activity(worker, 5, yesterday.atTime(14, 0), LocalDateTime.now(TimeConfiguration.ZONE).plusHours(1));
        UserSummary v = volunteer("小湖塘社区");
        long signUp = api.post(v.username(), "/api/v1/activities/{id}/sign-ups", null, id).id();
        api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-in", Map.of("at", time(yesterday.atTime(14, 0))), id, signUp);
        api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-out", Map.of("at", time(yesterday.atTime(16, 45))), id, signUp);
        Response me = api.get(v.username(), "/api/v1/volunteers/me");

        MockHttpServletResponse issued = mvc.perform(post("/api/v1/volunteers/{id}/certificates", me.id())
                .header("Authorization", "Bearer " + api.token(v.username())).contentType(MediaType.APPLICATION_JSON)
                .content("{}").accept(MediaType.APPLICATION_PDF)).andReturn().getResponse();
        assertThat(issued.getStatus()).isEqualTo(201);
        assertThat(issued.getContentType()).startsWith("application/pdf");
        String number = issued.getHeader("X-Certificate-Number");
        String text = PdfText.of(issued.getContentAsByteArray());
        assertThat(text).contains("志愿服务记录证明", "志愿者" + v.id(), "居民身份证", "4302**********123X",
                me.text("volunteer_number"), "2.75", "小湖塘社区居民委员会", "冯芳", "0731-22881306", number,
                "出具日期");
        assertThat(text).doesNotContain("43021119900101123X");
        assertThat(number).startsWith("ZYFW");

        String stranger = users.create("COMMUNITY_WORKER", "李家冲社区").username();
        assertThat(mvc.perform(post("/api/v1/volunteers/{id}/certificates", me.id())
                .header("Authorization", "Bearer " + api.token(stranger)).contentType(MediaType.APPLICATION_JSON)
                .content("{}").accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_monthly_duty_counts_a_service_in_the_month_of_its_check_in_across_month_and_year_ends() {
        RegionRef xiaohutang = users.region("小湖塘社区");
        UserSummary memberUser = users.create("VOLUNTEER", "小湖塘社区");
        var member = volunteers.enrol(new RegisterVolunteer("党员" + memberUser.id(), IdType.RESIDENT_ID_CARD, null, null,
                memberUser.id(), null, null, null, null), xiaohutang.id());
        long unitId = 900_000 + memberUser.id();
        volunteers.registerPartyMemberUnchecked(new RegisterPartyMember(member.id(), unitId, xiaohutang.id(),
                LocalDate.of(2023, 11, 15)));
        var micro = activities.createUnchecked(new CreateActivity("文明实践微服务 跨年", ActivityType.CIVILIZATION_MICRO_SERVICE,
                null, "小湖塘社区", null, null, null, ZonedDateTime.of(2023, 12, 31, 22, 0, 0, 0, TimeConfiguration.ZONE).toInstant(),
                ZonedDateTime.of(2024, 1, 1, 2, 0, 0, 0, TimeConfiguration.ZONE).toInstant(), 10, null, null, "小湖塘社区居民委员会",
                "冯芳", "0731-22881306", null), xiaohutang.id(), null, "test");
        activities.recordServiceUnchecked(micro.id(), member.id(),
                ZonedDateTime.of(2023, 12, 31, 23, 30, 0, 0, TimeConfiguration.ZONE).toInstant(),
                ZonedDateTime.of(2024, 1, 1, 0, 20, 0, 0, TimeConfiguration.ZONE).toInstant());

        Map<YearMonth, Views.DutyLine> lines = new HashMap<>();
        for (YearMonth m : List.of(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1))) {
            lines.put(m, duty.boardOfUnits(java.util.Set.of(unitId), m).get(0));
        }
        assertThat(lines.get(YearMonth.of(2023, 11)).owes()).isFalse();
        assertThat(lines.get(YearMonth.of(2023, 12)).services()).isEqualTo(1);
        assertThat(lines.get(YearMonth.of(2023, 12)).behind()).isFalse();
        assertThat(lines.get(YearMonth.of(2024, 1)).services()).isZero();
        assertThat(lines.get(YearMonth.of(2024, 1)).behind()).isTrue();

        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        Response board = api.get(worker, "/api/v1/party-members/duty?month=2024-01&community_id=" + xiaohutang.id());
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body().findValues("name").stream().map(n -> n.asString())).contains(member.name());
        String outsider = users.create("COMMUNITY_WORKER", "李家冲社区").username();
        assertThat(api.get(outsider, "/api/v1/party-members/duty?month=2024-01&community_id=" + xiaohutang.id()).status())
                .isEqualTo(404);

        assertThat(duty.remindBehind(LocalDate.of(2024, 1, 20), 3)).isZero();
        duty.remindBehind(LocalDate.of(2024, 1, 29), 3);
        UserId recipient = new UserId(memberUser.id());
        assertThat(notifications.countSent(recipient, PartyMemberDuty.REMINDER_KIND, "/volunteering/me?month=2024-01"))
                .isEqualTo(1);
        duty.remindBehind(LocalDate.of(2024, 1, 30), 3);
        assertThat(notifications.countSent(recipient, PartyMemberDuty.REMINDER_KIND, "/volunteering/me?month=2024-01"))
                .isEqualTo(1);
        assertThat(notifications.countSent(recipient, PartyMemberDuty.REMINDER_KIND, "/volunteering/me?month=2023-12"))
                .isZero();
    }

    @Test
    void activities_and_volunteers_outside_the_callers_region_are_not_found() {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(2);
        long id = activity(worker, 5, start, start.plusHours(1));
        String outsider = users.create("COMMUNITY_WORKER", "李家冲社区").username();
        assertThat(api.get(outsider, "/api/v1/activities/{id}", id).status()).isEqualTo(404);
        assertThat(api.post(volunteer("李家冲社区").username(), "/api/v1/activities/{id}/sign-ups", null, id).status())
                .isEqualTo(404);
        UserSummary v = volunteer("小湖塘社区");
        long volunteerId = api.get(v.username(), "/api/v1/volunteers/me").id();
        assertThat(api.get(outsider, "/api/v1/volunteers/{id}", volunteerId).status()).isEqualTo(404);
        assertThat(api.get(worker, "/api/v1/volunteers/{id}", volunteerId).body().path("id_number_masked").asString())
                .isEqualTo("4302**********123X");
        assertThat(api.post("resident1", "/api/v1/activities", Map.of("title", "x")).status()).isIn(400, 403);
    }

    @Test
    void the_breakfast_project_totals_come_from_its_daily_records() {
        Response list = api.get("admin", "/api/v1/service-projects");
        var project = list.body().path("content").get(0);
        assertThat(project.path("name").asString()).isEqualTo("环卫工驿站爱心早餐项目");
        assertThat(project.path("total_servings").asLong()).isEqualTo(126_000);
        assertThat(project.path("beneficiaries").asInt()).isGreaterThan(300);
        long sum = jdbc.queryForObject("select sum(servings) from volunteer_project_day where project_id = ?", Long.class,
                project.path("id").asLong());
        assertThat(sum).isEqualTo(126_000);
        assertThat(project.path("first_day").asString()).startsWith("2018-");
    }
}
