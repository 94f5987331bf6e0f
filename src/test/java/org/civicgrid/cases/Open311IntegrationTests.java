package org.civicgrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 as a 311 client uses it (no token): list services, read a definition, file a request
 * and read it back — in JSON and XML, with the spec's error list.
 */
@IntegrationTest
class Open311IntegrationTests {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode body(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder file(String format) {
        return post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void a_client_discovers_the_endpoint_and_lists_services_in_json_and_xml() throws Exception {
        JsonNode discovery = body(call(get("/open311/v2/discovery.json")));
        assertThat(discovery.path("endpoints").get(0).path("specification").asString())
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.path("endpoints").get(0).path("formats").toString()).contains("text/xml", "application/json");
        assertThat(text(call(get("/open311/v2/discovery.xml")))).contains("<discovery>", "<format>text/xml</format>");

        MockHttpServletResponse services = call(get("/open311/v2/services.json?jurisdiction_id=zhuzhou"));
        assertThat(services.getStatus()).isEqualTo(200);
        JsonNode list = body(services);
        JsonNode cover = null;
        for (JsonNode s : list) {
            if (s.path("service_code").asString().equals("drain-cover-damage")) {
                cover = s;
            }
        }
        assertThat(cover).isNotNull();
        assertThat(cover.path("metadata").asBoolean()).isTrue();
        assertThat(cover.path("type").asString()).isEqualTo("realtime");
        assertThat(cover.path("group").asString()).isEqualTo("公用设施");
        assertThat(list.findValuesAsString("service_code")).contains("river.sewage-outfall", "flying-wire-charging")
                .doesNotContain("component.public-facilities");

        MockHttpServletResponse xml = call(get("/open311/v2/services.xml"));
        assertThat(xml.getContentType()).startsWith("text/xml");
        assertThat(text(xml)).startsWith("<?xml").contains("<services><service><service_code>");

        JsonNode definition = body(call(get("/open311/v2/services/drain-cover-damage.json")));
        assertThat(definition.path("service_code").asString()).isEqualTo("drain-cover-damage");
        JsonNode attribute = definition.path("attributes").get(0);
        assertThat(attribute.path("code").asString()).isEqualTo("cover_type");
        assertThat(attribute.path("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(attribute.path("variable").asBoolean()).isTrue();
        assertThat(attribute.path("order").asInt()).isEqualTo(1);
        assertThat(attribute.path("values").findValuesAsString("key")).contains("sewage", "rain");
        assertThat(text(call(get("/open311/v2/services/river.dumping.xml")))).contains("<service_definition>",
                "<service_code>river.dumping</service_code><attributes></attributes>");

        MockHttpServletResponse missing = call(get("/open311/v2/services/no-such-service.json"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(body(missing).get(0).path("code").asInt()).isEqualTo(404);
        MockHttpServletResponse otherCity = call(get("/open311/v2/services.xml?jurisdiction_id=springfield"));
        assertThat(otherCity.getStatus()).isEqualTo(404);
        assertThat(text(otherCity)).contains("<errors><error><code>404</code><description>");
    }

    @Test
    void a_client_files_a_request_anonymously_and_reads_it_back() throws Exception {
        MockHttpServletResponse filed = call(file("json").param("jurisdiction_id", "zhuzhou")
                .param("service_code", "drain-cover-damage").param("lat", "27.8300").param("long", "113.0900")
                .param("address_string", "小湖塘社区 3 栋旁").param("description", "井盖缺失，很危险")
                .param("attribute[cover_type]", "sewage").param("email", "someone@example.org")
                .param("first_name", "张").param("last_name", "三").param("media_url", "https://example.org/cover.jpg"));
        assertThat(filed.getStatus()).isEqualTo(201);
        JsonNode receipt = body(filed).get(0);
        String id = receipt.path("service_request_id").asString();
        String token = receipt.path("token").asString();
        assertThat(id).matches("\\d+");

        JsonNode one = body(call(get("/open311/v2/requests/" + id + ".json"))).get(0);
        assertThat(one.path("service_request_id").asString()).isEqualTo(id);
        assertThat(one.path("status").asString()).isEqualTo("open");
        assertThat(one.path("service_code").asString()).isEqualTo("drain-cover-damage");
        assertThat(one.path("description").asString()).isEqualTo("井盖缺失，很危险");
        assertThat(one.path("lat").asDouble()).isEqualTo(27.83);
        assertThat(one.path("long").asDouble()).isEqualTo(113.09);
        assertThat(one.path("media_url").asString()).isEqualTo("https://example.org/cover.jpg");
        assertThat(one.path("requested_datetime").asString()).endsWith("+08:00");
        assertThat(one.path("expected_datetime").asString()).endsWith("+08:00");
        assertThat(one.toString()).doesNotContain("someone@example.org", "张 三");

        String xml = text(call(get("/open311/v2/requests/" + id + ".xml")));
        assertThat(xml).contains("<service_requests><request><service_request_id>" + id + "</service_request_id>",
                "<status>open</status>", "<service_code>drain-cover-damage</service_code>");

        JsonNode byToken = body(call(get("/open311/v2/tokens/" + token + ".json"))).get(0);
        assertThat(byToken.path("service_request_id").asString()).isEqualTo(id);

        assertThat(body(call(get("/open311/v2/requests.json?service_request_id=" + id))).findValuesAsString(
                "service_request_id")).containsExactly(id);
        assertThat(body(call(get("/open311/v2/requests.json?service_code=drain-cover-damage&status=open")))
                .findValuesAsString("service_request_id")).contains(id);
        assertThat(body(call(get("/open311/v2/requests.json?service_code=drain-cover-damage&status=closed")))
                .findValuesAsString("service_request_id")).doesNotContain(id);
        assertThat(body(call(get("/open311/v2/requests.json"))).findValuesAsString("service_request_id")).contains(id);
        assertThat(body(call(get("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")))
                .findValuesAsString("service_request_id")).doesNotContain(id);

        MockHttpServletResponse xmlFiled = call(file("xml").param("service_code", "street-lamp-fault")
                .param("address_string", "株洲市天元区某路口"));
        assertThat(xmlFiled.getStatus()).isEqualTo(201);
        assertThat(text(xmlFiled)).contains("<service_requests><request><service_request_id>", "<token>");
    }

    @Test
    void bad_requests_get_the_specs_error_list() throws Exception {
        MockHttpServletResponse noLocation = call(file("json").param("service_code", "drain-cover-damage")
                .param("description", "没有位置"));
        assertThat(noLocation.getStatus()).isEqualTo(400);
        JsonNode error = body(noLocation).get(0);
        assertThat(error.path("code").asInt()).isEqualTo(400);
        assertThat(error.path("description").asString()).contains("location");

        MockHttpServletResponse noCode = call(file("xml").param("lat", "27.83").param("long", "113.09"));
        assertThat(noCode.getStatus()).isEqualTo(400);
        assertThat(text(noCode)).contains("<errors><error><code>400</code><description>service_code: required");

        MockHttpServletResponse badValue = call(file("json").param("service_code", "drain-cover-damage")
                .param("lat", "27.83").param("long", "113.09").param("attribute[cover_type]", "gold"));
        assertThat(badValue.getStatus()).isEqualTo(400);
        assertThat(body(badValue).get(0).path("description").asString()).contains("cover_type");

        assertThat(call(file("json").param("service_code", "nope").param("lat", "27.83").param("long", "113.09"))
                .getStatus()).isEqualTo(400);
        assertThat(call(get("/open311/v2/requests.json?status=pending")).getStatus()).isEqualTo(400);
        assertThat(call(get("/open311/v2/requests.json?start_date=yesterday")).getStatus()).isEqualTo(400);
        assertThat(call(get("/open311/v2/requests.json?service_request_id=1,x")).getStatus()).isEqualTo(400);
        assertThat(call(get("/open311/v2/requests.json?service_request_id=,")).getStatus()).isEqualTo(400);
        MockHttpServletResponse unknown = call(get("/open311/v2/requests/999999999.xml"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(text(unknown)).contains("<errors><error><code>404</code>");
        assertThat(call(get("/open311/v2/tokens/no-such-token.json")).getStatus()).isEqualTo(404);
    }
}
