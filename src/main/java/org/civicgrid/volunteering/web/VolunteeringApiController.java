package org.civicgrid.volunteering.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityManagement.CreateActivity;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.PartyMemberDuty;
import org.civicgrid.volunteering.ServiceProjects;
import org.civicgrid.volunteering.ServiceRecords;
import org.civicgrid.volunteering.ServiceRecords.IssuedCertificate;
import org.civicgrid.volunteering.TeamKind;
import org.civicgrid.volunteering.VolunteerManagement;
import org.civicgrid.volunteering.VolunteerManagement.CreateTeam;
import org.civicgrid.volunteering.VolunteerManagement.RegisterPartyMember;
import org.civicgrid.volunteering.VolunteerManagement.RegisterVolunteer;
import org.civicgrid.volunteering.Views.ActivityView;
import org.civicgrid.volunteering.Views.DutyLine;
import org.civicgrid.volunteering.Views.ProjectView;
import org.civicgrid.volunteering.Views.ProjectYear;
import org.civicgrid.volunteering.Views.SignUpView;
import org.civicgrid.volunteering.Views.TeamView;
import org.civicgrid.volunteering.Views.VolunteerRecord;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 志愿服务 API: volunteers, teams, activities, sign-ups, check-in/out, hours, records and certificates. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Volunteering", description = "志愿服务: volunteers, activities, sign-ups, check-in/out, hours, certificates")
class VolunteeringApiController {

    record RegisterVolunteerRequest(@NotBlank @Size(max = 50) String name, @NotNull IdType idType,
            @Size(max = 40) String idNumber, @Size(max = 30) String phone, Long userId, Long residentId,
            @Size(max = 20) Set<String> skills, @Size(max = 500) String availability, Long regionId, Boolean self) {}

    record PartyMemberRequest(@NotNull Long unitId, @NotNull Long communityId, java.time.LocalDate registeredOn) {}

    record TeamRequest(@NotBlank @Size(max = 100) String name, TeamKind kind, Long unitId,
            @NotBlank @Size(max = 100) String organisation, @Size(max = 50) String leaderName,
            @Size(max = 30) String contactPhone, Long regionId) {}

    record ActivityRequest(@NotBlank @Size(max = 200) String title, @NotNull ActivityType type,
            @Size(max = 2000) String description, @NotBlank @Size(max = 200) String place, Double lat, Double lng,
            Integer radiusM, @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @NotNull @Min(1) @Max(10000) Integer capacity, Long teamId, @Size(max = 64) String organiserUsername,
            @NotBlank @Size(max = 100) String organisation, @NotBlank @Size(max = 50) String responsiblePerson,
            @NotBlank @Size(max = 30) String contactPhone, Long regionId) {}

    record OrganiserSignUpRequest(@NotNull Long volunteerId) {}

    record CheckRequest(OffsetDateTime at) {}

    record PositionRequest(@NotNull Double lat, @NotNull Double lng) {}

    record CorrectionRequest(@NotNull @Min(0) @Max(1440) Integer minutes, @NotBlank @Size(max = 500) String reason) {}

    record CertificateRequest(@Size(max = 100) String organisation) {}

    private final VolunteerManagement volunteers;
    private final ActivityManagement activities;
    private final ServiceRecords records;
    private final PartyMemberDuty duty;
    private final ServiceProjects projects;

    VolunteeringApiController(VolunteerManagement volunteers, ActivityManagement activities, ServiceRecords records,
            PartyMemberDuty duty, ServiceProjects projects) {
        this.volunteers = volunteers;
        this.activities = activities;
        this.records = records;
        this.duty = duty;
        this.projects = projects;
    }

    @PostMapping("/volunteers")
    @Operation(summary = "Register a volunteer (staff in their region; anyone for themselves with self=true)")
    ResponseEntity<VolunteerView> register(@Valid @RequestBody RegisterVolunteerRequest r) {
        Long userId = Boolean.TRUE.equals(r.self()) ? Long.valueOf(CurrentUsers.require().id()) : r.userId();
        VolunteerView v = volunteers.register(new RegisterVolunteer(r.name(), r.idType(), r.idNumber(), r.phone(),
                userId, r.residentId(), r.skills(), r.availability(), r.regionId()));
        return ResponseEntity.created(URI.create("/api/v1/volunteers/" + v.id())).body(v);
    }

    @GetMapping("/volunteers")
    @Operation(summary = "Volunteers in the caller's region (staff)")
    Page<VolunteerView> volunteers(@RequestParam(required = false) String q,
            @RequestParam(name = "party_members", defaultValue = "false") boolean partyMembers,
            @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return volunteers.search(q, partyMembers, pageable);
    }

    @GetMapping("/volunteers/me")
    @Operation(summary = "The caller's own volunteer registration")
    VolunteerView me() {
        return volunteers.mine().orElseThrow(() -> new NotFoundException("Volunteer", "me"));
    }

    @GetMapping("/volunteers/{id}")
    @Operation(summary = "One volunteer (ID number and phone masked)")
    VolunteerView volunteer(@PathVariable long id) {
        return volunteers.get(id);
    }

    @PostMapping("/volunteers/{id}/party-membership")
    @Operation(summary = "在职党员进社区: register an in-post party member with a home community")
    VolunteerView partyMember(@PathVariable long id, @Valid @RequestBody PartyMemberRequest r) {
        return volunteers.registerPartyMember(new RegisterPartyMember(id, r.unitId(), r.communityId(), r.registeredOn()));
    }

    @GetMapping("/volunteers/{id}/record")
    @Operation(summary = "志愿服务记录: the volunteer's service history and hours")
    VolunteerRecord record(@PathVariable long id) {
        return records.record(id);
    }

    @GetMapping("/volunteers/me/record")
    @Operation(summary = "The caller's own service record and hours")
    VolunteerRecord myRecord() {
        return records.mine();
    }

    @PostMapping(value = "/volunteers/{id}/certificates", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Issue a service certificate (PDF) by the organisation that recorded the service")
    ResponseEntity<byte[]> issue(@PathVariable long id, @Valid @RequestBody(required = false) CertificateRequest r) {
        IssuedCertificate c = records.issue(id, r == null ? null : r.organisation());
        return pdf(c, URI.create("/api/v1/certificates/" + c.certificate().id() + ".pdf"));
    }

    @GetMapping(value = "/certificates/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An issued certificate as PDF")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        return pdf(records.certificate(id), null);
    }

    @PostMapping("/volunteer-teams")
    @Operation(summary = "Create a team (staff)")
    ResponseEntity<TeamView> createTeam(@Valid @RequestBody TeamRequest r) {
        TeamView t = volunteers.createTeam(new CreateTeam(r.name(), r.kind(), r.unitId(), r.organisation(),
                r.leaderName(), r.contactPhone(), r.regionId()));
        return ResponseEntity.created(URI.create("/api/v1/volunteer-teams/" + t.id())).body(t);
    }

    @GetMapping("/volunteer-teams")
    @Operation(summary = "Teams in the caller's region")
    Page<TeamView> teams(@PageableDefault(size = 50) Pageable pageable) {
        return volunteers.teams(pageable);
    }

    @PostMapping("/volunteer-teams/{id}/members/{volunteerId}")
    @Operation(summary = "Add a volunteer to a team (staff)")
    TeamView join(@PathVariable long id, @PathVariable long volunteerId) {
        return volunteers.addToTeam(id, volunteerId);
    }

    @PostMapping("/activities")
    @Operation(summary = "Publish an activity (staff)")
    ResponseEntity<ActivityView> createActivity(@Valid @RequestBody ActivityRequest r) {
        ActivityView a = activities.create(new CreateActivity(r.title(), r.type(), r.description(), r.place(), r.lat(),
                r.lng(), r.radiusM(), r.startsAt().toInstant(), r.endsAt().toInstant(), r.capacity(), r.teamId(),
                r.organiserUsername(), r.organisation(), r.responsiblePerson(), r.contactPhone(), r.regionId()));
        return ResponseEntity.created(URI.create("/api/v1/activities/" + a.id())).body(a);
    }

    @GetMapping("/activities")
    @Operation(summary = "Activities in or covering the caller's region")
    Page<ActivityView> activities(@RequestParam(required = false) ActivityType type,
            @RequestParam(name = "ending_after", required = false) OffsetDateTime endingAfter,
            @RequestParam(name = "team_id", required = false) Long teamId,
            @PageableDefault(size = 50, sort = "startsAt", direction = Sort.Direction.ASC) Pageable pageable) {
        return activities.search(type, endingAfter == null ? null : endingAfter.toInstant(), teamId, pageable);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity with places left")
    ActivityView activity(@PathVariable long id) {
        return activities.get(id);
    }

    @GetMapping("/activities/{id}/sign-ups")
    @Operation(summary = "The roster (organiser)")
    List<SignUpView> roster(@PathVariable long id) {
        return activities.roster(id);
    }

    @PostMapping("/activities/{id}/sign-ups")
    @Operation(summary = "Sign up: the caller, or (organiser) the volunteer in the body; 409 activity-full when no place is left")
    ResponseEntity<SignUpView> signUp(@PathVariable long id,
            @Valid @RequestBody(required = false) OrganiserSignUpRequest r) {
        SignUpView s = r == null ? activities.signUp(id) : activities.signUp(id, r.volunteerId());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/sign-ups/" + s.id())).body(s);
    }

    @DeleteMapping("/activities/{id}/sign-ups/me")
    @Operation(summary = "Give the caller's place back")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        activities.cancel(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/activities/{id}/sign-ups/{signUpId}/check-in")
    @Operation(summary = "The organiser checks a volunteer in (now, or at a past time)")
    SignUpView checkIn(@PathVariable long id, @PathVariable long signUpId, @RequestBody(required = false) CheckRequest r) {
        return activities.checkIn(id, signUpId, instant(r));
    }

    @PostMapping("/activities/{id}/sign-ups/{signUpId}/check-out")
    @Operation(summary = "The organiser checks a volunteer out; the service hours follow")
    SignUpView checkOut(@PathVariable long id, @PathVariable long signUpId, @RequestBody(required = false) CheckRequest r) {
        return activities.checkOut(id, signUpId, instant(r));
    }

    @PostMapping("/activities/{id}/check-in")
    @Operation(summary = "The volunteer checks in on a phone near the place (browser geolocation)")
    SignUpView checkInHere(@PathVariable long id, @Valid @RequestBody PositionRequest r) {
        return activities.checkInHere(id, r.lat(), r.lng());
    }

    @PostMapping("/activities/{id}/check-out")
    @Operation(summary = "The volunteer checks out on a phone near the place")
    SignUpView checkOutHere(@PathVariable long id, @Valid @RequestBody PositionRequest r) {
        return activities.checkOutHere(id, r.lat(), r.lng());
    }

    @PostMapping("/sign-ups/{signUpId}/hours")
    @Operation(summary = "Correct a service's hours (organiser, with a reason; audited)")
    SignUpView correct(@PathVariable long signUpId, @Valid @RequestBody CorrectionRequest r) {
        return activities.correctHours(signUpId, r.minutes(), r.reason());
    }

    @GetMapping("/party-members/duty")
    @Operation(summary = "在职党员 monthly micro-service board (staff); month as 2023-05")
    List<DutyLine> duty(@RequestParam(required = false) YearMonth month,
            @RequestParam(name = "community_id", required = false) Long communityId) {
        return duty.board(month == null ? duty.currentMonth() : month, communityId);
    }

    @GetMapping("/service-projects")
    @Operation(summary = "Service projects counted per day, with totals from the daily records")
    Page<ProjectView> projects(@PageableDefault(size = 20) Pageable pageable) {
        return projects.search(pageable);
    }

    @GetMapping("/service-projects/{id}")
    @Operation(summary = "One service project with totals from its daily records")
    ProjectView project(@PathVariable long id) {
        return projects.get(id);
    }

    @GetMapping("/service-projects/{id}/years")
    @Operation(summary = "A project's totals per year")
    List<ProjectYear> projectYears(@PathVariable long id) {
        return projects.years(id);
    }

    private static Instant instant(CheckRequest r) {
        return r == null || r.at() == null ? null : r.at().toInstant();
    }

    private static ResponseEntity<byte[]> pdf(IssuedCertificate c, URI location) {
        ResponseEntity.BodyBuilder b = location == null ? ResponseEntity.ok() : ResponseEntity.created(location);
        return b.contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(c.certificate().number() + ".pdf").build().toString())
                .header("X-Certificate-Number", c.certificate().number())
                .body(c.pdf());
    }
}
