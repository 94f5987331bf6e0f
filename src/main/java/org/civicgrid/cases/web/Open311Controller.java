package org.civicgrid.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseManagement.PublicReceipt;
import org.civicgrid.cases.CategoryAttribute;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.cases.PublicCase;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at {@code /open311/v2}: discovery, services,
 * service definitions (the category's extra fields), service requests (GET with the spec's filters and its
 * 90-day / 1000-request defaults; POST form-encoded, anonymous, a location required), one request, and
 * tokens — in JSON and XML, errors as the spec's list of {@code code} and {@code description}.
 * The jurisdiction is {@code zhuzhou}. Service codes are the catalogue's category codes.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "The public 311 interface: list services, file a request, follow it")
class Open311Controller {

    static final String JURISDICTION = "zhuzhou";
    static final String CHANGESET = "2026-11-25T00:00:00+08:00";
    private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);
    private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType JSON_TYPE = new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A refusal in the spec's terms. */
    static final class Open311Error extends RuntimeException {
        final int code;

        Open311Error(int code, String description) {
            super(description);
            this.code = code;
        }
    }

    private final CaseManagement cases;
    private final CaseCatalogue catalogue;
    private final RateLimits limits;
    private final Clock clock;

    Open311Controller(CaseManagement cases, CaseCatalogue catalogue, RateLimits limits, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.limits = limits;
        this.clock = clock;
    }

    // ---- discovery and services -----------------------------------------------------------------

    @GetMapping("/discovery.{format:json|xml}")
    @Operation(summary = "Discovery: where the endpoint is and which formats it speaks")
    ResponseEntity<String> discovery(@PathVariable String format) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
        Map<String, Object> endpoint = ordered("specification", "http://wiki.open311.org/GeoReport_v2", "url", base,
                "changeset", CHANGESET, "type", "production", "formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = ordered("changeset", CHANGESET, "contact", "株洲市数字化城市管理监督指挥中心 12345",
                "key_service", "No API key is needed to file a request", "endpoints", List.of(endpoint));
        if (isXml(format)) {
            Xml x = new Xml().open("discovery").leaf("changeset", CHANGESET).leaf("contact", d.get("contact"))
                    .leaf("key_service", d.get("key_service")).open("endpoints").open("endpoint")
                    .leaf("specification", endpoint.get("specification")).leaf("url", base).leaf("changeset", CHANGESET)
                    .leaf("type", "production").open("formats").leaf("format", "text/xml")
                    .leaf("format", "application/json").close("formats").close("endpoint").close("endpoints")
                    .close("discovery");
            return xml(HttpStatus.OK, x);
        }
        return json(HttpStatus.OK, d);
    }

    @GetMapping("/services.{format:json|xml}")
    @Operation(summary = "The service list: one service per category of the catalogue")
    ResponseEntity<String> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        Map<String, String> groups = new HashMap<>();
        catalogue.categories().stream().filter(c -> c.level() == 1).forEach(c -> groups.put(c.code(), c.name()));
        List<Map<String, Object>> list = new ArrayList<>();
        for (CategoryView c : catalogue.fileable()) {
            list.add(ordered("service_code", c.code(), "service_name", c.name(),
                    "description", c.description() == null ? c.nameEn() : c.description(),
                    "metadata", !c.attributes().isEmpty(), "type", "realtime",
                    "keywords", String.join(",", keywords(c)), "group", groups.getOrDefault(c.parentCode(), "")));
        }
        if (isXml(format)) {
            Xml x = new Xml().open("services");
            for (Map<String, Object> s : list) {
                x.open("service");
                s.forEach(x::leaf);
                x.close("service");
            }
            return xml(HttpStatus.OK, x.close("services"));
        }
        return json(HttpStatus.OK, list);
    }

    @GetMapping("/services/{code:.+}.{format:json|xml}")
    @Operation(summary = "A service definition: the category's extra fields as attributes")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        CategoryView c = catalogue.find(code).filter(x -> x.fileable() && x.active())
                .orElseThrow(() -> new Open311Error(404, "service_code " + code + " not found"));
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (CategoryAttribute a : c.attributes()) {
            Map<String, Object> attr = ordered("variable", true, "code", a.code(), "datatype", a.datatype(),
                    "required", a.required(), "datatype_description", "", "order", order++, "description",
                    a.description());
            attr.put("values", a.values().stream().map(v -> ordered("key", v.key(), "name", v.name())).toList());
            attributes.add(attr);
        }
        if (isXml(format)) {
            Xml x = new Xml().open("service_definition").leaf("service_code", c.code()).open("attributes");
            for (Map<String, Object> a : attributes) {
                x.open("attribute");
                a.forEach((k, v) -> {
                    if (!k.equals("values")) {
                        x.leaf(k, v);
                    }
                });
                x.open("values");
                for (Object v : (List<?>) a.get("values")) {
                    Map<?, ?> m = (Map<?, ?>) v;
                    x.open("value").leaf("key", m.get("key")).leaf("name", m.get("name")).close("value");
                }
                x.close("values").close("attribute");
            }
            return xml(HttpStatus.OK, x.close("attributes").close("service_definition"));
        }
        return json(HttpStatus.OK, ordered("service_code", c.code(), "attributes", attributes));
    }

    // ---- requests -------------------------------------------------------------------------------

    @PostMapping(path = "/requests.{format:json|xml}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "File a service request (form-encoded; no API key needed; lat+long or address_string required)")
    ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest http) {
        checkJurisdiction(form.getFirst("jurisdiction_id"));
        limits.consume("report-public", "ip:" + http.getRemoteAddr());
        Open311Input.ServiceRequest filed = Open311Input.serviceRequest(form);
        PublicReceipt receipt = cases.reportPublicly(filed.newCase(), filed.contactName());
        String notice = "已受理，请记住编号 " + receipt.caseId() + "，可通过 requests/" + receipt.caseId() + " 查询进度";
        if (isXml(format)) {
            Xml x = new Xml().open("service_requests").open("request")
                    .leaf("service_request_id", String.valueOf(receipt.caseId())).leaf("token", receipt.token())
                    .leaf("service_notice", notice).leaf("account_id", null).close("request").close("service_requests");
            return xml(HttpStatus.CREATED, x);
        }
        Map<String, Object> r = ordered("service_request_id", String.valueOf(receipt.caseId()), "token", receipt.token(),
                "service_notice", notice, "account_id", null);
        return json(HttpStatus.CREATED, List.of(r));
    }

    @GetMapping("/requests.{format:json|xml}")
    @Operation(summary = "Service requests: by id list, or by service_code, start_date, end_date and status "
            + "(default the last 90 days, at most 1000)")
    ResponseEntity<String> requests(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        checkJurisdiction(jurisdiction);
        Open311Input.Search search = Open311Input.search(ids, serviceCode, startDate, endDate, status, clock.instant());
        List<PublicCase> found;
        if (search.ids() != null) {
            found = cases.publicCases(search.ids(), null, null, null, null, Open311Input.MAX_REQUESTS);
        } else {
            if (search.serviceCode() != null && catalogue.lookup(search.serviceCode()).isEmpty()) {
                throw new Open311Error(404, "service_code " + search.serviceCode() + " not found");
            }
            found = cases.publicCases(null, search.serviceCode(), search.start(), search.end(), search.open(),
                    Open311Input.MAX_REQUESTS);
        }
        return requestList(format, found);
    }

    @GetMapping("/requests/{id:\\d+}.{format:json|xml}")
    @Operation(summary = "One service request")
    ResponseEntity<String> request(@PathVariable long id, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        PublicCase c = cases.publicCase(id).orElseThrow(() -> new Open311Error(404, "service_request_id " + id + " not found"));
        return requestList(format, List.of(c));
    }

    @GetMapping("/tokens/{token:.+}.{format:json|xml}")
    @Operation(summary = "The service request id a token stands for")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        long id = cases.caseForToken(token).orElseThrow(() -> new Open311Error(404, "token " + token + " not found"));
        if (isXml(format)) {
            return xml(HttpStatus.OK, new Xml().open("service_requests").open("request")
                    .leaf("service_request_id", String.valueOf(id)).leaf("token", token).close("request")
                    .close("service_requests"));
        }
        return json(HttpStatus.OK, List.of(ordered("service_request_id", String.valueOf(id), "token", token)));
    }

    // ---- errors ---------------------------------------------------------------------------------

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> open311(Open311Error e, HttpServletRequest request) {
        return error(request, e.code, e.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> domain(DomainException e, HttpServletRequest request) {
        String description = e.detail();
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            description = String.join("; ", invalid.errors().stream().map(x -> x.field() + ": " + x.message()).toList());
        }
        return error(request, e.status(), description);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<String> tooMany(TooManyRequestsException e, HttpServletRequest request) {
        ResponseEntity<String> r = error(request, 429, "too many requests from this address; try again later");
        return ResponseEntity.status(429).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .contentType(r.getHeaders().getContentType()).body(r.getBody());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(request, 400, e.getParameterName() + " is required");
    }

    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ResponseEntity<String> typeMismatch(org.springframework.beans.TypeMismatchException e, HttpServletRequest request) {
        return error(request, 400, (e.getPropertyName() == null ? "a parameter" : e.getPropertyName()) + " has an invalid value");
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> mediaType(Exception e, HttpServletRequest request) {
        return error(request, 400, "send the request form-encoded (application/x-www-form-urlencoded)");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> other(RuntimeException e, HttpServletRequest request) {
        log.warn("Open311 request {} failed", request.getRequestURI(), e);
        return error(request, 500, "the request could not be processed");
    }

    private ResponseEntity<String> error(HttpServletRequest request, int code, String description) {
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(code);
        if (request.getRequestURI().endsWith(".xml")) {
            return xml(status, new Xml().open("errors").open("error").leaf("code", String.valueOf(code))
                    .leaf("description", description).close("error").close("errors"));
        }
        return json(status, List.of(ordered("code", code, "description", description)));
    }

    // ---- internals ------------------------------------------------------------------------------

    private ResponseEntity<String> requestList(String format, List<PublicCase> found) {
        String files = ServletUriComponentsBuilder.fromCurrentContextPath().path("/files/").toUriString();
        List<Map<String, Object>> list = found.stream().map(c -> {
            String media = !c.photos().isEmpty() ? files + c.photos().get(0) : c.mediaUrl();
            return ordered("service_request_id", String.valueOf(c.id()), "status", c.status().isOpen() ? "open" : "closed",
                    "status_notes", c.statusNote(), "service_name", c.categoryName(), "service_code", c.categoryCode(),
                    "description", c.description(), "agency_responsible", c.departmentName(), "service_notice", null,
                    "requested_datetime", time(c.reportedAt()), "updated_datetime", time(c.updatedAt()),
                    "expected_datetime", time(c.deadline()), "address", c.address(), "address_id", null,
                    "zipcode", null, "lat", c.lat(), "long", c.lng(), "media_url", media);
        }).toList();
        if (isXml(format)) {
            Xml x = new Xml().open("service_requests");
            for (Map<String, Object> r : list) {
                x.open("request");
                r.forEach(x::leaf);
                x.close("request");
            }
            return xml(HttpStatus.OK, x.close("service_requests"));
        }
        return json(HttpStatus.OK, list);
    }

    private static void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !JURISDICTION.equals(jurisdiction.trim())) {
            throw new Open311Error(404, "jurisdiction_id " + jurisdiction + " not found; this endpoint serves " + JURISDICTION);
        }
    }

    private static String time(Instant t) {
        return t == null ? null : W3C.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static List<String> keywords(CategoryView c) {
        List<String> out = new ArrayList<>();
        out.add(c.nameEn());
        if (c.standardCode() != null) {
            out.add(c.standardCode());
        }
        return out;
    }

    private static boolean isXml(String format) {
        return "xml".equals(format);
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static ResponseEntity<String> json(HttpStatus status, Object body) {
        return ResponseEntity.status(status).contentType(JSON_TYPE).body(JSON.writeValueAsString(body));
    }

    private static ResponseEntity<String> xml(HttpStatus status, Xml x) {
        return ResponseEntity.status(status).contentType(XML).body(x.toString());
    }

    /** A tiny writer for the spec's flat XML documents. */
    static final class Xml {
        private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

        Xml open(String tag) {
            out.append('<').append(tag).append('>');
            return this;
        }

        Xml close(String tag) {
            out.append("</").append(tag).append('>');
            return this;
        }

        Xml leaf(String tag, Object value) {
            if (value == null) {
                out.append('<').append(tag).append("/>");
            } else {
                out.append('<').append(tag).append('>').append(escape(String.valueOf(value))).append("</").append(tag)
                        .append('>');
            }
            return this;
        }

        static String escape(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&apos;");
                    default -> {
                        if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                            b.append(ch);
                        }
                    }
                }
            }
            return b.toString();
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
