package org.civicgrid.pairing.web;

import java.util.Locale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.pairing.NeedManagement;
import org.civicgrid.pairing.NeedStatus;
import org.civicgrid.pairing.PairingManagement;
import org.civicgrid.pairing.PairingManagement.LogVisit;
import org.civicgrid.pairing.PairingViews.PairingDetail;
import org.civicgrid.pairing.PairingViews.RankingRow;
import org.civicgrid.pairing.UnitRanking;
import org.civicgrid.pairing.VisitKind;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.volunteering.PartyMemberDuty;
import org.civicgrid.volunteering.Views.DutyLine;
import org.civicgrid.pairing.PairingViews.BoardRow;
import org.civicgrid.pairing.PairingViews.NeedView;
import org.springframework.data.domain.Sort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 联点共建 pages: the board, a pairing, phone-friendly visit logging, the needs list, the ranking. */
@Controller
class PairingController {

    record VisitForm(VisitKind kind, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitDate,
            boolean leaderPresent, @Size(max = 50) String leaderName, @NotNull @Min(1) @Max(500) Integer participants,
            @Size(max = 500) String participantNames, @NotBlank @Size(max = 4000) String discussed) {}

    record NeedForm(@NotNull Long communityId, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, org.civicgrid.pairing.NeedCategory category,
            @Size(max = 200) String address) {}

    private final PairingManagement pairing;
    private final NeedManagement needs;
    private final UnitRanking ranking;
    private final PartyMemberDuty duty;
    private final MessageSource messages;

    PairingController(PairingManagement pairing, NeedManagement needs, UnitRanking ranking, PartyMemberDuty duty,
            MessageSource messages) {
        this.messages = messages;
        this.pairing = pairing;
        this.needs = needs;
        this.ranking = ranking;
        this.duty = duty;
    }

    @Bean
    static NavItem pairingBoardNav() {
        return new NavItem("city", "nav.pairing.board", "/pairing", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER", "UNIT_LIAISON"), 40);
    }

    @Bean
    static NavItem pairingNeedsNav() {
        return new NavItem("work", "nav.pairing.needs", "/pairing/needs", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER", "UNIT_LIAISON", "GRID_WORKER"), 40);
    }

    @Bean
    static NavItem pairingRankingNav() {
        return new NavItem("city", "nav.pairing.ranking", "/pairing/ranking", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER"), 41);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/pairing")
    String board(@RequestParam(required = false) Integer year,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        List<Integer> years = pairing.years();
        int y = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        LocalDate end = LocalDate.of(y, 12, 31);
        LocalDate date = asOf != null ? asOf : LocalDate.now().isBefore(end) ? LocalDate.now() : end;
        model.addAttribute("board", pairing.board(y, date));
        model.addAttribute("years", years);
        model.addAttribute("myUnits", pairing.myUnits());
        return "pairing/board";
    }

    @GetMapping("/pairing/pairings/{id}")
    String detail(@PathVariable long id, Model model) {
        PairingDetail detail = pairing.detail(id);
        model.addAttribute("d", detail);
        return "pairing/pairing";
    }

    @GetMapping("/pairing/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) YearMonth month, Model model) {
        YearMonth m = month == null ? duty.currentMonth() : month;
        model.addAttribute("unit", pairing.unit(id));
        model.addAttribute("pairings", pairing.pairingsOf(id));
        model.addAttribute("month", m);
        model.addAttribute("duty", duty.boardOfUnits(Set.of(id), m));
        return "pairing/unit";
    }

    /** The unit's party members' duty for the month its page shows, as the page's table lists them. */
    @GetMapping("/pairing/units/{id}/duty/export")
    ResponseEntity<byte[]> exportUnitDuty(@PathVariable long id, @RequestParam(required = false) YearMonth month) {
        YearMonth m = month == null ? duty.currentMonth() : month;
        var unit = pairing.unit(id);
        return ExcelExport.<DutyLine>sheet(unit.name() + " " + m)
                .column("姓名 Name", DutyLine::name)
                .column("社区 Community", DutyLine::communityName)
                .column("本月次数 Services", DutyLine::services)
                .column("状态 Status", l -> label(l.behind() ? "volunteering.duty.behind"
                        : l.owes() ? "volunteering.duty.done" : "volunteering.duty.notYetOwed"))
                .download("unit-" + id + "-duty-" + m, duty.boardOfUnits(Set.of(id), m));
    }

    @GetMapping("/pairing/pairings/{id}/visits/new")
    String newVisit(@PathVariable long id, Model model) {
        model.addAttribute("form", new VisitForm(null, LocalDate.now(), true, null, 1, null, null));
        return visitForm(id, model);
    }

    @PostMapping("/pairing/pairings/{id}/visits")
    String logVisit(@PathVariable long id, @Valid @ModelAttribute("form") VisitForm form, BindingResult result,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return visitForm(id, model);
        }
        try {
            pairing.logVisit(id, new LogVisit(form.kind(), form.visitDate(), form.leaderPresent(), form.leaderName(),
                    form.participants(), form.participantNames(), form.discussed()), photos);
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return visitForm(id, model);
        }
        redirect.addFlashAttribute("flash", "pairing.visit.logged");
        return "redirect:/pairing/pairings/" + id;
    }

    private String visitForm(long id, Model model) {
        model.addAttribute("pairing", pairing.pairing(id));
        model.addAttribute("kinds", VisitKind.values());
        return "pairing/visit-form";
    }

    @GetMapping("/pairing/needs")
    String needs(@RequestParam(name = "community_id", required = false) Long communityId,
            @RequestParam(required = false) NeedStatus status, @PageableDefault(size = 30, sort = "reportedAt",
                    direction = org.springframework.data.domain.Sort.Direction.DESC) Pageable pageable, Model model) {
        model.addAttribute("page", needs.list(communityId, status, pageable));
        if (!model.containsAttribute("needForm")) {
            model.addAttribute("needForm", new NeedForm(communityId, null, null, null, null));
        }
        model.addAttribute("communities", needs.reportableCommunities());
        model.addAttribute("categories", org.civicgrid.pairing.NeedCategory.values());
        model.addAttribute("status", status);
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("liaison", CurrentUsers.require().has(org.civicgrid.access.Role.UNIT_LIAISON));
        model.addAttribute("claimable", needs.claimableCommunities());
        return "pairing/needs";
    }

    @PostMapping("/pairing/needs")
    String reportNeed(@Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
            @PageableDefault(size = 30, sort = "reportedAt", direction = org.springframework.data.domain.Sort.Direction.DESC)
            Pageable pageable, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                needs.report(new NeedManagement.ReportNeed(form.communityId(), form.title(), form.description(),
                        form.category(), form.address(), null, null, null));
                redirect.addFlashAttribute("flash", "pairing.need.reported");
                return "redirect:/pairing/needs";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("needFormOpen", true);
        return needs(null, null, pageable, model);
    }

    @PostMapping("/pairing/needs/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "claim" -> needs.claim(id, null);
                case "resolve" -> needs.resolve(id, text);
                case "escalate" -> needs.escalate(id, text);
                default -> throw new InvalidInputException("action", "unknown action");
            }
            redirect.addFlashAttribute("flash", "pairing.need." + action + ".done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.detail());
        } catch (DomainException e) {
            if (e.status() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.detail());
        }
        return "redirect:/pairing/needs";
    }

    @GetMapping("/pairing/ranking")
    String ranking(@RequestParam(required = false) Integer year, Model model) {
        List<Integer> years = pairing.years();
        int y = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("rows", ranking.rank(y));
        model.addAttribute("rules", ranking.rules());
        return "pairing/ranking";
    }

    @GetMapping("/pairing/ranking/export")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        return ExcelExport.<RankingRow>sheet("联点单位考核" + year)
                .column("排名 Rank", RankingRow::rank)
                .column("单位 Unit", RankingRow::unitName)
                .column("类型 Type", r -> r.type().name())
                .column("联点社区 Communities", RankingRow::communities)
                .column("已报到 Reported", RankingRow::reported)
                .column("走访次数 Visits", RankingRow::visits)
                .column("解决问题 Needs resolved", RankingRow::needsResolved)
                .column("投入资金(元) Invested", RankingRow::invested)
                .column("志愿服务时长(小时) Volunteer hours", RankingRow::volunteerHours)
                .column("锦旗/感谢信 Thanks", RankingRow::thanks)
                .column("得分 Score", RankingRow::score)
                .download("pairing-ranking-" + year, ranking.rank(year));
    }

    /** The board as of its date as a workbook: every pairing of the year and whether its unit has reported. */
    @GetMapping("/pairing/export")
    ResponseEntity<byte[]> exportBoard(@RequestParam(required = false) Integer year,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<Integer> years = pairing.years();
        int y = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        LocalDate end = LocalDate.of(y, 12, 31);
        LocalDate date = asOf != null ? asOf : LocalDate.now().isBefore(end) ? LocalDate.now() : end;
        return ExcelExport.<BoardRow>sheet("联点共建进度" + y)
                .column("单位 Unit", r -> r.pairing().unitName())
                .column("社区 Community", r -> r.pairing().communityName())
                .column("街道 Street", r -> r.pairing().streetName())
                .column("城区 District", r -> r.pairing().districtName())
                .column("已报到 Reported", r -> r.reported() ? "已报到 yes" : "未报到 no")
                .column("首次报到 First report", r -> r.firstReportedOn())
                .column("走访次数 Visits", r -> r.visits())
                .download("pairing-board-" + y + "-" + date, pairing.board(y, date).rows());
    }

    /** The needs list with its filters and in its order as a workbook, every page of it. */
    @GetMapping("/pairing/needs/export")
    ResponseEntity<byte[]> exportNeeds(@RequestParam(name = "community_id", required = false) Long communityId,
            @RequestParam(required = false) NeedStatus status, @PageableDefault(size = 30, sort = "reportedAt",
                    direction = Sort.Direction.DESC) Pageable pageable) {
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<NeedView>sheet("问题清单")
                .column("问题 Need", n -> n.title())
                .column("社区 Community", n -> n.communityName())
                .column("类别 Category", n -> messages.getMessage("pairing.needCategory." + n.category(), null,
                        String.valueOf(n.category()), locale))
                .column("状态 Status", n -> messages.getMessage("pairing.needStatus." + n.status(), null,
                        String.valueOf(n.status()), locale))
                .column("地点 Where", n -> n.address())
                .column("提出时间 Reported", n -> n.reportedAt())
                .column("认领单位 Claimed by", n -> n.claimedUnitName())
                .column("案件 Case", n -> n.caseId())
                .column("解决时间 Resolved", n -> n.resolvedAt())
                .column("解决情况 Resolution", n -> n.resolution())
                .download("pairing-needs", ExcelExport.allPages(pageable.getSort(),
                        p -> needs.list(communityId, status, p)));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
