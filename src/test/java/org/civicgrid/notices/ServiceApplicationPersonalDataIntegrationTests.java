package org.civicgrid.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ServiceApplicationPersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void each_applicant_s_copy_holds_their_own_applications_with_contact_details_and_progress() {
        UserSummary first = users.create("RESIDENT", "李家冲社区");
        UserSummary second = users.create("RESIDENT", "李家冲社区");
        long certificate = apply(first, "RESIDENCE_CERTIFICATE", "申请人甲", "13700001111", "需要居住证明办理入学。");
        long allowance = apply(second, "OLD_AGE_ALLOWANCE", "申请人乙", "13700002222", "父亲今年满八十岁。");
        assertThat(api.post("lijiachong", "/api/v1/applications/{id}/actions", Map.of("action", "ACCEPT"), certificate)
                .status()).isEqualTo(200);

        JsonNode mine = section(first);
        JsonNode theirs = section(second);

        assertThat(mine.size()).isEqualTo(1);
        JsonNode application = mine.get(0);
        assertThat(application.path("id").asLong()).isEqualTo(certificate);
        assertThat(application.path("service_type").asString()).isEqualTo("RESIDENCE_CERTIFICATE");
        assertThat(application.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(application.path("applicant_name").asString()).isEqualTo("申请人甲");
        assertThat(application.path("phone").asString()).isEqualTo("13700001111");
        assertThat(application.path("address").asString()).isEqualTo("火电生活区");
        assertThat(application.path("details").asString()).isEqualTo("需要居住证明办理入学。");
        assertThat(application.path("community").asString()).isEqualTo("李家冲社区");
        assertThat(application.path("steps").findValuesAsString("action")).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(application.path("steps").get(1).path("actor").asString()).isEqualTo("lijiachong");
        assertThat(mine.toString()).doesNotContain("申请人乙", "13700002222", "八十岁");

        assertThat(theirs.size()).isEqualTo(1);
        assertThat(theirs.get(0).path("id").asLong()).isEqualTo(allowance);
        assertThat(theirs.get(0).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(theirs.get(0).path("phone").asString()).isEqualTo("13700002222");
        assertThat(theirs.toString()).doesNotContain("申请人甲", "13700001111", "入学");
    }

    @Test
    void a_user_who_never_applied_gets_an_empty_list() {
        UserSummary nobody = users.create("RESIDENT", "小湖塘社区");

        JsonNode section = section(nobody);

        assertThat(section.isArray()).isTrue();
        assertThat(section.size()).isZero();
    }

    private long apply(UserSummary user, String type, String name, String phone, String details) {
        Api.Response r = api.post(user.username(), "/api/v1/applications", Map.of("service_type", type,
                "applicant_name", name, "phone", phone, "address", "火电生活区", "details", details));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.id();
    }

    private JsonNode section(UserSummary user) {
        Api.Response copy = api.get(user.username(), "/api/v1/me/data");
        assertThat(copy.status()).isEqualTo(200);
        return copy.body().path("sections").path("service_applications");
    }
}
