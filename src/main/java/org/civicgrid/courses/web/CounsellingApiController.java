package org.civicgrid.courses.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.civicgrid.courses.CounsellingManagement;
import org.civicgrid.courses.CounsellingManagement.AddSlots;
import org.civicgrid.courses.CounsellorView;
import org.civicgrid.courses.NoteView;
import org.civicgrid.courses.SlotView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/counselling")
@Tag(name = "Counselling", description = "心理咨询室 — slots, bookings and counsellors' notes")
class CounsellingApiController {

    record AddSlotsRequest(@NotNull Long counsellorId, @NotNull LocalDate date, @NotNull LocalTime from,
            @NotNull Integer minutes, @NotNull Integer count, String room) {}

    record BookingRequest(String topic) {}

    record NoteRequest(@NotBlank String body) {}

    private final CounsellingManagement counselling;

    CounsellingApiController(CounsellingManagement counselling) {
        this.counselling = counselling;
    }

    @GetMapping("/counsellors")
    @Operation(summary = "Counsellors the caller can reach")
    List<CounsellorView> counsellors() {
        return counselling.counsellors();
    }

    @GetMapping("/slots")
    @Operation(summary = "Slots between two days (inclusive; default: the next 14 days)")
    List<SlotView> slots(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return counselling.slots(from, to);
    }

    @PostMapping("/slots")
    @Operation(summary = "Open consecutive slots for a counsellor (community worker or the counsellor)")
    List<SlotView> addSlots(@Valid @RequestBody AddSlotsRequest r) {
        return counselling.addSlots(new AddSlots(r.counsellorId(), r.date(), r.from(), r.minutes(), r.count(), r.room()));
    }

    @PostMapping("/slots/{id}/booking")
    @Operation(summary = "Book a slot (resident): 201; 409 slot-taken or double-booking")
    ResponseEntity<SlotView> book(@PathVariable long id, @RequestBody(required = false) BookingRequest r) {
        SlotView slot = counselling.book(id, r == null ? null : r.topic());
        return ResponseEntity.created(URI.create("/api/v1/counselling/slots/" + id)).body(slot);
    }

    @DeleteMapping("/slots/{id}/booking")
    @Operation(summary = "Cancel a booking (the person who booked, the counsellor or a community worker)")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        counselling.cancel(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/slots/{id}")
    @Operation(summary = "One slot")
    SlotView slot(@PathVariable long id) {
        return counselling.slot(id);
    }

    @GetMapping("/slots/{id}/notes")
    @Operation(summary = "Counsellors' notes on a session (counsellors only)")
    List<NoteView> notes(@PathVariable long id) {
        return counselling.notes(id);
    }

    @PostMapping("/slots/{id}/notes")
    @Operation(summary = "Write a note on a session (the slot's counsellor)")
    ResponseEntity<NoteView> addNote(@PathVariable long id, @Valid @RequestBody NoteRequest r) {
        NoteView note = counselling.addNote(id, r.body());
        return ResponseEntity.created(URI.create("/api/v1/counselling/slots/" + id + "/notes")).body(note);
    }

    @GetMapping("/appointments/me")
    @Operation(summary = "The caller's upcoming appointments")
    List<SlotView> mine() {
        return counselling.myAppointments();
    }
}
