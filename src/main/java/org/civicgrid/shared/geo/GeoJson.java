package org.civicgrid.shared.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Reads and writes GeoJSON geometries (WGS 84, [lng, lat] order as the format requires). */
public final class GeoJson {

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {}

    /** @throws IllegalArgumentException when the text is not a valid GeoJSON geometry */
    public static Geometry read(String geojson) {
        try {
            Geometry geometry = new GeoJsonReader(FACTORY).read(geojson);
            if (geometry == null) {
                throw new IllegalArgumentException("empty GeoJSON");
            }
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    public static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    public static Point point(double lat, double lng) {
        return FACTORY.createPoint(new Coordinate(lng, lat));
    }

    /** Great-circle distance in metres (haversine), good enough for a city. */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
