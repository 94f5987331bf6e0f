package org.civicgrid.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.support.Api;
import org.civicgrid.support.Api.Response;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class VolunteeringPersonalDataIntegrationTests {

    @Autowired Api api;
    @Autowired TestUsers users;
    @Autowired MockMvc mvc;

    private static String time(LocalDateTime t) {
        return t.atZone(TimeConfiguration.ZONE).toOffsetDateTime().toString();
    }

    private UserSummary volunteer(String region, String name, String idNumber, String phone) {
        UserSummary u = users.create("VOLUNTEER", region);
        Response r = api.post(u.username(), "/api/v1/volunteers", Map.of("name", name, "id_type", "RESIDENT_ID_CARD",
                "id_number", idNumber, "phone", phone, "skills", List.of("急救", "摄影"), "availability", "周末上午",
                "self", true));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return u;
    }

    private JsonNode section(String user) {
        Response copy = api.get(user, "/api/v1/me/data");
        assertThat(copy.status()).isEqualTo(200);
        return copy.body().path("sections").path("volunteering");
    }

    @Test
    void a_volunteer_downloads_their_whole_registration_sign_ups_hours_teams_and_certificates_and_nobody_elses() throws Exception {
        String worker = users.create("COMMUNITY_WORKER", "小湖塘社区").username();
        UserSummary first = volunteer("小湖塘社区", "张志愿", "43021119850505321X", "13812345678");
        UserSummary second = volunteer("小湖塘社区", "李志愿", "430211199212124568", "13987654321");
        long firstId = api.get(first.username(), "/api/v1/volunteers/me").id();

        Response team = api.post(worker, "/api/v1/volunteer-teams", Map.of("name", "清扫队 " + System.nanoTime(),
                "organisation", "小湖塘社区居民委员会", "leader_name", "冯芳", "contact_phone", "0731-22881306"));
        assertThat(team.status()).as(team.body().toString()).isEqualTo(201);
        assertThat(api.post(worker, "/api/v1/volunteer-teams/{id}/members/{v}", null, team.id(), firstId).status())
                .isEqualTo(200);

        LocalDate yesterday = LocalDate.now(TimeConfiguration.ZONE).minusDays(1);
        String title = "楼道清扫 " + System.nanoTime();
        Map<String, Object> activity = new HashMap<>();
        activity.put("title", title);
        activity.put("type", "ENVIRONMENT");
        activity.put("place", "小湖塘社区3栋");
        activity.put("starts_at", time(yesterday.atTime(14, 0)));
        activity.put("ends_at", time(LocalDateTime.now(TimeConfiguration.ZONE).plusDays(1)));
        activity.put("capacity", 5);
        activity.put("organisation", "小湖塘社区居民委员会");
        activity.put("responsible_person", "冯芳");
        activity.put("contact_phone", "0731-22881306");
        Response created = api.post(worker, "/api/v1/activities", activity);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long activityId = created.id();
        long signUp = api.post(first.username(), "/api/v1/activities/{id}/sign-ups", null, activityId).id();
        api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-in", Map.of("at", time(yesterday.atTime(14, 0))),
                activityId, signUp);
        Response out = api.post(worker, "/api/v1/activities/{id}/sign-ups/{s}/check-out",
                Map.of("at", time(yesterday.atTime(16, 45))), activityId, signUp);
        assertThat(out.body().path("service_minutes").asInt()).isEqualTo(165);
        String certificate = mvc.perform(post("/api/v1/volunteers/{id}/certificates", firstId)
                .header("Authorization", "Bearer " + api.token(first.username()))
                .contentType(MediaType.APPLICATION_JSON).content("{}").accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getHeader("X-Certificate-Number");
        assertThat(certificate).startsWith("ZYFW");

        JsonNode mine = section(first.username());

        JsonNode profile = mine.path("profile");
        assertThat(profile.path("name").asString()).isEqualTo("张志愿");
        assertThat(profile.path("id_type").asString()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(profile.path("id_number").asString()).isEqualTo("43021119850505321X");
        assertThat(profile.path("phone").asString()).isEqualTo("13812345678");
        assertThat(profile.path("volunteer_number").asString()).startsWith("430200-");
        assertThat(profile.path("skills")).hasSize(2);
        assertThat(profile.path("skills").toString()).contains("\"急救\"", "\"摄影\"");
        assertThat(profile.path("availability").asString()).isEqualTo("周末上午");
        assertThat(profile.path("region_name").asString()).isEqualTo("小湖塘社区");
        assertThat(profile.path("registered_at").isMissingNode()).isFalse();
        assertThat(mine.path("teams")).hasSize(1);
        assertThat(mine.path("teams").get(0).path("name").asString()).isEqualTo(team.text("name"));
        assertThat(mine.path("sign_ups")).hasSize(1);
        JsonNode line = mine.path("sign_ups").get(0);
        assertThat(line.path("activity_title").asString()).isEqualTo(title);
        assertThat(line.path("place").asString()).isEqualTo("小湖塘社区3栋");
        assertThat(line.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(line.path("checked_in_at").asString()).isNotBlank();
        assertThat(line.path("checked_out_at").asString()).isNotBlank();
        assertThat(line.path("service_minutes").asInt()).isEqualTo(165);
        assertThat(mine.path("total_service_minutes").asInt()).isEqualTo(165);
        assertThat(mine.path("certificates")).hasSize(1);
        assertThat(mine.path("certificates").get(0).path("number").asString()).isEqualTo(certificate);
        assertThat(mine.path("certificates").get(0).path("total_minutes").asInt()).isEqualTo(165);
        // the team leader and the organiser are other people
        assertThat(mine.toString()).doesNotContain("冯芳", "0731-22881306", worker);

        JsonNode theirs = section(second.username());
        assertThat(theirs.path("profile").path("id_number").asString()).isEqualTo("430211199212124568");
        assertThat(theirs.path("profile").path("phone").asString()).isEqualTo("13987654321");
        assertThat(theirs.path("teams")).isEmpty();
        assertThat(theirs.path("sign_ups")).isEmpty();
        assertThat(theirs.path("total_service_minutes").asInt()).isZero();
        assertThat(theirs.path("certificates")).isEmpty();
        assertThat(theirs.toString()).doesNotContain("43021119850505321X", "13812345678", "张志愿", title, certificate);
    }

    @Test
    void a_user_who_never_registered_as_a_volunteer_has_no_volunteering_data() {
        UserSummary resident = users.create("RESIDENT", "李家冲社区");

        Response copy = api.get(resident.username(), "/api/v1/me/data");

        assertThat(copy.body().path("sections").has("volunteering")).isTrue();
        assertThat(copy.body().path("sections").path("volunteering").isNull()).isTrue();
    }
}
