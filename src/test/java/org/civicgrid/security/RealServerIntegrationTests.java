package org.civicgrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.civicgrid.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a real HTTP server shows: cookies as the browser receives them, Tomcat's own refusals. */
@ServerTest
class RealServerIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = get("/login");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void a_request_tomcat_cannot_read_gets_a_problem_not_an_html_report() throws Exception {
        // a raw, unencoded character in the query is refused by Tomcat before the application sees it
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/regions?name=%E5%B0%8F")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.net.Socket socket = new java.net.Socket("localhost", port);
        socket.getOutputStream().write(("GET /api/v1/regions?name=小 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        socket.close();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html")
                .doesNotContain("Apache Tomcat");
    }
}
