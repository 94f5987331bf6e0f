package org.civicgrid.courses.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.courses.CounsellingManagement;
import org.civicgrid.courses.CounsellingManagement.AddSlots;
import org.civicgrid.courses.SlotView;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 心理咨询预约 — residents book the counselling room; workers open slots and export the schedule; counsellors keep
 * notes.
 */
@Controller
@RequestMapping("/counselling")
class CounsellingController {

    record SlotsForm(@NotNull Long counsellorId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime from, @NotNull @Min(15) @Max(240) Integer minutes,
            @NotNull @Min(1) @Max(12) Integer count, @Size(max = 100) String room) implements java.io.Serializable {}

    /** Refusals are shown in words: the message {@value} + the problem type. */
    private static final String REFUSED = "courses.refused.";

    private final CounsellingManagement counselling;
    private final MessageSource messages;

    CounsellingController(CounsellingManagement counselling, MessageSource messages) {
        this.counselling = counselling;
        this.messages = messages;
    }

    @Bean
    static NavItem counsellingNav() {
        return new NavItem("public", "nav.counselling", "/counselling", Set.of(), 21);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(Model model) {
        CurrentUser me = CurrentUsers.require();
        List<SlotView> slots = counselling.slots(null, null);
        boolean counsellor = counselling.isCounsellor();
        model.addAttribute("slots", slots);
        model.addAttribute("free", slots.stream().filter(s -> !s.booked()).toList());
        model.addAttribute("appointments", counselling.myAppointments());
        model.addAttribute("counsellors", counselling.counsellors());
        model.addAttribute("resident", me.has(Role.RESIDENT));
        model.addAttribute("counsellor", counsellor);
        model.addAttribute("worker", me.has(Role.COMMUNITY_WORKER));
        if (!model.containsAttribute("slotsForm")) {
            model.addAttribute("slotsForm", new SlotsForm(null, LocalDate.now(TimeConfiguration.ZONE).plusDays(1),
                    LocalTime.of(9, 0), 50, 4, "心理咨询室"));
        }
        return "courses/counselling";
    }

    /**
     * The schedule table as the page shows it to community workers and counsellors (the next two weeks): who booked
     * a slot only where the page names them.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.COMMUNITY_WORKER) && !counselling.isCounsellor()) {
            throw new ForbiddenException("Only community workers and counsellors see the counselling schedule");
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<SlotView>sheet("咨询安排")
                .column("时间 When", SlotView::startsAt)
                .column("咨询师 Counsellor", SlotView::counsellorName)
                .column("状态 State", s -> messages.getMessage(s.booked() ? "counselling.booked.tag" : "counselling.free.tag",
                        null, locale))
                .column("预约人 Booked by", SlotView::bookedByName)
                .download("counselling-schedule", counselling.slots(null, null));
    }

    @PostMapping("/slots")
    String addSlots(@Valid @ModelAttribute("slotsForm") SlotsForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                counselling.addSlots(new AddSlots(form.counsellorId(), form.date(), form.from(), form.minutes(), form.count(),
                        form.room()));
                redirect.addFlashAttribute("flash", "counselling.slotsAdded");
                return "redirect:/counselling";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (DomainException e) {
                result.reject(e.type(), PageSteps.refusal(messages, REFUSED, e));
            }
        }
        redirect.addFlashAttribute("slotsForm", form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "slotsForm", result);
        return "redirect:/counselling#slotsForm";
    }

    @PostMapping("/slots/{id}/book")
    String book(@PathVariable long id, @RequestParam(required = false) String topic, RedirectAttributes redirect) {
        step(redirect, "counselling.booked", () -> counselling.book(id, topic));
        return "redirect:/counselling";
    }

    @PostMapping("/slots/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        step(redirect, "counselling.cancelled", () -> counselling.cancel(id));
        return "redirect:/counselling";
    }

    @GetMapping("/slots/{id}")
    String slot(@PathVariable long id, Model model) {
        model.addAttribute("slot", counselling.slot(id));
        boolean counsellor = counselling.isCounsellor();
        model.addAttribute("notes", counsellor ? notesOrNone(id) : List.of());
        model.addAttribute("counsellor", counsellor);
        return "courses/counselling-slot";
    }

    @PostMapping("/slots/{id}/notes")
    String addNote(@PathVariable long id, @RequestParam String body, RedirectAttributes redirect) {
        step(redirect, "counselling.noted", () -> counselling.addNote(id, body));
        return "redirect:/counselling/slots/" + id;
    }

    @PostMapping("/counsellors")
    String appoint(@RequestParam String username, @RequestParam(required = false) String qualification,
            RedirectAttributes redirect) {
        step(redirect, "counselling.appointed", () -> counselling.appoint(username, qualification));
        return "redirect:/counselling";
    }

    private List<?> notesOrNone(long id) {
        try {
            return counselling.notes(id);
        } catch (DomainException e) {
            return List.of();
        }
    }



    private void step(RedirectAttributes redirect, String flash, Runnable action) {
        PageSteps.attempt(redirect, flash, action, messages, REFUSED);
    }
}
