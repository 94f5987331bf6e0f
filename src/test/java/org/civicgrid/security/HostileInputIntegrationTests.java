package org.civicgrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

/**
 * Every operation in the OpenAPI document, called with hostile input — malformed JSON, wrong types,
 * extra fields, oversized bodies, huge pages, negative and extreme numbers, invalid dates, odd Unicode,
 * path traversal — answers a 4xx problem (or a success), never a 500 and never a stack trace. The
 * operations come from {@code /v3/api-docs}, so new endpoints are covered without touching this test.
 */
@IntegrationTest
class HostileInputIntegrationTests {

    private static final List<String> PATH_VALUES = List.of("-1", "0", "99999999999999999999", "abc",
            "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE%F0%9F%92%A9", "1e309", "NaN");

    private static final List<String> BODIES = List.of(
            "{\"a\":",
            "[1,2,3]",
            "\"just a string\"",
            "{\"unexpected_field\": true}",
            "{\"lat\": \"north\", \"lng\": [], \"capacity\": -5, \"starts_on\": \"2023-02-30\", \"opens_at\": \"yesterday\"}",
            "{\"id\": 1, \"status\": \"CLOSED\", \"region_id\": -99999999999, \"title\": \"\\u202e\\u0000<script>alert(1)</script>\"}",
            "{\"size\": 1e400, \"page\": -1, \"votes_allowed\": 99999999999999999999999}",
            "{\"description\": \"" + "长".repeat(300_000) + "\"}");

    private static final String ODD_QUERY = "?page=-1&size=1000000&sort=nonsense,sideways&lat=NaN&lng=1e400&from=2023-13-45&to=yesterday"
            + "&status=%00&q=%27%20or%201%3D1--&name=%E2%80%AE";

    @Autowired
    Api api;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_hostile_input_without_a_server_error() {
        JsonNode doc = api.get("admin", "/v3/api-docs").body();
        assertThat(doc.path("paths").size()).as("operations in the OpenAPI document").isGreaterThan(3);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String template = path.getKey();
                tests.add(DynamicTest.dynamicTest(method + " " + template, () -> attack(method, template)));
            }
        }
        return tests.stream();
    }

    private void attack(String method, String template) {
        for (String user : new String[] {"admin", "resident1", null}) {
            for (String value : PATH_VALUES) {
                String uri = template.replaceAll("\\{[^}]+}", value);
                check(request(method, uri + ODD_QUERY), user, method + " " + uri);
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    for (String body : BODIES) {
                        check(request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body), user,
                                method + " " + uri + " with " + body.substring(0, Math.min(40, body.length())));
                        check(request(method, uri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content("lat=north&long=%00&service_code=..%2F..&description=" + "x".repeat(10_000)),
                                user, method + " " + uri + " form-encoded");
                    }
                }
            }
        }
    }

    private static MockHttpServletRequestBuilder request(String method, String uri) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), java.net.URI.create(uri));
    }

    private void check(MockHttpServletRequestBuilder request, String user, String what) {
        Api.Response r = api.send(request, user);
        assertThat(r.status()).as(what + " as " + user).isLessThan(500);
        String body = r.body().toString();
        assertThat(body).as(what + " leaks a stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        if (r.status() >= 400 && r.raw().getContentType() != null) {
            assertThat(r.raw().getContentType()).as(what + " content type")
                    .matches(t -> t.startsWith("application/problem+json") || t.startsWith("application/json")
                            || t.startsWith("application/xml") || t.startsWith("text/xml"));
        }
    }
}
