package org.civicgrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route of the running application × every demo account (and no account), generated from the
 * handler mappings so that a new endpoint or page cannot slip through unclassified.
 *
 * <p>The expected answers live in {@code src/test/resources/security/authorization-matrix.tsv}, one line
 * per route: who gets in (2xx, or a redirect on a page form), who is turned away (403), who sees nothing
 * (404), who must sign in (401 / redirect to the sign-in page). A route missing from the file, or an
 * answer that changed, fails the test with the lines to review; after reviewing them, regenerate with
 * {@code ./mvnw test -Dtest=AuthorizationMatrixIntegrationTests -Dmatrix.record=true}.
 *
 * <p>Whatever the file says, three rules always hold: no route answers 5xx to anyone; no API route
 * answers a caller without a token with anything but 401; and a record that does not exist is never
 * found (a read with an id answers 4xx to everyone; so does an API write).
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

    static final List<String> USERS = List.of("-", "admin", "tianyuan", "xiaohutang", "lijiachong", "hexiaomin",
            "xiaohutang-grid1", "hezhang-city", "resident1", "resident2");

    private static final Path EXPECTED = Path.of("src/test/resources/security/authorization-matrix.tsv");

    /** An id no record has: the answer for it shows how the route treats a record that is not there. */
    private static final String MISSING = "987654321";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Test
    void every_route_answers_every_role_as_the_matrix_says() throws IOException {
        Map<String, Pages.Session> sessions = new LinkedHashMap<>();
        for (String user : USERS) {
            if (!user.equals("-")) {
                sessions.put(user, pages.signIn(user));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        for (Route route : routes()) {
            StringBuilder line = new StringBuilder();
            for (String user : USERS) {
                int status;
                try {
                    status = call(route, user, sessions.get(user));
                } catch (RuntimeException e) {
                    status = 599;   // the request blew up inside the test's server: as bad as a 500
                    broken.add(route + " as " + user + " failed: " + e);
                }
                line.append(user).append('=').append(status).append(' ');
                if (status >= 500 && status != 599) {
                    broken.add(route + " as " + user + " answered " + status);
                }
                if (route.api() && user.equals("-") && !route.path().equals("/api/v1/auth/token") && status != 401) {
                    broken.add(route + " without a token answered " + status + ", not 401");
                }
                // a page form answers a refusal by showing the form again with its errors, or by a redirect back
                // with a message; the API always with 4xx. Page forms keep their answers in the matrix.
                boolean refused = status >= 400 || (!route.api() && !route.method().equals("GET"));
                if (route.hasId() && !user.equals("-") && !refused) {
                    broken.add(route + " as " + user + " found a record that does not exist (" + status + ")");
                }
            }
            actual.put(route.toString(), line.toString().trim());
        }
        assertThat(broken).as("rules every route keeps").isEmpty();

        if (Boolean.getBoolean("matrix.record")) {
            Files.createDirectories(EXPECTED.getParent());
            StringBuilder out = new StringBuilder("# route\tanswers (- = no account); regenerate with -Dmatrix.record=true after review\n");
            actual.forEach((route, answers) -> out.append(route).append('\t').append(answers).append('\n'));
            Files.writeString(EXPECTED, out, StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                expected.put(parts[0], parts[1].trim());
            }
        }
        List<String> differences = new ArrayList<>();
        Set<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String route : all) {
            String want = expected.get(route);
            String got = actual.get(route);
            if (want == null) {
                differences.add("new, unclassified: " + route + "\t" + got);
            } else if (got == null) {
                differences.add("gone: " + route);
            } else if (!want.equals(got)) {
                differences.add(route + "\n   expected " + want + "\n   actual   " + got);
            }
        }
        assertThat(differences).as("routes whose answers differ from " + EXPECTED).isEmpty();
    }

    private int call(Route route, String user, Pages.Session session) {
        String path = route.path().replaceAll("\\{[^}/]+}", MISSING);
        HttpMethod method = HttpMethod.valueOf(route.method());
        var request = MockMvcRequestBuilders.request(method, path);
        if (route.api()) {
            if (!route.method().equals("GET")) {
                request.contentType("application/json").content("{}");
            }
            return api.send(request, user.equals("-") ? null : user).status();
        }
        if (!route.method().equals("GET")) {
            request.with(csrf());
        }
        return pages.perform(request, session).status();
    }

    /** Reads: every route. Writes: only those that name a record by id, called with an id that does not exist. */
    private List<Route> routes() {
        Set<Route> out = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.contains("**")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Route route = new Route(m.name(), pattern);
                    if (m == RequestMethod.GET || route.hasId()) {
                        out.add(route);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    record Route(String method, String path) implements Comparable<Route> {

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean hasId() {
            return path.contains("{");
        }

        @Override
        public int compareTo(Route o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
