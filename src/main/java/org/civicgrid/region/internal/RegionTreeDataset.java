package org.civicgrid.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.civicgrid.shared.geo.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the region tree from a JSON file ({@code civicgrid.regions.source}; Zhuzhou's by default)
 * into an empty platform. A node has code, name, level, an optional centre, optional seed figures,
 * a GeoJSON boundary for grids, and children; a community's boundary is the union of its grids'.
 */
@Component
class RegionTreeDataset implements StartupDataset {

    private final EntityManager em;
    private final ResourceLoader resources;
    private final Regions regions;
    private final String source;

    RegionTreeDataset(EntityManager em, ResourceLoader resources, Regions regions,
            @Value("${civicgrid.regions.source:classpath:data/regions/zhuzhou.json}") String source) {
        this.em = em;
        this.resources = resources;
        this.regions = regions;
        this.source = source;
    }

    @Override
    public String name() { return "region.tree"; }

    @Override
    public int order() { return 10; }

    @Override
    public boolean demo() { return false; }

    @Override
    public void load() {
        if (source.isBlank()) {
            return;
        }
        Resource resource = resources.getResource(source);
        ObjectMapper json = JsonMapper.builder().build();
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = json.readTree(in);
            Map<JsonNode, Geometry> shapes = new IdentityHashMap<>();
            shapeOf(root, shapes);
            insert(root, null, 0, shapes);
            em.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the region tree from " + source, e);
        }
        regions.refresh();
    }

    /** The node's boundary: its own, or the union of its children's; null when none has one. */
    private static Geometry shapeOf(JsonNode node, Map<JsonNode, Geometry> shapes) {
        List<Geometry> childShapes = new ArrayList<>();
        for (JsonNode child : node.path("children")) {
            Geometry shape = shapeOf(child, shapes);
            if (shape != null) {
                childShapes.add(shape);
            }
        }
        Geometry shape = node.hasNonNull("boundary") ? GeoJson.read(node.get("boundary").toString())
                : childShapes.isEmpty() ? null : UnaryUnionOp.union(childShapes);
        if (shape != null) {
            shapes.put(node, shape);
        }
        return shape;
    }

    /** Parents first, so that every row's parent exists when it is inserted. */
    private void insert(JsonNode node, Region parent, int order, Map<JsonNode, Geometry> shapes) {
        RegionLevel level = RegionLevel.valueOf(node.get("level").asString());
        long id = ((Number) em.createNativeQuery("select nextval('region_seq')").getSingleResult()).longValue();
        Region region = new Region(id, parent, level, node.get("code").asString(), node.get("name").asString(), order);
        Geometry shape = shapes.get(node);
        Double lat = node.hasNonNull("lat") ? node.get("lat").asDouble() : null;
        Double lng = node.hasNonNull("lng") ? node.get("lng").asDouble() : null;
        if (lat == null && shape != null) {
            lat = shape.getInteriorPoint().getY();
            lng = shape.getInteriorPoint().getX();
        }
        region.locate(lat, lng, shape == null || level == RegionLevel.CITY ? null : GeoJson.write(shape));
        JsonNode f = node.get("figures");
        if (f != null) {
            region.publishFigures(new RegionRef.Figures(integer(f, "compounds"), integer(f, "households"),
                    integer(f, "residents"), integer(f, "party_members"), integer(f, "resident_units")));
        }
        em.persist(region);
        int i = 0;
        for (JsonNode child : node.path("children")) {
            insert(child, region, ++i, shapes);
        }
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
