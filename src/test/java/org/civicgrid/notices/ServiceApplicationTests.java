package org.civicgrid.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.civicgrid.notices.internal.ServiceApplication;
import org.civicgrid.shared.ConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The application's transitions, each allowed from exactly the statuses listed and refused from the rest. */
class ServiceApplicationTests {

    private static final Instant NOW = Instant.parse("2019-07-01T02:00:00Z");

    private static ServiceApplication in(ApplicationStatus status, ServiceType type) {
        ServiceApplication a = new ServiceApplication(1, "/1/", type, 7, "丁凡", "13800000000", "火电生活区", "申请临时救助", NOW);
        switch (status) {
            case SUBMITTED -> { }
            case ACCEPTED -> a.accept("lijiachong", NOW);
            case FORWARDED -> { a.accept("lijiachong", NOW); a.forward("lijiachong", NOW); }
            case COMPLETED -> { a.accept("lijiachong", NOW); a.complete("lijiachong", "已发放", NOW); }
            case REJECTED -> a.reject("lijiachong", "材料不全", NOW);
            case WITHDRAWN -> a.withdraw(NOW);
        }
        return a;
    }

    private static void check(Set<ApplicationStatus> allowedFrom, ApplicationStatus to, ServiceType type,
            Consumer<ServiceApplication> step) {
        for (ApplicationStatus from : ApplicationStatus.values()) {
            if (from == ApplicationStatus.FORWARDED && !type.forwardable()) {
                continue; // no such application exists
            }
            ServiceApplication a = in(from, type);
            if (allowedFrom.contains(from)) {
                step.accept(a);
                assertThat(a.getStatus()).as("from " + from).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> step.accept(a)).as("from " + from).isInstanceOf(ConflictException.class);
            }
        }
    }

    @Test
    void a_worker_accepts_only_a_submitted_application() {
        check(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.ACCEPTED, ServiceType.TEMPORARY_ASSISTANCE,
                a -> a.accept("w", NOW));
    }

    @Test
    void temporary_assistance_is_forwarded_only_once_accepted() {
        check(EnumSet.of(ApplicationStatus.ACCEPTED), ApplicationStatus.FORWARDED, ServiceType.TEMPORARY_ASSISTANCE,
                a -> a.forward("w", NOW));
    }

    @Test
    void a_residence_certificate_is_never_forwarded() {
        check(EnumSet.noneOf(ApplicationStatus.class), ApplicationStatus.FORWARDED, ServiceType.RESIDENCE_CERTIFICATE,
                a -> a.forward("w", NOW));
    }

    @Test
    void an_application_is_completed_once_accepted_or_forwarded() {
        check(EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.FORWARDED), ApplicationStatus.COMPLETED,
                ServiceType.TEMPORARY_ASSISTANCE, a -> a.complete("w", "done", NOW));
    }

    @Test
    void an_application_is_refused_before_it_is_forwarded_or_done() {
        check(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED), ApplicationStatus.REJECTED,
                ServiceType.TEMPORARY_ASSISTANCE, a -> a.reject("w", "why", NOW));
    }

    @Test
    void the_applicant_withdraws_only_before_it_is_taken_on() {
        check(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.WITHDRAWN, ServiceType.RESIDENCE_CERTIFICATE,
                a -> a.withdraw(NOW));
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void only_a_forwarded_application_is_completed_by_its_case_closing(ApplicationStatus from) {
        ServiceApplication a = in(from, ServiceType.TEMPORARY_ASSISTANCE);

        boolean completed = a.caseProgressed(42, "CLOSED", true, NOW);

        assertThat(completed).isEqualTo(from == ApplicationStatus.FORWARDED);
        assertThat(a.getCaseId()).isEqualTo(42);
    }
}
