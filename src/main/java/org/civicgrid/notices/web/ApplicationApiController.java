package org.civicgrid.notices.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.civicgrid.notices.ApplicationManagement;
import org.civicgrid.notices.ApplicationManagement.Action;
import org.civicgrid.notices.ApplicationManagement.SubmitApplication;
import org.civicgrid.notices.ApplicationStatus;
import org.civicgrid.notices.ApplicationView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "网上办事 — online applications and the community worker's inbox")
class ApplicationApiController {

    record SubmitRequest(@NotBlank String serviceType, @NotBlank String applicantName, @NotBlank String phone,
            String address, @NotBlank String details) {}

    record ActionRequest(@NotNull Action action, String note) {}

    record Listing(List<ApplicationView> items, int page, int size, long total) {

        static Listing of(Page<ApplicationView> page) {
            return new Listing(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    private final ApplicationManagement applications;

    ApplicationApiController(ApplicationManagement applications) {
        this.applications = applications;
    }

    @PostMapping
    @Operation(summary = "Apply for a service: TEMPORARY_ASSISTANCE, RESIDENCE_CERTIFICATE or OLD_AGE_ALLOWANCE")
    ResponseEntity<ApplicationView> submit(@Valid @RequestBody SubmitRequest r) {
        ApplicationView a = applications.submit(new SubmitApplication(r.serviceType(), r.applicantName(), r.phone(),
                r.address(), r.details()));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + a.id())).body(a);
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's applications")
    Listing mine(@PageableDefault(size = 20) Pageable pageable) {
        return Listing.of(applications.mine(pageable));
    }

    @GetMapping
    @Operation(summary = "The inbox of the caller's region (staff); phones masked")
    Listing inbox(@RequestParam(required = false) ApplicationStatus status, @PageableDefault(size = 20) Pageable pageable) {
        return Listing.of(applications.inbox(status, pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application with its history (its applicant, or staff of its region — audited)")
    ApplicationView get(@PathVariable long id) {
        return applications.get(id);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "ACCEPT, FORWARD (temporary assistance: opens a case), COMPLETE or REJECT (with a note)",
            description = "409 illegal-transition when the application's status does not allow the action.")
    ApplicationView act(@PathVariable long id, @Valid @RequestBody ActionRequest r) {
        return applications.act(id, r.action(), r.note());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw the caller's application before it is taken on")
    ApplicationView withdraw(@PathVariable long id) {
        return applications.withdraw(id);
    }
}
