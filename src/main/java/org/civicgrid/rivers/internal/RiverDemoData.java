package org.civicgrid.rivers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.Funding;
import org.civicgrid.rivers.ProblemCategory;
import org.civicgrid.rivers.ProjectStage;
import org.civicgrid.rivers.ProjectType;
import org.civicgrid.rivers.RiverCommands.AddSegment;
import org.civicgrid.rivers.RiverCommands.AppointChief;
import org.civicgrid.rivers.RiverCommands.EnterPatrol;
import org.civicgrid.rivers.RiverCommands.RegisterWaterBody;
import org.civicgrid.rivers.RiverCommands.ReportProblem;
import org.civicgrid.rivers.RiverManagement;
import org.civicgrid.rivers.RiverPatrolManagement;
import org.civicgrid.rivers.WaterClass;
import org.civicgrid.rivers.WaterQualityManagement;
import org.civicgrid.rivers.WaterbodyType;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rivers, chiefs, patrols, problems, sections, projects and campaigns of the seed pages, from
 * {@code data/rivers/demo-rivers.json}. Registry, patrols, problems and samples go through the module's services, so
 * the demo obeys the same rules and the seed problems reach casework as cases by event.
 */
@Component
class RiverDemoData implements StartupDataset {

    static final String RESOURCE = "data/rivers/demo-rivers.json";

    private final RiverManagement registry;
    private final RiverPatrolManagement patrols;
    private final WaterQualityManagement quality;
    private final RiverProjectRepository projects;
    private final RiverProjectNoteRepository notes;
    private final RiverCampaignRepository campaigns;
    private final RiverCampaignFigureRepository figures;
    private final RiverRotaTurnRepository rota;
    private final RiverChiefRepository chiefs;
    private final Regions regions;
    private final Clock clock;

    RiverDemoData(RiverManagement registry, RiverPatrolManagement patrols, WaterQualityManagement quality,
            RiverProjectRepository projects, RiverProjectNoteRepository notes, RiverCampaignRepository campaigns,
            RiverCampaignFigureRepository figures, RiverRotaTurnRepository rota, RiverChiefRepository chiefs,
            Regions regions, Clock clock) {
        this.registry = registry;
        this.patrols = patrols;
        this.quality = quality;
        this.projects = projects;
        this.notes = notes;
        this.campaigns = campaigns;
        this.figures = figures;
        this.rota = rota;
        this.chiefs = chiefs;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "rivers.demo"; }

    @Override
    public int order() { return 55; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        JsonNode data = read(RESOURCE);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(systemContext());
        try {
            Map<String, Long> segments = new HashMap<>();
            for (JsonNode body : data.path("water_bodies")) {
                long bodyId = registry.registerWaterBody(new RegisterWaterBody(body.path("code").asString(),
                        body.path("name").asString(), WaterbodyType.valueOf(body.path("type").asString()),
                        decimal(body, "length_km"), decimal(body, "area_km2"), text(body, "basin"),
                        text(body, "description"), region(body.path("region").asString()).id()));
                for (JsonNode seg : body.path("segments")) {
                    String geometry = seg.has("line")
                            ? "{\"type\":\"LineString\",\"coordinates\":" + seg.path("line") + "}"
                            : "{\"type\":\"Polygon\",\"coordinates\":" + seg.path("polygon") + "}";
                    long segId = registry.addSegment(new AddSegment(bodyId, seg.path("name").asString(),
                            decimal(seg, "length_km"), region(seg.path("region").asString()).id(), geometry));
                    segments.put(body.path("name").asString() + "/" + seg.path("name").asString(), segId);
                }
            }
            Map<String, Long> chiefIds = new HashMap<>();
            for (JsonNode c : data.path("chiefs")) {
                long id = registry.appointChief(new AppointChief(c.path("name").asString(),
                        ChiefLevel.valueOf(c.path("level").asString()), text(c, "position"), text(c, "username"),
                        region(c.path("region").asString()).id(), LocalDate.parse(c.path("since").asString())));
                chiefIds.put(c.path("name").asString(), id);
                for (JsonNode s : c.path("segments")) {
                    registry.assign(segment(segments, s.asString()), id);
                }
            }
            LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
            for (JsonNode p : data.path("patrols")) {
                Instant start = today.minusDays(p.path("days_ago").asInt()).atTime(LocalTime.of(9, 0))
                        .atZone(TimeConfiguration.ZONE).toInstant();
                patrols.enterAfterwards(new EnterPatrol(chiefIds.get(p.path("chief").asString()),
                        segment(segments, p.path("segment").asString()), start,
                        start.plus(p.path("minutes").asInt(), ChronoUnit.MINUTES), p.path("km").asDouble(),
                        text(p, "notes")));
            }
            for (JsonNode p : data.path("problems")) {
                Instant found = today.minusDays(p.path("days_ago").asInt()).atTime(LocalTime.of(10, 0))
                        .atZone(TimeConfiguration.ZONE).toInstant();
                registry.reportProblem(new ReportProblem(segment(segments, p.path("segment").asString()), null,
                        ProblemCategory.valueOf(p.path("category").asString()), p.path("description").asString(),
                        decimal(p, "area_m2"), p.path("lat").asDouble(), p.path("lng").asDouble(), text(p, "address"),
                        found));
            }
            for (JsonNode s : data.path("sections")) {
                long sectionId = quality.addSection(segment(segments, s.path("segment").asString()),
                        s.path("code").asString(), s.path("name").asString(), WaterClass.valueOf(s.path("target").asString()),
                        s.path("lat").asDouble(), s.path("lng").asDouble());
                int n = s.path("samples").size();
                int i = 0;
                for (JsonNode sample : s.path("samples")) {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> e : sample.properties()) {
                        values.put(e.getKey(), e.getValue().asDouble());
                    }
                    Instant at = today.minusMonths(n - i).withDayOfMonth(10).atTime(LocalTime.of(10, 0))
                            .atZone(TimeConfiguration.ZONE).toInstant();
                    quality.record(sectionId, at, values);
                    i++;
                }
            }
            loadProjects(data.path("projects"));
            loadCampaigns(data.path("campaigns"));
            loadRota(data.path("rota"), today);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void loadProjects(JsonNode list) {
        for (JsonNode p : list) {
            RegionRef region = region(p.path("region").asString());
            RiverProject project = projects.save(new RiverProject(ProjectType.valueOf(p.path("type").asString()),
                    p.path("name").asString(), text(p, "kind"), p.path("year").asInt(),
                    LocalDate.parse(p.path("deadline").asString()), ProjectStage.valueOf(p.path("stage").asString()),
                    p.path("progress").asInt(), Funding.valueOf(p.path("funding").asString()), text(p, "level"),
                    region.id(), region.path()));
            for (JsonNode n : p.path("notes")) {
                notes.save(new RiverProjectNote(project.getId(), LocalDate.parse(n.path("on").asString()),
                        n.path("text").asString(), "system"));
            }
        }
    }

    private void loadCampaigns(JsonNode list) {
        for (JsonNode c : list) {
            RegionRef region = region(c.path("region").asString());
            RiverCampaign campaign = campaigns.save(new RiverCampaign(c.path("name").asString(), text(c, "description"),
                    LocalDate.parse(c.path("from").asString()), LocalDate.parse(c.path("to").asString()), region.id(),
                    region.path()));
            int order = 0;
            for (JsonNode t : c.path("tallies")) {
                figures.save(new RiverCampaignFigure(campaign.getId(), "TALLY", t.path("label").asString(),
                        decimal(t, "value"), null, text(t, "unit"), order++));
            }
            for (JsonNode t : c.path("targets")) {
                figures.save(new RiverCampaignFigure(campaign.getId(), "TARGET", t.path("label").asString(),
                        decimal(t, "value"), decimal(t, "target"), text(t, "unit"), order++));
            }
        }
    }

    /** 4+1: the four agencies take turns week by week from this Monday; police join every turn. */
    private void loadRota(JsonNode r, LocalDate today) {
        RegionRef region = region(r.path("region").asString());
        List<JsonNode> agencies = r.path("agencies").valueStream().toList();
        List<JsonNode> reaches = r.path("reaches").valueStream().toList();
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        for (int w = 0; w < r.path("weeks").asInt(); w++) {
            rota.save(new RiverRotaTurn(monday.plusWeeks(w), agencies.get(w % agencies.size()).asString(),
                    r.path("partner").asString(), reaches.get(w % reaches.size()).asString(), region.id(), region.path()));
        }
    }

    private static long segment(Map<String, Long> segments, String key) {
        Long id = segments.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo segment missing: " + key);
        }
        return id;
    }

    private RegionRef region(String name) {
        return regions.search(name, null, 10).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).decimalValue() : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.path(field).asString().isBlank() ? node.path(field).asString() : null;
    }

    private CurrentUser systemUser() {
        RegionRef root = regions.root();
        return new CurrentUser(0, "system", "系统导入", Set.of(Role.PLATFORM_ADMIN), root.id(), root.path());
    }

    private SecurityContext systemContext() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(systemUser(), null,
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
