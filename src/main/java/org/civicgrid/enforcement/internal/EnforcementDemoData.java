package org.civicgrid.enforcement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.EnforcementCatalogue;
import org.civicgrid.enforcement.EnforcementCatalogue.AddRoad;
import org.civicgrid.enforcement.EnforcementManagement;
import org.civicgrid.enforcement.RecordOperation;
import org.civicgrid.enforcement.RoadView;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo enforcement officers, roads and five operations — the fifth is the one in the seed newspaper
 * (第五次创文联合执法, 9 May 2023). Everything goes through the module's own services, so the demo data
 * obeys the same rules as what officers record, and operations reach the search index the same way.
 */
@Component
class EnforcementDemoData implements StartupDataset {

    static final String PASSWORD = "demo-2026";

    private final AccountManagement accounts;
    private final EnforcementCatalogue catalogue;
    private final EnforcementManagement management;
    private final Regions regions;

    EnforcementDemoData(AccountManagement accounts, EnforcementCatalogue catalogue, EnforcementManagement management,
            Regions regions) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.management = management;
        this.regions = regions;
    }

    @Override
    public String name() { return "enforcement.demo"; }

    @Override
    public int order() { return 70; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        JsonNode operations = read("enforcement/demo-operations.json");
        JsonNode roads = read("enforcement/demo-roads.json");
        for (JsonNode officer : operations.path("officers")) {
            accounts.registerDemo(new CreateUser(officer.path("username").asString(), PASSWORD,
                    officer.path("display_name").asString(), Set.of(Role.ENFORCEMENT_OFFICER.name()),
                    district(officer.path("region").asString()).id()));
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(systemContext());
        try {
            Map<String, Long> roadIds = new HashMap<>();
            for (JsonNode road : roads.path("roads")) {
                RoadView added = catalogue.addRoad(new AddRoad(road.path("name").asString(),
                        district(road.path("region").asString()).id(), null, null,
                        "{\"type\":\"LineString\",\"coordinates\":" + road.path("line") + "}"));
                roadIds.put(added.name(), added.id());
            }
            for (JsonNode op : operations.path("operations")) {
                management.record(operation(op, roadIds));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private RecordOperation operation(JsonNode op, Map<String, Long> roadIds) {
        List<Long> roads = new ArrayList<>();
        op.path("roads").forEach(r -> roads.add(roadId(roadIds, r.asString())));
        List<String> departments = new ArrayList<>();
        op.path("departments").forEach(d -> departments.add(d.asString()));
        List<RecordOperation.Tally> tallies = new ArrayList<>();
        for (JsonNode t : op.path("tallies")) {
            tallies.add(new RecordOperation.Tally(t.path("type").asString(),
                    t.hasNonNull("road") ? roadId(roadIds, t.path("road").asString()) : null, t.path("count").asInt(),
                    t.hasNonNull("action") ? EnforcementAction.valueOf(t.path("action").asString()) : null,
                    t.hasNonNull("note") ? t.path("note").asString() : null));
        }
        return new RecordOperation(op.path("number").asString(), LocalDate.parse(op.path("date").asString()),
                district(op.path("region").asString()).id(), roads, departments, op.path("lead").asString(),
                op.path("notes").asString(null), tallies);
    }

    private static Long roadId(Map<String, Long> roadIds, String name) {
        Long id = roadIds.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo road missing: " + name);
        }
        return id;
    }

    private RegionRef district(String name) {
        return regions.search(name, null, 5).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }

    /** Demo data is recorded by "system", acting for the whole city. */
    private SecurityContext systemContext() {
        RegionRef root = regions.root();
        CurrentUser system = new CurrentUser(0, "system", "系统导入", Set.of(Role.PLATFORM_ADMIN), root.id(), root.path());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(system, null,
                List.of(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()))));
        return context;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
