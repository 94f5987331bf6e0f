package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/** A resident's copy of their data holds the cases they reported, each with its timeline, and nobody else's. */
@IntegrationTest
class CasePersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void a_resident_s_download_holds_the_cases_they_reported_with_their_timeline_and_not_another_resident_s() throws Exception {
        UserSummary resident = users.create("RESIDENT", "小湖塘社区");
        UserSummary neighbour = users.create("RESIDENT", "小湖塘社区");
        String photo = upload(resident.username());
        long mine = api.post(resident.username(), "/api/v1/cases", Map.of("category_code", "drain-blocked",
                "description", "楼下下水道堵塞，污水外溢 " + resident.username(), "lat", 27.8300, "lng", 113.0900,
                "address", "小湖塘社区 3 栋", "anonymous", true, "photos", java.util.List.of(photo))).id();
        long theirs = api.post(neighbour.username(), "/api/v1/cases", Map.of("category_code", "street-lamp-fault",
                "description", "路灯不亮 " + neighbour.username(), "lat", 27.8300, "lng", 113.0900,
                "address", "小湖塘社区 9 栋")).id();
        assertThat(api.post("xiaohutang", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER",
                "comment", "已立案，转水务"), mine).status()).isEqualTo(200);

        JsonNode cases = api.get(resident.username(), "/api/v1/me/data").body().path("sections").path("reported_cases");

        assertThat(cases).hasSize(1);
        JsonNode c = cases.get(0);
        assertThat(c.path("id").asLong()).isEqualTo(mine);
        assertThat(c.path("category_code").asString()).isEqualTo("drain-blocked");
        assertThat(c.path("category_name").asString()).isEqualTo("排水管道、下水道堵塞");
        assertThat(c.path("description").asString()).isEqualTo("楼下下水道堵塞，污水外溢 " + resident.username());
        assertThat(c.path("address").asString()).isEqualTo("小湖塘社区 3 栋");
        assertThat(c.path("lat").asDouble()).isEqualTo(27.83);
        assertThat(c.path("lng").asDouble()).isEqualTo(113.09);
        assertThat(c.path("anonymous").asBoolean()).isTrue();
        assertThat(c.path("photos").get(0).asString()).isEqualTo("/files/" + photo);
        assertThat(c.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(c.path("reported_at").asString()).isNotEmpty();
        assertThat(c.path("deadline").asString()).isNotEmpty();
        assertThat(c.path("closed_at").isNull()).isTrue();
        JsonNode timeline = c.path("timeline");
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).path("action").asString()).isEqualTo("REPORT");
        assertThat(timeline.get(0).path("to_status").asString()).isEqualTo("REPORTED");
        assertThat(timeline.get(0).path("actor_name").asString()).isEqualTo(resident.displayName());
        assertThat(timeline.get(0).path("photos").get(0).asString()).isEqualTo("/files/" + photo);
        assertThat(timeline.get(1).path("action").asString()).isEqualTo("REGISTER");
        assertThat(timeline.get(1).path("from_status").asString()).isEqualTo("REPORTED");
        assertThat(timeline.get(1).path("to_status").asString()).isEqualTo("REGISTERED");
        assertThat(timeline.get(1).path("comment").asString()).isEqualTo("已立案，转水务");
        assertThat(timeline.get(1).path("actor_role").asString()).isEqualTo("COMMUNITY_WORKER");
        assertThat(timeline.get(1).path("actor_name").asString()).isNotEmpty();
        assertThat(timeline.get(1).path("at").asString()).isNotEmpty();
        assertThat(cases.toString()).doesNotContain(neighbour.username(), neighbour.displayName(), "路灯不亮");

        JsonNode theirCases = api.get(neighbour.username(), "/api/v1/me/data").body().path("sections")
                .path("reported_cases");
        assertThat(theirCases).hasSize(1);
        assertThat(theirCases.get(0).path("id").asLong()).isEqualTo(theirs);
        assertThat(theirCases.get(0).path("anonymous").asBoolean()).isFalse();
        assertThat(theirCases.get(0).path("timeline")).hasSize(1);
        assertThat(theirCases.toString()).doesNotContain(resident.username(), "下水道");
    }

    @Test
    void a_resident_who_reported_nothing_has_an_empty_list() {
        UserSummary resident = users.create("RESIDENT", "李家冲社区");

        JsonNode cases = api.get(resident.username(), "/api/v1/me/data").body().path("sections").path("reported_cases");

        assertThat(cases.isArray()).isTrue();
        assertThat(cases).isEmpty();
    }

    private String upload(String user) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        String body = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cases/photos")
                .file(new MockMultipartFile("file", "drain.png", "image/png", png))
                .header("Authorization", "Bearer " + api.token(user))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as("uploaded: %s", body).isTrue();
        return m.group(1);
    }
}
