package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.Role;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases a person reported, in their copy of their data: each with its timeline, as the case page shows it to
 * them. Read a batch at a time (a grid worker may have reported thousands), the steps of a batch in one query.
 */
@Component
class ReportedCasesPersonalData implements PersonalDataSection {

    /** Cases read per query; their steps come in one more. */
    static final int BATCH = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Roles in which a step is work, so the name of who took it stays in the copy. */
    private static final Set<String> WORKING_ROLES = EnumSet.complementOf(EnumSet.of(Role.RESIDENT, Role.VOLUNTEER))
            .stream().map(Role::name).collect(Collectors.toUnmodifiableSet());

    /**
     * One reported case.
     *
     * @param photos     the photos as the case page links them ({@code /files/...})
     * @param attributes the category's extra fields as reported (and an Open311 {@code media_url})
     * @param timeline   every step, oldest first
     */
    record ReportedCase(long id, String categoryCode, String categoryName, String description, String address,
            Double lat, Double lng, boolean anonymous, List<String> photos, Map<String, String> attributes,
            CaseSource source, CaseUrgency urgency, CaseStatus status, Instant reportedAt, Instant deadline,
            String departmentName, Instant closedAt, Integer rating, String ratingComment, Long duplicateOfId,
            Long mergedIntoId, List<Step> timeline) {}

    /**
     * One step of a case.
     *
     * @param actorName who took it, when it was the person themselves, staff at work or the system; otherwise null
     * @param departmentName the department the step concerns (dispatch, handling, sending back)
     */
    record Step(CaseAction action, CaseStatus fromStatus, CaseStatus toStatus, Instant at, String actorName,
            String actorRole, String departmentName, String comment, List<String> photos) {}

    private final CaseFileRepository cases;
    private final CaseCatalogue catalogue;

    ReportedCasesPersonalData(CaseFileRepository cases, CaseCatalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "reported_cases";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<ReportedCase> collect(long userId) {
        return collect(userId, BATCH);
    }

    /** Every case the person reported, read {@code batchSize} at a time. */
    List<ReportedCase> collect(long userId, int batchSize) {
        List<ReportedCase> all = new ArrayList<>();
        PageRequest batch = PageRequest.of(0, batchSize);
        List<ReportedCaseRow> rows = cases.reportedBy(userId, batch);
        while (!rows.isEmpty()) {
            Map<Long, List<Step>> steps = new LinkedHashMap<>();
            for (CaseStepRow s : cases.stepsOf(rows.stream().map(ReportedCaseRow::id).toList())) {
                steps.computeIfAbsent(s.caseId(), id -> new ArrayList<>()).add(step(s, userId));
            }
            rows.forEach(r -> all.add(reported(r, steps.getOrDefault(r.id(), List.of()))));
            if (rows.size() < batchSize) {
                break;
            }
            ReportedCaseRow last = rows.get(rows.size() - 1);
            rows = cases.reportedByAfter(userId, last.reportedAt(), last.id(), batch);
        }
        return all;
    }

    private ReportedCase reported(ReportedCaseRow r, List<Step> timeline) {
        String categoryName = catalogue.find(r.categoryCode()).map(CategoryView::name).orElse(r.categoryCode());
        Map<String, String> attributes = r.attributesJson() == null ? Map.of()
                : JSON.readValue(r.attributesJson(), new TypeReference<Map<String, String>>() {});
        return new ReportedCase(r.id(), r.categoryCode(), categoryName, r.description(), r.address(), r.lat(), r.lng(),
                r.anonymous(), urls(r.photos()), attributes, r.source(), r.urgency(), r.status(), r.reportedAt(),
                r.deadline(), r.departmentName(), r.closedAt(), r.rating(), r.ratingComment(), r.duplicateOfId(),
                r.mergedIntoId(), List.copyOf(timeline));
    }

    private static Step step(CaseStepRow s, long userId) {
        return new Step(s.action(), s.fromStatus(), s.toStatus(), s.at(), nameMayStay(s, userId) ? s.actorName() : null,
                s.actorRole(), s.departmentName(), s.comment(), urls(s.photos()));
    }

    /**
     * The person's own steps, staff at work and the system (or a department acting as a body) keep their names;
     * another resident who took a step on the case (a demo rating by a residents' representative) does not.
     */
    private static boolean nameMayStay(CaseStepRow s, long userId) {
        if (s.actorId() != null && s.actorId() == userId) {
            return true;
        }
        return s.actorRole() == null ? s.actorId() == null : WORKING_ROLES.contains(s.actorRole());
    }

    private static List<String> urls(List<String> photos) {
        return photos == null ? List.of() : photos.stream().map(p -> "/files/" + p).toList();
    }
}
