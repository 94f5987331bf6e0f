package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * A resident in the one search box: the index holds what lists show (name, masked ID number) plus what every
 * searcher reads on the resident's page (address, care tags, notes), never the ID number, phone or health notes.
 */
@IntegrationTest
@RecordApplicationEvents
@EnableScenarios
@Import(ResidentFixtures.class)
class ResidentSearchEntryIntegrationTests {

    @Autowired
    ResidentFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Test
    void registering_a_resident_tells_the_search_index_with_a_masked_title_and_no_number_or_phone() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);

        long id = fixtures.resident("lijiachong", household, "搜索测试", idNumber, "13612345678", List.of("DISABLED")).id();

        SearchableChanged entry = events.stream(SearchableChanged.class).filter(e -> e.id().equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(entry.kind()).isEqualTo("resident");
        assertThat(entry.title()).startsWith("搜索测试").contains(PersonalDataMask.idNumber(idNumber));
        assertThat(entry.text()).contains("残疾人").contains("李家冲社区");
        assertThat(entry.title() + entry.text()).doesNotContain(idNumber).doesNotContain("13612345678")
                .doesNotContain("高血压");
        assertThat(entry.url()).isEqualTo("/residents/" + id);
        assertThat(entry.regionPath()).startsWith(fixtures.firstGrid("李家冲社区").path());
    }

    @Test
    void an_official_searching_sees_a_resident_masked_as_on_their_list_and_the_notes_their_page_shows_them(
            Scenario scenario) {
        String official = users.create("DISTRICT_OFFICIAL", "石峰区").username();
        String elsewhere = users.create("DISTRICT_OFFICIAL", "天元区").username();
        String idNumber = TestIdNumbers.adult(Gender.FEMALE);
        String phone = "13987654321";
        Map<String, Object> body = new HashMap<>();
        body.put("household_id", fixtures.household("lijiachong", "李家冲社区"));
        body.put("name", "蔺秋棠");
        body.put("id_number", idNumber);
        body.put("phone", phone);
        body.put("care_tags", List.of("DISABLED"));
        body.put("health_notes", "阿尔茨海默病早期");
        body.put("notes", "女儿在深圳务工，每周来电一次");
        Api.Response created = api.post("lijiachong", "/api/v1/residents", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.id();
        String url = "/residents/" + id;

        scenario.stimulate(() -> null).andWaitForStateChange(() -> hit(official, "秋棠", url), h -> h != null);
        JsonNode hit = hit(official, "秋棠", url);
        JsonNode byNotes = hit(official, "深圳务工", url);

        assertThat(hit.path("title").asString()).isEqualTo("蔺秋棠 · " + PersonalDataMask.idNumber(idNumber));
        // the notes are on the resident's page for this official, so they are in what search shows them
        assertThat(api.get(official, "/api/v1/residents/{id}", id).text("notes")).isEqualTo("女儿在深圳务工，每周来电一次");
        assertThat(snippet(byNotes)).contains("深圳务工");
        // the ID number, phone and health notes whole are for the community's workers, on the page alone
        for (JsonNode shown : List.of(hit, byNotes)) {
            assertThat(shown.toString()).doesNotContain(idNumber).doesNotContain(phone).doesNotContain("阿尔茨海默");
        }
        for (String searcher : List.of(official, "lijiachong")) {
            assertThat(hit(searcher, idNumber, url)).as("the whole ID number finds nothing").isNull();
            assertThat(hit(searcher, phone, url)).as("the phone finds nothing").isNull();
            assertThat(hit(searcher, "阿尔茨海默", url)).as("health notes find nothing").isNull();
        }
        // the community's worker sees the ID number whole on the page, yet search shows everyone the list's mask
        assertThat(api.get("lijiachong", "/api/v1/residents/{id}", id).text("id_number")).isEqualTo(idNumber);
        assertThat(hit("lijiachong", "秋棠", url).path("title").asString())
                .isEqualTo("蔺秋棠 · " + PersonalDataMask.idNumber(idNumber));
        assertThat(hit(elsewhere, "秋棠", url)).as("another district").isNull();
    }

    /** The resident's result for {@code user} searching {@code q}, or null when the search does not find it. */
    private JsonNode hit(String user, String q, String url) {
        Api.Response r = api.get(user, "/api/v1/search?q={q}&kind=resident&size=50", q);
        assertThat(r.status()).as("search as %s: %s", user, r.body()).isEqualTo(200);
        return r.body().path("items").valueStream().filter(h -> h.path("url").asString().equals(url)).findFirst()
                .orElse(null);
    }

    private static String snippet(JsonNode hit) {
        StringBuilder text = new StringBuilder();
        hit.path("snippet").forEach(piece -> text.append(piece.path("text").asString()));
        return text.toString();
    }
}
