package org.civicgrid.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API as a given user, the way a client would: a bearer token from {@code /api/v1/auth/token}
 * (cached per user) and JSON in and out. Responses are plain {@link Response}s to assert on.
 */
public class Api {

    public static final String DEMO_PASSWORD = "demo-2026";

    public record Response(int status, JsonNode body, MockHttpServletResponse raw) {

        public String text(String field) {
            return body.path(field).asString();
        }

        public long id() {
            return body.path("id").asLong();
        }

        /** The last segment of the problem type, e.g. {@code course-full}. */
        public String problemType() {
            String type = body.path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    private final MockMvc mvc;
    private final JsonMapper json;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public String token(String username, String password) {
        return tokens.computeIfAbsent(username + "\u0000" + password, k -> {
            Response r = send(MockMvcRequestBuilders.post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("username", username, "password", password))), null);
            if (r.status() != 200) {
                throw new IllegalStateException("Cannot sign in as " + username + ": " + r.status() + " " + r.body());
            }
            return r.text("access_token");
        });
    }

    public Response get(String user, String path, Object... vars) {
        return send(MockMvcRequestBuilders.get(path, vars), user);
    }

    public Response post(String user, String path, Object body, Object... vars) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path, vars).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body instanceof String s ? s : write(body));
        }
        return send(request, user);
    }

    public Response delete(String user, String path, Object... vars) {
        return send(MockMvcRequestBuilders.delete(path, vars), user);
    }

    /** Any request, with the user's token added (null user: no token). */
    public Response send(MockHttpServletRequestBuilder request, String user) {
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(user));
        }
        try {
            org.springframework.test.web.servlet.MvcResult result = mvc.perform(request.accept(MediaType.APPLICATION_JSON,
                    MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
            }
            MockHttpServletResponse response = result.getResponse();
            String content = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode body = content.isBlank() ? json.nullNode() : readOrText(content);
            return new Response(response.getStatus(), body, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    private JsonNode readOrText(String content) {
        try {
            return json.readTree(content);
        } catch (RuntimeException e) {
            return json.getNodeFactory().textNode(content);
        }
    }
}
