package org.civicgrid.cases.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.NewCase;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * What an Open311 GeoReport v2 client sends, read into the platform's terms: the form-encoded body of a new
 * service request ({@code service_code}, {@code lat}/{@code long}, {@code address_string},
 * {@code attribute[code]}, ...) and the filters of a request search ({@code service_request_id},
 * {@code start_date}, {@code end_date}, {@code status}).
 *
 * <p>It either answers a request the service can take — a service code, a point on the globe or an address,
 * a window whose end is not before its start — or refuses with an {@link InvalidInputException} naming the
 * spec's field (400 in the spec's error list). It throws nothing else, whatever the client sends; the fuzz
 * test {@code Open311InputFuzzTests} holds it to that.
 */
public final class Open311Input {

    /** Most ids one search may name, and most requests one search answers. */
    public static final int MAX_REQUESTS = 1000;
    /** The spec's default window of a search without dates. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2999-12-31T00:00:00Z");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String ATTRIBUTE = "attribute[";
    /** An id: digits only (at least one, no sign), so that a list of ids never comes out empty. */
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** Control characters other than tab and line breaks: no form field needs them. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    /** A new service request: the case to report and the name its reporter gave (empty when none). */
    public record ServiceRequest(NewCase newCase, String contactName) {}

    /**
     * A search: either the ids asked for (then nothing else applies), or a window with an optional service
     * code and open/closed filter ({@code open} null = both).
     */
    public record Search(List<Long> ids, String serviceCode, Instant start, Instant end, Boolean open) {}

    private Open311Input() {}

    /** The service request a form-encoded POST to {@code requests.json|xml} asks for. */
    public static ServiceRequest serviceRequest(MultiValueMap<String, String> form) {
        String code = blankToNull(first(form, "service_code"));
        if (code == null) {
            throw new InvalidInputException("service_code", "required");
        }
        Double lat = coordinate(first(form, "lat"), "lat", 90);
        Double lng = coordinate(first(form, "long"), "long", 180);
        String address = blankToNull(first(form, "address_string"));
        if ((lat == null) != (lng == null)) {
            throw new InvalidInputException(lat == null ? "lat" : "long", "lat and long go together");
        }
        if (lat == null && address == null) {
            throw new InvalidInputException("address_string", "a location is required: lat and long, or address_string");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith(ATTRIBUTE) && key.endsWith("]") && key.length() > ATTRIBUTE.length() && !values.isEmpty()) {
                String attribute = blankToNull(key.substring(ATTRIBUTE.length(), key.length() - 1));
                if (attribute != null && values.get(0) != null) {
                    attributes.put(attribute, values.get(0));
                }
            }
        });
        String media = blankToNull(first(form, "media_url"));
        if (media != null) {
            attributes.put(CaseManagement.MEDIA_URL, media);
        }
        String name = String.join(" ", Stream.of(first(form, "first_name"), first(form, "last_name"))
                .map(Open311Input::blankToNull).filter(s -> s != null).toList());
        return new ServiceRequest(new NewCase(code, blankToNull(first(form, "description")), lat, lng, address,
                CaseUrgency.NORMAL, List.of(), true, null, attributes), name);
    }

    /** The search a GET of {@code requests.json|xml} asks for; {@code now} ends the default window. */
    public static Search search(String ids, String serviceCode, String startDate, String endDate, String status,
            Instant now) {
        if (ids != null && !ids.isBlank()) {
            List<Long> list = new ArrayList<>();
            for (String id : ids.split(",", -1)) {
                if (!ID.matcher(id.strip()).matches()) {
                    throw new InvalidInputException("service_request_id", "must be a comma-separated list of ids");
                }
                list.add(Long.parseLong(id.strip()));
            }
            if (list.size() > MAX_REQUESTS) {
                throw new InvalidInputException("service_request_id", "at most " + MAX_REQUESTS + " ids");
            }
            return new Search(List.copyOf(list), null, null, null, null);
        }
        Instant end = endDate == null ? null : date(endDate, "end_date", true);
        Instant start = startDate == null ? null : date(startDate, "start_date", false);
        if (start == null && end == null) {
            end = now;
            start = now.minus(DEFAULT_WINDOW);
        } else if (start == null) {
            start = end.minus(DEFAULT_WINDOW);
        } else if (end == null) {
            end = start.plus(DEFAULT_WINDOW);
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("end_date", "is before start_date");
        }
        return new Search(null, blankToNull(serviceCode), start, end, openFilter(status));
    }

    private static Boolean openFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        List<String> values = Arrays.stream(status.split(",")).map(String::strip).map(v -> v.toLowerCase(Locale.ROOT)).toList();
        for (String v : values) {
            if (!v.equals("open") && !v.equals("closed")) {
                throw new InvalidInputException("status", "is open or closed");
            }
        }
        if (values.contains("open") && values.contains("closed")) {
            return null;
        }
        return values.contains("open");
    }

    private static Instant date(String value, String field, boolean endOfDay) {
        String v = value.strip();
        Instant t;
        try {
            t = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate d = LocalDate.parse(v);
                t = (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeException notADate) {
                throw new InvalidInputException(field, "must be a W3C date-time, e.g. 2026-05-09T10:00:00+08:00");
            }
        }
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw new InvalidInputException(field, "must lie between 1970 and 2999");
        }
        return t;
    }

    private static Double coordinate(String value, String field, int limit) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
        if (!(d >= -limit && d <= limit)) {
            throw new InvalidInputException(field, "must be a number between -" + limit + " and " + limit);
        }
        return d;
    }

    private static String first(MultiValueMap<String, String> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The value without control characters and surrounding white space; null when nothing is left. */
    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String v = CONTROL.matcher(s).replaceAll("").strip();
        return v.isEmpty() ? null : v;
    }
}
