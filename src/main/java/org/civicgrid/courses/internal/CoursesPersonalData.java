package org.civicgrid.courses.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.courses.EnrolmentStatus;
import org.civicgrid.courses.Programme;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and counselling in a person's copy of their data: their enrolments, their attendance, their own line
 * of each lottery they entered, and the counselling appointments they hold. Never other participants, never
 * who recorded the attendance, and never the counsellors' notes: the module keeps those for counsellors only
 * ({@code CounsellingManagement.notes} refuses the resident and audits every reading), so they are not the
 * resident's to download here. A withdrawn enrolment or a cancelled appointment leaves no row behind, so
 * neither appears.
 */
@Component
class CoursesPersonalData implements PersonalDataSection {

    /**
     * @param enrolledAs      the name the enrolment was made under
     * @param waitingPosition 1 for the next in line; null unless {@code status} is WAITING
     */
    record EnrolmentEntry(long courseId, String courseTitle, Programme programme, LocalDate courseStartsOn,
            LocalDate courseEndsOn, String coursePlace, EnrolmentStatus status, Integer waitingPosition,
            String enrolledAs, Instant requestedAt, Instant seatedAt) {}

    /** Whether the person came to one session, as the class's worker recorded it. */
    record AttendanceEntry(long courseId, String courseTitle, long sessionId, Instant sessionStartsAt,
            Instant sessionEndsAt, String sessionTopic, String sessionPlace, boolean present, Instant recordedAt) {}

    /** The person's own line of a draw: their position and outcome (SEATED, WAITING or NOT_DRAWN). */
    record LotteryEntry(long courseId, String courseTitle, Instant drawnAt, int entrantCount, int seatsOffered,
            int position, String outcome) {}

    /** A counselling slot the person holds, with the topic they gave. */
    record AppointmentEntry(long slotId, String counsellorName, Instant startsAt, Instant endsAt, String room,
            Instant bookedAt, String topic) {}

    record Courses(List<EnrolmentEntry> enrolments, List<AttendanceEntry> attendance,
            List<LotteryEntry> lotteryDraws, List<AppointmentEntry> appointments) {}

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LotteryRepository lotteries;
    private final CounsellingSlotRepository slots;
    private final CounsellorRepository counsellors;

    CoursesPersonalData(CourseRepository courses, EnrolmentRepository enrolments, CourseSessionRepository sessions,
            AttendanceRepository attendance, LotteryRepository lotteries, CounsellingSlotRepository slots,
            CounsellorRepository counsellors) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.attendance = attendance;
        this.lotteries = lotteries;
        this.slots = slots;
        this.counsellors = counsellors;
    }

    @Override
    public String id() {
        return "courses";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Courses collect(long userId) {
        List<Enrolment> ownEnrolments = enrolments.findByUserIdOrderByRequestedAtAscIdAsc(userId);
        List<Attendance> ownAttendance = attendance.findByUserId(userId);
        List<LotteryRepository.OwnPick> ownPicks = lotteries.picksOf(userId);
        List<CounsellingSlot> ownSlots = slots.findByBookedByOrderByStartsAt(userId);

        Set<Long> courseIds = new HashSet<>();
        ownEnrolments.forEach(e -> courseIds.add(e.getCourseId()));
        ownAttendance.forEach(a -> courseIds.add(a.getCourseId()));
        ownPicks.forEach(p -> courseIds.add(p.getCourseId()));
        Map<Long, Course> course = byId(courses.findAllById(courseIds), Course::getId);
        Map<Long, CourseSession> session = byId(sessions.findAllById(
                ownAttendance.stream().map(Attendance::getSessionId).collect(Collectors.toSet())),
                CourseSession::getId);
        Map<Long, Counsellor> counsellor = byId(counsellors.findAllById(
                ownSlots.stream().map(CounsellingSlot::getCounsellorId).collect(Collectors.toSet())), Counsellor::getId);

        List<EnrolmentEntry> enrolmentLines = ownEnrolments.stream().map(e -> {
            Course c = course.get(e.getCourseId());
            Integer position = e.getStatus() == EnrolmentStatus.WAITING && e.getQueueNo() != null
                    ? (int) enrolments.aheadOf(e.getCourseId(), e.getQueueNo()) + 1 : null;
            return new EnrolmentEntry(e.getCourseId(), c.getTitle(), c.getProgramme(), c.getStartsOn(), c.getEndsOn(),
                    c.getPlace(), e.getStatus(), position, e.getDisplayName(), e.getRequestedAt(), e.getSeatedAt());
        }).toList();
        List<AttendanceEntry> attendanceLines = ownAttendance.stream().map(a -> {
            CourseSession s = session.get(a.getSessionId());
            return new AttendanceEntry(a.getCourseId(), course.get(a.getCourseId()).getTitle(), a.getSessionId(),
                    s.getStartsAt(), s.getEndsAt(), s.getTopic(), s.getPlace(), a.isPresent(), a.getRecordedAt());
        }).sorted(Comparator.comparing(AttendanceEntry::sessionStartsAt).thenComparing(AttendanceEntry::sessionId)).toList();
        List<LotteryEntry> drawLines = ownPicks.stream().map(p -> new LotteryEntry(p.getCourseId(),
                course.get(p.getCourseId()).getTitle(), p.getDrawnAt(), p.getEntrantCount(), p.getSeatsOffered(),
                p.getPosition(), p.getOutcome())).toList();
        List<AppointmentEntry> appointmentLines = ownSlots.stream().map(s -> new AppointmentEntry(s.getId(),
                Optional.ofNullable(counsellor.get(s.getCounsellorId())).map(Counsellor::getDisplayName).orElse("—"),
                s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getBookedAt(), s.getTopic())).toList();
        return new Courses(enrolmentLines, attendanceLines, drawLines, appointmentLines);
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
