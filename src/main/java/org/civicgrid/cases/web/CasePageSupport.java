package org.civicgrid.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseSummary;
import org.civicgrid.cases.CaseView;
import org.civicgrid.cases.PublicCase;
import org.springframework.web.multipart.MultipartFile;

/** What the case pages share: storing the photos a form sent, and GeoJSON for their maps. */
final class CasePageSupport {

    static final String REFUSAL_PREFIX = "cases.refusal.";

    private CasePageSupport() {}

    /** Stores the chosen photos (images only, checked by the upload store); empty file inputs are skipped. */
    static List<String> store(CaseManagement management, List<MultipartFile> files) {
        List<String> names = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    names.add(management.uploadPhoto(f).name());
                }
            }
        }
        return names;
    }

    static String color(CaseStatus status, boolean overdue) {
        if (overdue) {
            return "#a4161a";
        }
        return switch (status) {
            case CLOSED -> "#2e7d4f";
            case REJECTED -> "#777777";
            case REPORTED, REGISTERED -> "#e8902c";
            default -> "#1a4f8b";
        };
    }

    static Map<String, Object> one(CaseView c, String statusLabel) {
        List<Object> features = new ArrayList<>();
        if (c.lat() != null && c.lng() != null) {
            features.add(point(c.lng(), c.lat(), c.categoryName(),
                    statusLabel + (c.address() == null ? "" : " · " + c.address()), null,
                    color(c.status(), c.overdue())));
        }
        return collection(features);
    }

    static Map<String, Object> summaries(List<CaseSummary> cases, Function<CaseStatus, String> label) {
        List<Object> features = new ArrayList<>();
        for (CaseSummary c : cases) {
            if (c.lat() != null && c.lng() != null) {
                features.add(point(c.lng(), c.lat(), "#" + c.id() + " " + c.categoryName(),
                        label.apply(c.status()) + (c.address() == null ? "" : " · " + c.address()), "/cases/" + c.id(),
                        color(c.status(), c.overdue())));
            }
        }
        return collection(features);
    }

    static Map<String, Object> publicCases(List<PublicCase> cases, Function<CaseStatus, String> label) {
        List<Object> features = new ArrayList<>();
        for (PublicCase c : cases) {
            if (c.lat() != null && c.lng() != null) {
                features.add(point(c.lng(), c.lat(), c.categoryName(),
                        label.apply(c.status()) + (c.address() == null ? "" : " · " + c.address()),
                        "/public/cases/" + c.id(), color(c.status(), false)));
            }
        }
        return collection(features);
    }

    private static Map<String, Object> point(double lng, double lat, String name, String detail, String href,
            String color) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", name);
        props.put("label", name);
        props.put("detail", detail);
        if (href != null) {
            props.put("href", href);
        }
        props.put("color", color);
        return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lng, lat)),
                "properties", props);
    }

    private static Map<String, Object> collection(List<Object> features) {
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
