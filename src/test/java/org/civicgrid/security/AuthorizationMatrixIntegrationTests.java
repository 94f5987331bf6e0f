package org.civicgrid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.civicgrid.support.Api;
import org.civicgrid.support.DemoRecords;
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
 * <p>A read (GET) that names a record is called three times per caller: with an id no record has (its line
 * has no suffix), and with a real record of each of two regions — the demo data's 小湖塘社区 in 天元区 and
 * 李家冲社区 in 石峰区 (lines ending with the region the record belongs to, e.g. {@code @小湖塘社区},
 * {@code @小湖塘社区第2网格} for a case, {@code @火电生活区} for a resident of 李家冲). So the file shows, for
 * instance, that {@code xiaohutang} reads its own community's case (200) and not 李家冲's (404),
 * {@code lijiachong} the reverse, {@code tianyuan} 200/404 and {@code admin} 200/200. The kind of record a
 * route names is read from its URL ({@code /cases/{id}}, {@code /residents/{id}}, {@code /pairing/units/{id}},
 * ...; see {@link #KINDS}); its record is the demo record with the lowest id in the community; where the demo
 * data has none there, one this test creates at its start through the API as the community's worker
 * ({@link #createMissing}: classes, campaigns, guides, volunteers, teams and activities of 李家冲社区); else the
 * demo record in the community's district (rivers, enforcement) — the line then names that region. A kind with
 * no record on a side at all has a line saying so, so a change in the demo data shows too.
 *
 * <p>Real records are only read. Writes (POST, PUT, PATCH, DELETE) are called with the missing id alone: a
 * write on a real demo record would change what other tests — and the reads of this one — rely on (a notice
 * withdrawn, a case closed, a patrol ended), and a write sent with an empty body is refused by its validation
 * before it reaches the record, so it would say little about scope. Cross-region writes are checked with
 * records each module's integration tests create themselves.
 *
 * <p>Whatever the file says, these rules always hold: no route answers 5xx to anyone; no API route
 * answers a caller without a token with anything but 401; a record that does not exist is never
 * found (a read with an id answers 4xx to everyone; so does an API write); and a caller that a route serves
 * for a record in its region is told 404, never 403, for a record outside it — its existence is not revealed.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

    static final List<String> USERS = List.of("-", "admin", "tianyuan", "xiaohutang", "lijiachong", "hexiaomin",
            "xiaohutang-grid1", "hezhang-city", "resident1", "resident2");

    private static final Path EXPECTED = Path.of("src/test/resources/security/authorization-matrix.tsv");

    /** An id no record has: the answer for it shows how the route treats a record that is not there. */
    private static final String MISSING = "987654321";

    /** The two regions whose records every route that names a record is called with. */
    private static final List<Side> SIDES = List.of(new Side("小湖塘社区", "天元区"), new Side("李家冲社区", "石峰区"));

    /**
     * The kinds of record a route names, by the words just before its first path variable: the table of the
     * record and the column holding its id (another than {@code id} where the record is found through a row
     * that points to it, e.g. a unit through its pairing with a community). First match wins.
     */
    static final List<Kind> KINDS = List.of(
            new Kind("/rivers/sections/", "river_section", "id"),
            new Kind("/rivers/patrols/", "river_patrol", "id"),
            new Kind("/rivers/problems/", "river_problem", "id"),
            new Kind("/rivers/chiefs/", "river_chief", "id"),
            new Kind("/rivers/projects/", "river_project", "id"),
            new Kind("/rivers/", "river_water_body", "id"),
            new Kind("/pairing/pairings/", "pairing", "id"),
            new Kind("/pairing/units/", "pairing", "unit_id"),
            new Kind("/pairing/needs/", "pairing_need", "id"),
            new Kind("/open311/v2/requests/", "case_file", "id"),
            new Kind("/cases/", "case_file", "id"),
            new Kind("/residents/", "resident", "id"),
            new Kind("/households/", "household", "id"),
            new Kind("/visits/", "visit", "id"),
            new Kind("/notices/", "notice_article", "id"),
            new Kind("/guides/", "service_guide", "id"),
            new Kind("/applications/", "service_application", "id"),
            new Kind("/courses/", "course", "id"),
            new Kind("/counselling/slots/", "counselling_slot", "id"),
            new Kind("/campaigns/", "campaign", "id"),
            new Kind("/activities/", "volunteer_activity", "id"),
            new Kind("/volunteers/", "volunteer", "id"),
            new Kind("/teams/", "volunteer_team", "id"),
            new Kind("/volunteer-teams/", "volunteer_team", "id"),
            new Kind("/volunteering/projects/", "volunteer_project", "id"),
            new Kind("/service-projects/", "volunteer_project", "id"),
            new Kind("/certificates/", "volunteer_certificate", "id"),
            new Kind("/enforcement/operations/", "enforcement_operation", "id"),
            new Kind("/dashboard/reports/", "dashboard_report", "id"),
            new Kind("/users/", "user_account", "id"),
            new Kind("/regions/", "region", "id"),
            new Kind("/communities/", "region", "id"));

    /** A region pair of the matrix: a community, and its district to fall back on. */
    record Side(String community, String district) {}

    /** A kind of record: the route prefix that names it, and where to find one. */
    record Kind(String prefix, String table, String idColumn) {}

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    Pages pages;

    @Autowired
    DemoRecords demo;

    @Test
    void every_route_answers_every_role_as_the_matrix_says() throws IOException {
        Map<String, Pages.Session> sessions = new LinkedHashMap<>();
        for (String user : USERS) {
            if (!user.equals("-")) {
                sessions.put(user, pages.signIn(user));
            }
        }
        createMissing();
        Map<String, String> scopes = new LinkedHashMap<>();
        USERS.stream().filter(u -> !u.equals("-")).forEach(u -> scopes.put(u, demo.scopeOf(u)));
        Map<String, String> actual = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        int requests = 0;
        for (Route route : routes()) {
            List<Target> targets = new ArrayList<>();
            targets.add(new Target("", fill(route.path(), MISSING), null));
            if (route.hasId() && route.method().equals("GET")) {
                for (Side side : SIDES) {
                    real(route, side).ifPresent(targets::add);
                }
            }
            for (Target target : targets) {
                if (target.path() == null) {
                    actual.put(route + target.label(), "no demo record");
                    continue;
                }
                StringBuilder line = new StringBuilder();
                Map<String, Integer> answers = new LinkedHashMap<>();
                for (String user : USERS) {
                    int status;
                    try {
                        status = call(route, target.path(), user, sessions.get(user));
                    } catch (RuntimeException e) {
                        status = 599;   // the request blew up inside the test's server: as bad as a 500
                        broken.add(route + target.label() + " as " + user + " failed: " + e);
                    }
                    requests++;
                    answers.put(user, status);
                    line.append(user).append('=').append(status).append(' ');
                    if (status >= 500 && status != 599) {
                        broken.add(route + target.label() + " as " + user + " answered " + status);
                    }
                    if (route.api() && user.equals("-") && !route.path().equals("/api/v1/auth/token") && status != 401) {
                        broken.add(route + target.label() + " without a token answered " + status + ", not 401");
                    }
                    // a page form answers a refusal by showing the form again with its errors, or by a redirect back
                    // with a message; the API always with 4xx. Page forms keep their answers in the matrix.
                    boolean refused = status >= 400 || (!route.api() && !route.method().equals("GET"));
                    if (target.record() == null && route.hasId() && !user.equals("-") && !refused) {
                        broken.add(route + " as " + user + " found a record that does not exist (" + status + ")");
                    }
                }
                actual.put(route + target.label(), line.toString().trim());
                if (target.record() != null) {
                    recordOf.put(route + target.label(), target.record());
                    answersByTarget.put(route + target.label(), answers);
                }
            }
            broken.addAll(notFoundNotForbidden(route, scopes));
        }
        assertThat(broken).as("rules every route keeps").isEmpty();
        System.out.printf("Authorization matrix: %d routes, %d lines, %d requests%n", routes().size(), actual.size(), requests);

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

    private int call(Route route, String path, String user, Pages.Session session) {
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

    private final Map<String, DemoRecords.Found> recordOf = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> answersByTarget = new LinkedHashMap<>();

    /**
     * The path of a route naming a real record of the side (its community, or else its district); empty when the
     * route's variable is no record of a region (a category code, a file name, a token).
     */
    private Optional<Target> real(Route route, Side side) {
        String prefix = route.path().substring(0, route.path().indexOf('{'));
        Kind kind = KINDS.stream().filter(k -> prefix.endsWith(k.prefix())).findFirst().orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        DemoRecords.Found community = demo.region(side.community());
        Optional<DemoRecords.Found> found;
        if (kind.table().equals("region")) {
            found = Optional.of(community);
        } else {
            found = demo.first(kind.table(), kind.idColumn(), community.regionPath())
                    .or(() -> Optional.ofNullable(created.get(kind.table() + "@" + side.community())))
                    .or(() -> demo.first(kind.table(), kind.idColumn(), demo.region(side.district()).regionPath()));
        }
        if (found.isEmpty()) {
            return Optional.of(new Target(" @" + side.district(), null, null));
        }
        DemoRecords.Found record = found.get();
        String path = route.path();
        if (path.contains("{sessionId}")) {
            path = path.replace("{sessionId}", demo.firstWhere("course_session", "course_id", record.id())
                    .map(String::valueOf).orElse(MISSING));
        }
        return Optional.of(new Target(" @" + record.regionName(), fill(path, String.valueOf(record.id())), record));
    }

    /** The route's path with its format variable as json (or xlsx), its first id {@code id}, any other the missing id. */
    private static String fill(String pattern, String id) {
        String path = pattern.replace(FORMAT_VARIABLE_JSON, "json").replace(FORMAT_VARIABLE_XLSX, "xlsx")
                .replaceFirst("\\{[^}/]+}", id);
        return path.replaceAll("\\{[^}/]+}", MISSING);
    }

    private final Map<String, DemoRecords.Found> created = new LinkedHashMap<>();

    /**
     * Records of the kinds the demo data holds only in 小湖塘社区, created in 李家冲社区 by its community worker, so
     * that their routes too are called with a record of each region.
     */
    private void createMissing() {
        String worker = "lijiachong";
        DemoRecords.Found community = demo.region("李家冲社区");
        String stamp = " " + System.nanoTime();
        OffsetDateTime soon = OffsetDateTime.now().plusDays(20);
        create(community, "course", api.post(worker, "/api/v1/courses", Map.of("title", "矩阵书法班" + stamp,
                "capacity", 10, "enrolment_rule", "FIRST_COME", "waiting_list", false,
                "starts_on", soon.toLocalDate().toString(), "ends_on", soon.plusDays(30).toLocalDate().toString())));
        create(community, "campaign", api.post(worker, "/api/v1/campaigns", Map.of("title", "矩阵好邻居" + stamp,
                "opens_at", OffsetDateTime.now().minusDays(1).toString(), "closes_at", soon.toString(),
                "rule", "ONE_PER_CANDIDATE", "votes_allowed", 1, "candidates", List.of(Map.of("name", "矩阵候选人")))));
        create(community, "service_guide", api.post(worker, "/api/v1/guides", Map.of("title", "矩阵办事指南" + stamp)));
        create(community, "volunteer", api.post(worker, "/api/v1/volunteers", Map.of("name", "矩阵志愿者",
                "id_type", "PASSPORT", "region_id", community.id())));
        Api.Response team = api.post(worker, "/api/v1/volunteer-teams", Map.of("name", "矩阵志愿队" + stamp,
                "organisation", "李家冲社区居委会"));
        create(community, "volunteer_team", team);
        create(community, "volunteer_activity", api.post(worker, "/api/v1/activities", Map.of("title", "矩阵清扫" + stamp,
                "type", "ENVIRONMENT", "place", "李家冲社区", "starts_at", soon.toString(),
                "ends_at", soon.plusHours(2).toString(), "capacity", 10, "team_id", team.id(),
                "organisation", "李家冲社区居委会", "responsible_person", "李家冲社区工作者", "contact_phone", "0731-00000000")));
    }

    private void create(DemoRecords.Found community, String table, Api.Response answer) {
        assertThat(answer.status()).as("creating a %s in %s: %s", table, community.regionName(), answer.body()).isEqualTo(201);
        created.put(table + "@" + community.regionName(),
                new DemoRecords.Found(answer.id(), community.regionName(), community.regionPath()));
    }

    /**
     * A caller whom a route serves for a record in its region (2xx) must be told 404 for a record outside it:
     * a 403 would reveal that the record exists.
     */
    private List<String> notFoundNotForbidden(Route route, Map<String, String> scopes) {
        List<String> out = new ArrayList<>();
        List<String> lines = answersByTarget.keySet().stream().filter(k -> k.startsWith(route + " @")).toList();
        for (String user : scopes.keySet()) {
            String scope = scopes.get(user);
            boolean servedInScope = lines.stream().anyMatch(l -> recordOf.get(l).regionPath().startsWith(scope)
                    && answersByTarget.get(l).get(user) / 100 == 2);
            for (String l : lines) {
                boolean outside = !recordOf.get(l).regionPath().startsWith(scope);
                if (servedInScope && outside && answersByTarget.get(l).get(user) == 403) {
                    out.add(l + " as " + user + " answered 403 for a record outside its region, not 404");
                }
            }
        }
        return out;
    }

    /** Where one call of a route goes: the suffix of its line, the path, and the real record (null: missing). */
    record Target(String label, String path, DemoRecords.Found record) {}

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

    private static final String FORMAT_VARIABLE_JSON = "{format:json|xml}";
    private static final String FORMAT_VARIABLE_XLSX = "{format:xlsx|pdf}";

    record Route(String method, String path) implements Comparable<Route> {

        boolean api() {
            return path.startsWith("/api/");
        }

        /** The route names a record (a path variable other than the response format). */
        boolean hasId() {
            return path.replace(FORMAT_VARIABLE_JSON, "").replace(FORMAT_VARIABLE_XLSX, "").contains("{");
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
