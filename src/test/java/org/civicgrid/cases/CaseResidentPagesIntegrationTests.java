package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A resident reports on a phone, follows the report and rates it; the public sees cases without names. */
@IntegrationTest
class CaseResidentPagesIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    Pages pages;

    @Autowired
    Api api;

    @Test
    void a_resident_reports_with_a_photo_and_a_pin_and_follows_it_in_my_reports() {
        Pages.Session resident = pages.signIn("resident1");
        Pages.Page form = pages.get(resident, "/cases/report");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("data-lat-input=\"lat\"", "data-lng-input=\"lng\"",
                "data-locate-button=\"locate-btn\"", "使用我的位置", "accept=\"image/*\"", "name=\"anonymous\"")
                .contains("value=\"drain-blocked\"");

        String words = "楼道口井盖松动 " + System.nanoTime();
        Pages.Page created = pages.perform(report(words, "27.8300", "113.0900")
                .file(new MockMultipartFile("photos", "cover.png", "image/png", PNG)), resident);
        assertThat(created.redirect()).matches("/cases/\\d+");
        long id = Long.parseLong(created.redirect().substring("/cases/".length()));

        Pages.Page detail = pages.get(resident, created.redirect());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.html()).contains(words, "已上报", "办理过程", "/files/", "对公众匿名")
                .doesNotContain("现在可以办理");

        Pages.Page mine = pages.get(resident, "/cases/mine");
        assertThat(mine.html()).contains(words, "/cases/" + id, "上报");

        // the public sees the case, never who reported it
        Pages.Page publicList = pages.get(null, "/public/cases?state=open");
        assertThat(publicList.status()).isEqualTo(200);
        assertThat(publicList.html()).contains(words, "/public/cases/" + id, "data-geojson-url");
        Pages.Page publicDetail = pages.get(null, "/public/cases/" + id);
        assertThat(publicDetail.status()).isEqualTo(200);
        String reporterName = api.get("xiaohutang", "/api/v1/cases/{id}", id).text("reporter_name");
        assertThat(reporterName).isNotBlank();
        assertThat(publicDetail.html()).contains(words).doesNotContain(reporterName);
        assertThat(pages.get(null, "/public/cases/map.geojson?state=open").html()).contains("/public/cases/" + id);
    }

    @Test
    void a_report_without_a_pin_or_a_category_shows_what_is_missing_and_keeps_what_was_typed() {
        Pages.Session resident = pages.signIn("resident1");
        Pages.Page refused = pages.perform(MockMvcRequestBuilders.multipart("/cases/report").with(csrf())
                .param("description", "路灯不亮了").param("categoryCode", ""), resident);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("error-summary", "请在地图上点选问题位置", "请选择问题类别", "路灯不亮了");

        Pages.Page outside = pages.perform(report("路灯不亮", "20.0000", "100.0000"), resident);
        assertThat(outside.status()).isEqualTo(200);
        assertThat(outside.html()).contains("不在任何网格内");

        Pages.Page notAPhoto = pages.perform(report("路灯不亮", "27.8300", "113.0900")
                .file(new MockMultipartFile("photos", "x.png", "image/png", "<html>".getBytes())), resident);
        assertThat(notAPhoto.status()).isEqualTo(200);
        assertThat(notAPhoto.html()).contains("error-summary");
    }

    @Test
    void the_reporter_rates_a_closed_case_once_and_others_are_refused() {
        long id = api.post("resident1", "/api/v1/cases", Map.of("category_code", "drain-blocked", "description",
                "雨水口堵塞 " + System.nanoTime(), "lat", 27.83, "lng", 113.09, "address", "小湖塘")).id();
        for (String[] s : new String[][] {{"REGISTER", null}, {"DISPATCH", null}, {"HANDLE", "已更换灯泡"},
                {"VERIFY", "核查通过"}, {"CLOSE", "结案"}}) {
            java.util.Map<String, Object> body = new java.util.HashMap<>();
            body.put("action", s[0]);
            body.put("comment", s[1]);
            assertThat(api.post("xiaohutang", "/api/v1/cases/{id}/transitions", body, id).status()).isEqualTo(200);
        }
        Pages.Session resident = pages.signIn("resident1");
        Pages.Page detail = pages.get(resident, "/cases/" + id);
        assertThat(detail.html()).contains("已结案", "评价办理结果", "name=\"rating\"");

        Pages.Page noStars = pages.post(resident, "/cases/{id}/rating", Map.of("comment", "好"), id);
        assertThat(noStars.status()).isEqualTo(200);
        assertThat(noStars.html()).contains("请选择 1 到 5 星");

        Pages.Page rated = pages.post(resident, "/cases/{id}/rating", Map.of("rating", "5", "comment", "修得很快"), id);
        assertThat(rated.redirect()).isEqualTo("/cases/" + id);
        Pages.Page after = pages.get(resident, rated.redirect());
        assertThat(after.html()).contains("感谢您的评价", "5 星", "修得很快").doesNotContain("name=\"rating\"");

        Pages.Page again = pages.post(resident, "/cases/{id}/rating", Map.of("rating", "4"), id);
        assertThat(again.redirect()).isEqualTo("/cases/" + id);
        assertThat(pages.get(resident, again.redirect()).html()).contains("这个案件已经评价过了");

        // a resident may not open the queue or the figures
        assertThat(pages.get(resident, "/cases").redirect()).isEqualTo("/cases/mine");
        assertThat(pages.get(resident, "/cases/evaluation").status()).isEqualTo(403);
        assertThat(pages.get(pages.signIn("resident2"), "/cases/" + id).status()).isEqualTo(404);
    }

    private static MockMultipartHttpServletRequestBuilder report(String words, String lat, String lng) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/cases/report");
        request.with(csrf()).param("categoryCode", "drain-blocked").param("description", words).param("lat", lat)
                .param("lng", lng).param("address", "小湖塘社区 3 栋").param("urgency", "NORMAL")
                .param("anonymous", "true");
        return request;
    }
}
