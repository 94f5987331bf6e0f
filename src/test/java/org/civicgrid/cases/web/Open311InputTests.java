package org.civicgrid.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.NewCase;
import org.civicgrid.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class Open311InputTests {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    static MultiValueMap<String, String> form(String... kv) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            form.add(kv[i], kv[i + 1]);
        }
        return form;
    }

    static String refusedField(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInputException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.errors().get(0).field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_client_files_a_point_with_attributes_a_photo_link_and_a_name() {
        Open311Input.ServiceRequest r = Open311Input.serviceRequest(form("service_code", " drain-cover-damage ",
                "lat", "27.83", "long", "113.09", "description", " 井盖缺失 ", "attribute[cover_type]", "sewage",
                "media_url", "https://example.org/cover.jpg", "first_name", "张", "last_name", "三", "email", "x@example.org"));
        NewCase c = r.newCase();
        assertThat(c.categoryCode()).isEqualTo("drain-cover-damage");
        assertThat(c.lat()).isEqualTo(27.83);
        assertThat(c.lng()).isEqualTo(113.09);
        assertThat(c.description()).isEqualTo("井盖缺失");
        assertThat(c.anonymous()).isTrue();
        assertThat(c.attributes()).isEqualTo(Map.of("cover_type", "sewage", CaseManagement.MEDIA_URL,
                "https://example.org/cover.jpg"));
        assertThat(r.contactName()).isEqualTo("张 三");
    }

    @Test
    void an_address_alone_is_enough_but_no_location_at_all_is_refused() {
        assertThat(Open311Input.serviceRequest(form("service_code", "street-lamp-fault", "address_string", "株洲市天元区某路口"))
                .newCase().address()).isEqualTo("株洲市天元区某路口");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "street-lamp-fault"))))
                .isEqualTo("address_string");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("lat", "27.83", "long", "113.09"))))
                .isEqualTo("service_code");
    }

    @Test
    void a_point_needs_both_halves_and_numbers() {
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "lat", "27.83"))))
                .isEqualTo("long");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "lat", "north", "long", "1"))))
                .isEqualTo("lat");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "lat", "NaN", "long", "1"))))
                .isEqualTo("lat");
    }

    @Test
    void a_search_by_ids_names_those_ids_and_nothing_else() {
        assertThat(Open311Input.search(" 12, 13 ", "ignored", "yesterday", null, "pending", NOW).ids())
                .containsExactly(12L, 13L);
        assertThat(refusedField(() -> Open311Input.search("1,x", null, null, null, null, NOW)))
                .isEqualTo("service_request_id");
    }

    @Test
    void a_list_of_commas_is_not_a_search_for_everything() {
        // found by Open311InputFuzzTests: "," split into no ids at all, and the search then answered every case
        assertThat(refusedField(() -> Open311Input.search(",", null, null, null, null, NOW))).isEqualTo("service_request_id");
        assertThat(refusedField(() -> Open311Input.search("1,,2", null, null, null, null, NOW))).isEqualTo("service_request_id");
        assertThat(refusedField(() -> Open311Input.search("-1", null, null, null, null, NOW))).isEqualTo("service_request_id");
    }

    @Test
    void control_characters_are_no_address_and_a_point_must_lie_on_the_globe() {
        // found by Open311InputFuzzTests: an address of control characters counted as a location
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "address_string", "\u0013\u0013"))))
                .isEqualTo("address_string");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "lat", "27.8", "long", "1e9"))))
                .isEqualTo("long");
        assertThat(refusedField(() -> Open311Input.serviceRequest(form("service_code", "x", "lat", "-90.5", "long", "113"))))
                .isEqualTo("lat");
        assertThat(Open311Input.serviceRequest(form("service_code", "x", "address_string", "a", "attribute[]", "v",
                "attribute[ cover_type ]", "rain")).newCase().attributes()).isEqualTo(Map.of("cover_type", "rain"));
    }

    @Test
    void a_search_without_dates_covers_the_last_ninety_days() {
        Open311Input.Search s = Open311Input.search(null, "drain-cover-damage", null, null, "open", NOW);
        assertThat(s.ids()).isNull();
        assertThat(s.start()).isEqualTo(NOW.minus(Open311Input.DEFAULT_WINDOW));
        assertThat(s.end()).isEqualTo(NOW);
        assertThat(s.open()).isTrue();
        assertThat(Open311Input.search(null, null, null, null, "open,closed", NOW).open()).isNull();
    }

    @Test
    void a_day_reads_as_the_whole_day_in_zhuzhou() {
        Open311Input.Search s = Open311Input.search(null, null, "2026-05-01", "2026-05-01", null, NOW);
        assertThat(s.start()).isEqualTo(Instant.parse("2026-04-30T16:00:00Z"));
        assertThat(s.end()).isEqualTo(Instant.parse("2026-05-01T16:00:00Z"));
    }

    @Test
    void dates_that_are_not_dates_or_run_backwards_are_refused() {
        assertThat(refusedField(() -> Open311Input.search(null, null, "yesterday", null, null, NOW))).isEqualTo("start_date");
        assertThat(refusedField(() -> Open311Input.search(null, null, null, "1900-01-01", null, NOW))).isEqualTo("end_date");
        assertThat(refusedField(() -> Open311Input.search(null, null, "2026-05-02", "2026-05-01T00:00:00+08:00", null, NOW)))
                .isEqualTo("end_date");
        assertThat(refusedField(() -> Open311Input.search(null, null, null, null, "pending", NOW))).isEqualTo("status");
        assertThat(List.of(Open311Input.search(null, null, "2026-05-01T10:00:00+08:00", null, "CLOSED", NOW).open()))
                .containsExactly(false);
    }
}
