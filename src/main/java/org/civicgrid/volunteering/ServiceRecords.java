package org.civicgrid.volunteering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.Views.CertificateView;
import org.civicgrid.volunteering.Views.ServiceLine;
import org.civicgrid.volunteering.Views.VolunteerRecord;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.civicgrid.volunteering.internal.Activity;
import org.civicgrid.volunteering.internal.ActivityRepository;
import org.civicgrid.volunteering.internal.Certificate;
import org.civicgrid.volunteering.internal.CertificatePdf;
import org.civicgrid.volunteering.internal.CertificateRepository;
import org.civicgrid.volunteering.internal.SignUp;
import org.civicgrid.volunteering.internal.SignUpRepository;
import org.civicgrid.volunteering.internal.Volunteer;
import org.civicgrid.volunteering.internal.VolunteerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿服务记录与证明 — a volunteer's record (basic information and service history: time, place, content,
 * hours) and certificates issued by the organisation that recorded the service.
 */
@Service
public class ServiceRecords {

    /** A certificate and its PDF. */
    public record IssuedCertificate(CertificateView certificate, byte[] pdf) {}

    static final Map<IdType, String> ID_TYPE_LABELS = Map.of(IdType.RESIDENT_ID_CARD, "居民身份证",
            IdType.HK_MACAO_PERMIT, "港澳居民来往内地通行证", IdType.TAIWAN_PERMIT, "台湾居民来往大陆通行证",
            IdType.PASSPORT, "护照", IdType.FOREIGN_PERMANENT_RESIDENT, "外国人永久居留身份证");

    private final VolunteerRepository volunteers;
    private final SignUpRepository signUps;
    private final ActivityRepository activities;
    private final CertificateRepository certificates;
    private final VolunteerManagement volunteerManagement;
    private final CertificatePdf pdf;
    private final Clock clock;

    ServiceRecords(VolunteerRepository volunteers, SignUpRepository signUps, ActivityRepository activities,
            CertificateRepository certificates, VolunteerManagement volunteerManagement, CertificatePdf pdf,
            Clock clock) {
        this.volunteers = volunteers;
        this.signUps = signUps;
        this.activities = activities;
        this.certificates = certificates;
        this.volunteerManagement = volunteerManagement;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VolunteerRecord record(long volunteerId) {
        Volunteer v = visible(volunteerId);
        List<ServiceLine> lines = services(v.getId());
        return new VolunteerRecord(volunteerManagement.view(v), lines,
                lines.stream().mapToLong(ServiceLine::minutes).sum(),
                certificates.findByVolunteerIdOrderByIssuedOnDescIdDesc(v.getId()).stream().map(ServiceRecords::view)
                        .toList());
    }

    /** The signed-in volunteer's own record. */
    @Transactional(readOnly = true)
    public VolunteerRecord mine() {
        Volunteer v = volunteers.findByUserId(CurrentUsers.require().id())
                .orElseThrow(() -> new NotFoundException("Volunteer", "me"));
        return record(v.getId());
    }

    /** Organisations the volunteer served with, and the minutes with each (most first). */
    @Transactional(readOnly = true)
    public Map<String, Long> minutesByOrganisation(long volunteerId) {
        Volunteer v = visible(volunteerId);
        return services(v.getId()).stream()
                .collect(Collectors.groupingBy(ServiceLine::organisation, Collectors.summingLong(ServiceLine::minutes)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * 出具证明 — the organisation that recorded the services issues the certificate; it lists that
     * organisation's completed services up to today.
     */
    @Transactional
    public IssuedCertificate issue(long volunteerId, String organisation) {
        CurrentUser me = CurrentUsers.require();
        Volunteer v = visible(volunteerId);
        List<ServiceLine> lines = services(v.getId()).stream()
                .filter(s -> organisation == null || organisation.isBlank() || s.organisation().equals(organisation))
                .toList();
        if (lines.isEmpty()) {
            throw (ConflictException) new ConflictException("no-service-to-certify", "No service to certify",
                    "There is no completed service with this organisation yet").with("volunteerId", volunteerId);
        }
        String org = lines.get(0).organisation();
        List<ServiceLine> withOrg = lines.stream().filter(s -> s.organisation().equals(org)).toList();
        Activity latest = activities.findById(withOrg.get(0).activityId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String number = "ZYFW" + today.getYear() + String.format("%06d", certificates.nextNumber());
        Certificate c = certificates.save(new Certificate(number, v.getId(), org, latest.getResponsiblePerson(),
                latest.getContactPhone(), (int) withOrg.stream().mapToLong(ServiceLine::minutes).sum(), withOrg.size(),
                today, me.username(), v.getRegionId(), v.getRegionPath()));
        CertificateView view = view(c);
        return new IssuedCertificate(view, render(view, v, withOrg));
    }

    /** An issued certificate's PDF again (its services up to the day it was issued). */
    @Transactional(readOnly = true)
    public IssuedCertificate certificate(long certificateId) {
        Certificate c = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("Certificate", certificateId));
        Volunteer v = visible(c.getVolunteerId());
        var end = c.getIssuedOn().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        List<ServiceLine> lines = services(v.getId()).stream()
                .filter(s -> s.organisation().equals(c.getOrganisation()) && s.startedAt().isBefore(end)).toList();
        CertificateView view = view(c);
        return new IssuedCertificate(view, render(view, v, lines));
    }

    /** For other modules: hours served in {@code year} by the in-post party members of each unit. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> hoursByUnit(Collection<Long> unitIds, int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        var from = Year.of(year).atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        var to = Year.of(year + 1).atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        for (Object[] row : signUps.minutesByUnit(unitIds, from, to)) {
            out.put(((Number) row[0]).longValue(), Views.hours(((Number) row[1]).longValue()));
        }
        return out;
    }

    public String certificateFont() {
        return pdf.fontSource();
    }

    private byte[] render(CertificateView c, Volunteer v, List<ServiceLine> lines) {
        VolunteerView view = volunteerManagement.view(v);
        List<ServiceLine> oldestFirst = lines.stream().sorted(Comparator.comparing(ServiceLine::startedAt)).toList();
        return pdf.render(c, view, ID_TYPE_LABELS.getOrDefault(v.getIdType(), v.getIdType().name()), oldestFirst);
    }

    /** Completed services, newest first. */
    private List<ServiceLine> services(long volunteerId) {
        List<SignUp> done = signUps.findByVolunteerIdAndStatusOrderByCheckedInAtDesc(volunteerId, SignUpStatus.COMPLETED);
        Map<Long, Activity> byId = activities.findAllById(done.stream().map(SignUp::getActivityId).distinct().toList())
                .stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
        return done.stream().map(s -> {
            Activity a = byId.get(s.getActivityId());
            return new ServiceLine(s.getId(), a.getId(), a.getTitle(), a.getType(), a.getPlace(), s.getCheckedInAt(),
                    s.getCheckedOutAt(), s.getServiceMinutes() == null ? 0 : s.getServiceMinutes(), a.getOrganisation(),
                    s.getCorrectedAt() != null);
        }).toList();
    }

    private Volunteer visible(long id) {
        CurrentUser me = CurrentUsers.require();
        return volunteers.findById(id)
                .filter(v -> (v.getUserId() != null && v.getUserId() == me.id())
                        || (me.isStaff() && me.canSee(v.getRegionPath())))
                .orElseThrow(() -> new NotFoundException("Volunteer", id));
    }

    private static CertificateView view(Certificate c) {
        return new CertificateView(c.getId(), c.getNumber(), c.getOrganisation(), c.getResponsiblePerson(),
                c.getContactPhone(), c.getTotalMinutes(), c.getServices(), c.getIssuedOn(), c.getIssuedBy());
    }
}
