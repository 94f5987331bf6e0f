package org.civicgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.civicgrid.cases.NewCase;
import org.civicgrid.cases.web.Open311Input;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Fuzzing (Jazzer) of the Open311 GeoReport v2 reader: whatever a stranger posts or asks, the reader answers
 * either a request the service can take, or a 400 naming one of the spec's fields — never another exception.
 * The normal test run replays the inputs under {@code Open311InputFuzzTestsInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes one target for its {@code maxDuration} (see docs/RELIABILITY.md).
 */
class Open311InputFuzzTests {

    private static final List<String> KEYS = List.of("service_code", "lat", "long", "address_string", "description",
            "media_url", "first_name", "last_name", "email", "jurisdiction_id", "attribute[cover_type]", "attribute[]",
            "attribute[", "attribute[media_url]", "device_id", "account_id");
    private static final List<String> FORM_FIELDS = List.of("service_code", "lat", "long", "address_string");
    private static final List<String> SEARCH_FIELDS = List.of("service_request_id", "start_date", "end_date", "status");
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @FuzzTest(maxDuration = "60s")
    void a_posted_form_becomes_a_request_the_service_can_take_or_a_400(FuzzedDataProvider data) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        int fields = data.consumeInt(0, 12);
        for (int i = 0; i < fields; i++) {
            String key = data.consumeBoolean() ? data.pickValue(KEYS) : "attribute[" + data.consumeString(12) + "]";
            form.add(key, data.consumeString(60));
        }
        Open311Input.ServiceRequest read;
        try {
            read = Open311Input.serviceRequest(form);
        } catch (InvalidInputException refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors()).isNotEmpty();
            assertThat(refused.errors().get(0).field()).isIn(FORM_FIELDS);
            return;
        }
        NewCase c = read.newCase();
        assertThat(c.categoryCode()).isNotBlank();
        assertThat(c.lat() == null).as("lat and long together").isEqualTo(c.lng() == null);
        if (c.lat() == null) {
            assertThat(c.address()).as("a location").isNotBlank();
        } else {
            assertThat(c.lat()).isBetween(-90.0, 90.0);
            assertThat(c.lng()).isBetween(-180.0, 180.0);
        }
        assertThat(c.attributes().keySet()).allSatisfy(k -> assertThat(k).isNotBlank());
        assertThat(read.contactName()).isNotNull();
    }

    @FuzzTest(maxDuration = "60s")
    void a_search_asks_for_ids_or_a_window_or_is_a_400(FuzzedDataProvider data) {
        String ids = data.consumeBoolean() ? null : data.consumeString(40);
        String code = data.consumeBoolean() ? null : data.consumeString(20);
        String start = data.consumeBoolean() ? null : data.consumeString(30);
        String end = data.consumeBoolean() ? null : data.consumeString(30);
        String status = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        Open311Input.Search search;
        try {
            search = Open311Input.search(ids, code, start, end, status, NOW);
        } catch (InvalidInputException refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors().get(0).field()).isIn(SEARCH_FIELDS);
            return;
        }
        if (ids != null && !ids.isBlank()) {
            assertThat(search.ids()).as("a search by ids names at least one id").isNotEmpty()
                    .hasSizeLessThanOrEqualTo(Open311Input.MAX_REQUESTS);
        } else {
            assertThat(search.ids()).isNull();
            assertThat(search.start()).isNotNull();
            assertThat(search.end()).isNotNull().isAfterOrEqualTo(search.start());
        }
    }
}
