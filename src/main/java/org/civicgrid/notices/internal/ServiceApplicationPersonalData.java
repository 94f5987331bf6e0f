package org.civicgrid.notices.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.notices.ApplicationStatus;
import org.civicgrid.notices.ServiceType;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's online applications (办事申请) in their copy of their data: what they applied for with the
 * contact details they gave, where each stands and every step so far. Newest application first; each
 * application's steps oldest first.
 */
@Component
class ServiceApplicationPersonalData implements PersonalDataSection {

    /** One entry of the application's history: who did what, when, with what note. */
    record Step(Instant at, String actor, String action, String note) {}

    /** @param community the community the application went to */
    record Application(long id, ServiceType serviceType, String community, String applicantName, String phone,
            String address, String details, ApplicationStatus status, Instant submittedAt, Instant updatedAt,
            String handledBy, String outcome, Long caseId, String caseStatus, List<Step> steps) {}

    private final ServiceApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final Regions regions;

    ServiceApplicationPersonalData(ServiceApplicationRepository applications, ApplicationStepRepository steps,
            Regions regions) {
        this.applications = applications;
        this.steps = steps;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "service_applications";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Application> collect(long userId) {
        List<ServiceApplication> mine = applications.findAllBySubmittedByOrderBySubmittedAtDescIdDesc(userId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Step>> history = steps.findForApplicant(userId).stream()
                .collect(Collectors.groupingBy(ApplicationStep::getApplicationId, Collectors.mapping(
                        s -> new Step(s.getAt(), s.getActor(), s.getAction(), s.getNote()), Collectors.toList())));
        Map<Long, String> communities = new HashMap<>();
        return mine.stream().map(a -> new Application(a.getId(), a.getServiceType(),
                communities.computeIfAbsent(a.getRegionId(), this::regionName), a.getApplicantName(), a.getPhone(),
                a.getAddress(), a.getDetails(), a.getStatus(), a.getSubmittedAt(), a.getUpdatedAt(), a.getHandledBy(),
                a.getOutcome(), a.getCaseId(), a.getCaseStatus(), history.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    private String regionName(long regionId) {
        return regions.find(new RegionId(regionId)).map(RegionRef::name).orElse(null);
    }
}
