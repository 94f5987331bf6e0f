package org.civicgrid.courses.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.courses.AttendanceSheet;
import org.civicgrid.courses.CareTag;
import org.civicgrid.courses.CourseFigures;
import org.civicgrid.courses.CourseId;
import org.civicgrid.courses.CourseManagement;
import org.civicgrid.courses.CourseManagement.AddSession;
import org.civicgrid.courses.CourseManagement.CreateCourse;
import org.civicgrid.courses.CourseView;
import org.civicgrid.courses.EnrolmentRule;
import org.civicgrid.courses.EnrolmentStatus;
import org.civicgrid.courses.EnrolmentView;
import org.civicgrid.courses.LotteryRecord;
import org.civicgrid.courses.Programme;
import org.civicgrid.courses.SessionView;
import org.civicgrid.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Classes with seats, as API.md "Courses" describes them, plus sessions, attendance and the lottery record. */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses", description = "社区课程 — classes with limited seats, waiting lists and lotteries")
class CourseApiController {

    record CreateCourseRequest(@NotBlank @Size(max = 120) String title, @NotNull Integer capacity,
            @NotBlank String enrolmentRule, Boolean waitingList, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
            String programme, String description, String term, String organiser, String place,
            OffsetDateTime lotteryAt, Integer minAge, Integer maxAge, String careTag) {}

    record CourseResponse(long id, long regionId, Programme programme, String title, String description, String term,
            String organiser, String place, LocalDate startsOn, LocalDate endsOn, int capacity, int seatsTaken,
            int seatsLeft, EnrolmentRule enrolmentRule, boolean waitingList, Instant lotteryAt, Instant lotteryDrawnAt,
            int lotteryEntries, Integer minAge, Integer maxAge, CareTag careTag) {

        static CourseResponse of(CourseView c) {
            return new CourseResponse(c.id(), c.regionId(), c.programme(), c.title(), c.description(), c.term(),
                    c.organiser(), c.place(), c.startsOn(), c.endsOn(), c.capacity(), c.seatsTaken(), c.seatsLeft(),
                    c.enrolmentRule(), c.waitingList(), c.lotteryAt(), c.lotteryDrawnAt(), c.lotteryEntries(),
                    c.minAge(), c.maxAge(), c.careTag());
        }
    }

    record EnrolmentResponse(long courseId, long userId, EnrolmentStatus status, Integer waitingPosition,
            Instant requestedAt, Instant seatedAt) {

        static EnrolmentResponse of(EnrolmentView e) {
            return new EnrolmentResponse(e.courseId(), e.userId(), e.status(), e.waitingPosition(), e.requestedAt(),
                    e.seatedAt());
        }
    }

    record Participants(List<EnrolmentResponse> enrolled, List<EnrolmentResponse> waiting,
            List<EnrolmentResponse> entered) {}

    record Listing<T>(List<T> items, int page, int size, long total) {

        static <T> Listing<T> of(Page<T> page) {
            return new Listing<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    record AddSessionRequest(@NotNull OffsetDateTime startsAt, @NotNull Integer minutes, String place, String topic,
            Boolean memberHome, String hostName) {}

    record AttendanceRequest(@NotNull Set<Long> presentUserIds) {}

    private final CourseManagement courses;
    private final EnrolmentLimits limits;

    CourseApiController(CourseManagement courses, EnrolmentLimits limits) {
        this.courses = courses;
        this.limits = limits;
    }

    @PostMapping
    @Operation(summary = "Open a class in the community worker's community (community worker)",
            description = "The class belongs to the worker's community and is open to its residents. enrolment_rule is "
                    + "FIRST_COME or LOTTERY; a LOTTERY class is drawn at lottery_at (default: noon the day before it starts).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the class")
    ResponseEntity<CourseResponse> create(@Valid @RequestBody CreateCourseRequest r) {
        CourseView course = courses.create(new CreateCourse(r.title(), r.capacity(), r.enrolmentRule(), r.waitingList(),
                r.startsOn(), r.endsOn(), r.programme(), r.description(), r.term(), r.organiser(), r.place(),
                r.lotteryAt(), r.minAge(), r.maxAge(), r.careTag()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + course.id())).body(CourseResponse.of(course));
    }

    @GetMapping
    @Operation(summary = "Classes the caller can see: their region's (staff) and their community's (residents)")
    Listing<CourseResponse> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean current,
            @PageableDefault(size = 20, sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return Listing.of(courses.search(q, current, pageable).map(CourseResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One class")
    CourseResponse get(@PathVariable long id) {
        return CourseResponse.of(courses.get(new CourseId(id)));
    }

    @PostMapping("/{id}/enrolments")
    @Operation(summary = "Enrol the caller (resident)",
            description = "201 with a seat; 202 when the caller joins the waiting list or enters a lottery not yet drawn; "
                    + "409 already-enrolled; 409 course-full when no seat is left and the class keeps no waiting list.")
    @ApiResponse(responseCode = "201", description = "Seat taken")
    @ApiResponse(responseCode = "202", description = "On the waiting list, or entered in the draw")
    @ApiResponse(responseCode = "409", description = "already-enrolled or course-full")
    @ApiResponse(responseCode = "429", description = "Too many enrolments from this account or address for now; "
            + "Retry-After says when to try again")
    ResponseEntity<EnrolmentResponse> enrol(@PathVariable long id, HttpServletRequest http) {
        limits.admit(CurrentUsers.require(), http.getRemoteAddr());
        EnrolmentView e = courses.enrol(new CourseId(id));
        HttpStatus status = e.status() == EnrolmentStatus.ENROLLED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).location(URI.create("/api/v1/courses/" + id + "/enrolments/me"))
                .body(EnrolmentResponse.of(e));
    }

    @GetMapping("/{id}/enrolments/me")
    @Operation(summary = "The caller's enrolment (404 when none)")
    EnrolmentResponse mine(@PathVariable long id) {
        return courses.myEnrolment(new CourseId(id)).map(EnrolmentResponse::of)
                .orElseThrow(() -> new NotFoundException("Enrolment in course", id));
    }

    @DeleteMapping("/{id}/enrolments/me")
    @Operation(summary = "Withdraw: frees the caller's seat (the next in line takes it), entry or place in line")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    ResponseEntity<Void> withdraw(@PathVariable long id) {
        courses.withdraw(new CourseId(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/enrolments")
    @Operation(summary = "Everyone enrolled, waiting (in order) or entered in the draw (staff)")
    Participants participants(@PathVariable long id) {
        var all = courses.participants(new CourseId(id));
        return new Participants(all.get(EnrolmentStatus.ENROLLED).stream().map(EnrolmentResponse::of).toList(),
                all.get(EnrolmentStatus.WAITING).stream().map(EnrolmentResponse::of).toList(),
                all.get(EnrolmentStatus.ENTERED).stream().map(EnrolmentResponse::of).toList());
    }

    @PostMapping("/{id}/lottery")
    @Operation(summary = "Draw the lottery now that its time has come (staff)")
    LotteryRecord draw(@PathVariable long id) {
        return courses.draw(new CourseId(id));
    }

    @GetMapping("/{id}/lottery")
    @Operation(summary = "The draw: seed, entrant fingerprint and drawn order, re-run to check it")
    LotteryRecord lottery(@PathVariable long id) {
        return courses.lottery(new CourseId(id)).orElseThrow(() -> new NotFoundException("Lottery of course", id));
    }

    @GetMapping("/{id}/sessions")
    @Operation(summary = "The class's sessions with attendance counts")
    List<SessionView> sessions(@PathVariable long id) {
        return courses.sessions(new CourseId(id));
    }

    @PostMapping("/{id}/sessions")
    @Operation(summary = "Add a session (staff); member_home with host_name for a lecture in a member's home")
    ResponseEntity<SessionView> addSession(@PathVariable long id, @Valid @RequestBody AddSessionRequest r) {
        SessionView s = courses.addSession(new CourseId(id), new AddSession(r.startsAt(), r.minutes(), r.place(),
                r.topic(), Boolean.TRUE.equals(r.memberHome()), r.hostName()));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id + "/sessions/" + s.id())).body(s);
    }

    @GetMapping("/{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "The attendance register of one session (staff)")
    AttendanceSheet attendance(@PathVariable long id, @PathVariable long sessionId) {
        return courses.attendance(new CourseId(id), sessionId);
    }

    @PutMapping("/{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "Record who came (staff); everyone else holding a seat is marked absent")
    AttendanceSheet recordAttendance(@PathVariable long id, @PathVariable long sessionId,
            @Valid @RequestBody AttendanceRequest r) {
        return courses.recordAttendance(new CourseId(id), sessionId, r.presentUserIds());
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "Fill rate and attendance figures (staff)")
    CourseFigures figures(@PathVariable long id) {
        return courses.figures(new CourseId(id));
    }
}
