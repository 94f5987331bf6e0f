package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(ResidentFixtures.class)
class ResidentPersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    ResidentFixtures fixtures;

    @Test
    void a_resident_s_copy_holds_their_record_whole_their_visits_and_who_viewed_it_but_not_their_housemate() {
        UserSummary me = users.create("RESIDENT", "小湖塘社区");
        long household = fixtures.household("xiaohutang", "小湖塘社区");
        String myNumber = TestIdNumbers.adult(Gender.FEMALE);
        long mine = register(household, "自查居民", myNumber, "13912340001", me.id());
        String housemateNumber = TestIdNumbers.adult(Gender.MALE);
        long housemate = register(household, "同户家人", housemateNumber, "13912340002", null);
        String neighbourNumber = TestIdNumbers.adult(Gender.MALE);
        register(fixtures.household("xiaohutang", "小湖塘社区"), "隔壁邻居", neighbourNumber, "13912340003", null);
        visit("/api/v1/residents/{id}/visits", mine, "腿脚不便，想申请助行器。");
        visit("/api/v1/households/{id}/visits", household, "家中燃气管老化，已提醒更换。");
        visit("/api/v1/residents/{id}/visits", housemate, "同户家人失业在家，正在找工作。");
        assertThat(api.get("xiaohutang", "/api/v1/residents/{id}", mine).status()).isEqualTo(200);

        JsonNode record = api.get(me.username(), "/api/v1/me/data").body().path("sections").path("resident");

        JsonNode details = record.path("details");
        assertThat(details.path("name").asString()).isEqualTo("自查居民");
        assertThat(details.path("id_number").asString()).isEqualTo(myNumber);
        assertThat(details.path("phone").asString()).isEqualTo("13912340001");
        assertThat(details.path("health_notes").asString()).isEqualTo("高血压");
        assertThat(details.path("gender").asString()).isEqualTo("FEMALE");
        assertThat(record.path("household").path("community_name").asString()).isEqualTo("小湖塘社区");
        assertThat(record.path("household").path("address").asString()).startsWith("测试路 ");
        JsonNode visits = record.path("visits");
        assertThat(visits.findValuesAsString("findings"))
                .containsExactly("家中燃气管老化，已提醒更换。", "腿脚不便，想申请助行器。");
        assertThat(visits.get(0).path("whole_household").asBoolean()).isTrue();
        assertThat(visits.get(1).path("whole_household").asBoolean()).isFalse();
        assertThat(visits.get(1).path("visitor_name").asString()).isNotBlank();
        JsonNode views = record.path("views_of_record");
        assertThat(views.size()).isEqualTo(1);
        assertThat(views.get(0).path("viewer").asString()).isEqualTo("xiaohutang");
        assertThat(views.get(0).path("at").isMissingNode()).isFalse();
        assertThat(record.toString()).doesNotContain("同户家人", housemateNumber, "13912340002", "失业",
                "隔壁邻居", neighbourNumber, "13912340003");
    }

    @Test
    void a_user_without_a_resident_record_gets_null_for_the_section() {
        UserSummary nobody = users.create("RESIDENT", "李家冲社区");

        JsonNode sections = api.get(nobody.username(), "/api/v1/me/data").body().path("sections");

        assertThat(sections.has("resident")).isTrue();
        assertThat(sections.path("resident").isNull()).isTrue();
    }

    private long register(long household, String name, String idNumber, String phone, Long userId) {
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", household);
        body.put("name", name);
        body.put("id_number", idNumber);
        body.put("phone", phone);
        body.put("care_tags", List.of());
        body.put("health_notes", "高血压");
        body.put("user_id", userId);
        Api.Response r = api.post("xiaohutang", "/api/v1/residents", body);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    private void visit(String path, long id, String findings) {
        Api.Response r = api.post("xiaohutang-grid1", path, Map.of("findings", findings), id);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
    }
}
