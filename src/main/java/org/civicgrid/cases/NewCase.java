package org.civicgrid.cases;

import java.util.List;
import java.util.Map;

/**
 * 上报 — report a case. The grid comes from the point; a point outside every grid is refused.
 *
 * @param source     where it came from; null means "from the caller's role" (grid worker, or resident)
 * @param anonymous  hide the reporter's name from the public (officials still see it)
 * @param photos     names of photos already stored with {@code UploadStore}
 * @param attributes values of the category's extra fields, by attribute code
 */
public record NewCase(String categoryCode, String description, Double lat, Double lng, String address,
        CaseUrgency urgency, List<String> photos, boolean anonymous, CaseSource source,
        Map<String, String> attributes) {

    public NewCase {
        photos = photos == null ? List.of() : List.copyOf(photos);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The common case: a category, a description and a point. */
    public static NewCase of(String categoryCode, String description, double lat, double lng, String address) {
        return new NewCase(categoryCode, description, lat, lng, address, CaseUrgency.NORMAL, List.of(), false, null, null);
    }
}
