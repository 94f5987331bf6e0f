package org.civicgrid.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.notices.internal.ApplicationStep;
import org.civicgrid.notices.internal.ApplicationStepRepository;
import org.civicgrid.notices.internal.ServiceApplication;
import org.civicgrid.notices.internal.ServiceApplicationRepository;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网上办事 — residents apply online; the application becomes a work item in the community worker's inbox,
 * who accepts, completes or refuses it — or, for temporary assistance, forwards it as a case to the
 * departments. The applicant is told of every step in their inbox.
 */
@Service
public class ApplicationManagement {

    /** 提交申请 */
    public record SubmitApplication(String serviceType, String applicantName, String phone, String address,
            String details) {}

    /** What a worker does with an application: ACCEPT, FORWARD, COMPLETE, REJECT (with a note). */
    public enum Action { ACCEPT, FORWARD, COMPLETE, REJECT }

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final ServiceApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final Regions regions;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final String assistanceCategory;
    private final Clock clock;

    ApplicationManagement(ServiceApplicationRepository applications, ApplicationStepRepository steps, Regions regions,
            Notifications notifications, AuditLog audit, ApplicationEventPublisher events,
            @Value("${civicgrid.notices.assistance-case-category:E0601}") String assistanceCategory, Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.regions = regions;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.assistanceCategory = assistanceCategory;
        this.clock = clock;
    }

    /** Any signed-in person applies (a resident for themself, a grid worker on behalf of someone they visit). */
    @Transactional
    public ApplicationView submit(SubmitApplication s) {
        CurrentUser me = CurrentUsers.require();
        return submit(s, me.id(), me.username(), me.regionId());
    }

    /** Submits for a person without a signed-in caller: for start-up data. */
    @Transactional
    public ApplicationView submitFor(SubmitApplication s, UserSummary person) {
        return submit(s, person.id(), person.username(), person.regionId());
    }

    private ApplicationView submit(SubmitApplication s, long userId, String username, long homeRegionId) {
        List<FieldError> errors = new ArrayList<>();
        ServiceType type = null;
        try {
            type = ServiceType.valueOf(s.serviceType() == null ? "" : s.serviceType().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("service_type", "one of TEMPORARY_ASSISTANCE, RESIDENCE_CERTIFICATE, OLD_AGE_ALLOWANCE"));
        }
        if (s.applicantName() == null || s.applicantName().isBlank() || s.applicantName().length() > 100) {
            errors.add(new FieldError("applicant_name", "1–100 characters"));
        }
        if (s.phone() == null || !PHONE.matcher(s.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "a phone number, 7–20 digits"));
        }
        if (s.address() != null && s.address().length() > 300) {
            errors.add(new FieldError("address", "at most 300 characters"));
        }
        if (s.details() == null || s.details().isBlank() || s.details().length() > 4000) {
            errors.add(new FieldError("details", "1–4000 characters: what you need and why"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RegionRef community = regions.ancestorAt(new RegionId(homeRegionId), RegionLevel.COMMUNITY)
                .orElseGet(() -> regions.get(new RegionId(homeRegionId)));
        Instant now = clock.instant();
        ServiceApplication application = applications.saveAndFlush(new ServiceApplication(community.id(),
                community.path(), type, userId, s.applicantName().strip(), s.phone().strip(),
                s.address() == null || s.address().isBlank() ? null : s.address().strip(), s.details().strip(), now));
        steps.save(new ApplicationStep(application.getId(), now, username, "SUBMITTED", null));
        notifications.sendToRole(Role.COMMUNITY_WORKER, new RegionId(community.id()), "application.submitted",
                "新的网上申请：" + label(type), s.applicantName().strip() + " 提交了" + label(type) + "申请，请及时受理。",
                "/applications/" + application.getId());
        events.publishEvent(new ApplicationSubmitted(application.getId(), type, community.path(), now));
        return view(application, true);
    }

    /** The caller's own applications, newest first. */
    @Transactional(readOnly = true)
    public Page<ApplicationView> mine(Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return applications.findBySubmittedByOrderBySubmittedAtDescIdDesc(me.id(), pageable).map(a -> view(a, false));
    }

    /** 申请受理 — the applications of the worker's region; phones masked. */
    @Transactional(readOnly = true)
    public Page<ApplicationView> inbox(ApplicationStatus status, Pageable pageable) {
        CurrentUser me = staff();
        return applications.inbox(me.scope().likePattern(), status, pageable).map(a -> masked(view(a, false)));
    }

    /** Applications still waiting for a worker in the caller's region. */
    @Transactional(readOnly = true)
    public long waiting() {
        CurrentUser me = staff();
        return applications.countByRegionPathLikeAndStatus(me.scope().likePattern(), ApplicationStatus.SUBMITTED);
    }

    /** One application, whole, for its applicant or a worker of its region (the worker's view is audited). */
    @Transactional
    public ApplicationView get(long id) {
        CurrentUser me = CurrentUsers.require();
        ServiceApplication a = applications.findById(id)
                .filter(x -> x.getSubmittedBy() == me.id() || (me.isStaff() && me.canSee(x.getRegionPath())))
                .orElseThrow(() -> new NotFoundException("Application", id));
        if (a.getSubmittedBy() != me.id()) {
            audit.recordView("ServiceApplication", id, a.getRegionPath(), "application " + id + " with contact details");
        }
        return view(a, true);
    }

    /** A worker's step on an application; the applicant hears of it. */
    @Transactional
    public ApplicationView act(long id, Action action, String note) {
        CurrentUser me = staff();
        ServiceApplication a = applications.findById(id).filter(x -> me.canSee(x.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Application", id));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("note", "at most 1000 characters");
        }
        if ((action == Action.REJECT || action == Action.COMPLETE) && text == null) {
            throw new InvalidInputException("note", action == Action.REJECT ? "say why the application is refused"
                    : "say what was done");
        }
        Instant now = clock.instant();
        switch (action) {
            case ACCEPT -> a.accept(me.username(), now);
            case FORWARD -> a.forward(me.username(), now);
            case COMPLETE -> a.complete(me.username(), text, now);
            case REJECT -> a.reject(me.username(), text, now);
        }
        applications.saveAndFlush(a);
        steps.save(new ApplicationStep(id, now, me.username(), a.getStatus().name(), text));
        if (action == Action.FORWARD) {
            events.publishEvent(new ApplicationForwarded(id, assistanceCategory, "［网上申请 " + id + "·" + label(a.getServiceType())
                    + "］申请人：" + a.getApplicantName() + "。" + a.getDetails() + (text == null ? "" : "（社区意见：" + text + "）"),
                    a.getAddress(), a.getRegionId(), me.username()));
        }
        notifications.send(new UserId(a.getSubmittedBy()), "application." + a.getStatus().name().toLowerCase(Locale.ROOT),
                "您的" + label(a.getServiceType()) + "申请" + statusLabel(a.getStatus()),
                text == null ? "申请编号 " + id : text, "/applications/" + id);
        return view(a, true);
    }

    /** 撤回 — the applicant takes back an application nobody has taken on yet. */
    @Transactional
    public ApplicationView withdraw(long id) {
        CurrentUser me = CurrentUsers.require();
        ServiceApplication a = applications.findById(id).filter(x -> x.getSubmittedBy() == me.id())
                .orElseThrow(() -> new NotFoundException("Application", id));
        Instant now = clock.instant();
        a.withdraw(now);
        applications.saveAndFlush(a);
        steps.save(new ApplicationStep(id, now, me.username(), "WITHDRAWN", null));
        return view(a, true);
    }

    /** Casework reports on the case an application became (listener; no caller). */
    @Transactional
    public void caseProgressed(long applicationId, long caseId, String caseStatus, boolean closed, Instant at) {
        applications.findById(applicationId).ifPresent(a -> {
            boolean completed = a.caseProgressed(caseId, caseStatus, closed, at);
            steps.save(new ApplicationStep(applicationId, at, "system", "CASE_" + caseStatus, "事件编号 " + caseId));
            if (completed) {
                notifications.send(new UserId(a.getSubmittedBy()), "application.completed",
                        "您的" + label(a.getServiceType()) + "申请已办结", a.getOutcome(), "/applications/" + applicationId);
            }
        });
    }

    private static CurrentUser staff() {
        return StaffOnly.require("Only community workers and officials handle applications");
    }

    private ApplicationView view(ServiceApplication a, boolean withSteps) {
        List<ApplicationView.Step> history = withSteps ? steps.findByApplicationIdOrderByAtAscIdAsc(a.getId()).stream()
                .map(s -> new ApplicationView.Step(s.getAt(), s.getActor(), s.getAction(), s.getNote())).toList() : List.of();
        return new ApplicationView(a.getId(), a.getRegionId(), a.getRegionPath(), a.getServiceType(), a.getSubmittedBy(),
                a.getApplicantName(), a.getPhone(), a.getAddress(), a.getDetails(), a.getStatus(), a.getSubmittedAt(),
                a.getUpdatedAt(), a.getHandledBy(), a.getOutcome(), a.getCaseId(), a.getCaseStatus(), history);
    }

    private static ApplicationView masked(ApplicationView v) {
        return new ApplicationView(v.id(), v.regionId(), v.regionPath(), v.serviceType(), v.submittedBy(), v.applicantName(),
                ApplicationView.mask(v.phone()), null, null, v.status(), v.submittedAt(), v.updatedAt(), v.handledBy(),
                v.outcome(), v.caseId(), v.caseStatus(), v.steps());
    }

    static String label(ServiceType type) {
        return switch (type) {
            case TEMPORARY_ASSISTANCE -> "临时救助";
            case RESIDENCE_CERTIFICATE -> "居住证明";
            case OLD_AGE_ALLOWANCE -> "高龄津贴";
        };
    }

    static String statusLabel(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> "已提交";
            case ACCEPTED -> "已受理";
            case FORWARDED -> "已转有关部门办理";
            case COMPLETED -> "已办结";
            case REJECTED -> "未予受理";
            case WITHDRAWN -> "已撤回";
        };
    }
}
