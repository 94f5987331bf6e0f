package org.civicgrid.pairing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.pairing.NeedManagement;
import org.civicgrid.pairing.NeedManagement.ReportNeed;
import org.civicgrid.pairing.NeedStatus;
import org.civicgrid.pairing.PairingManagement;
import org.civicgrid.pairing.PairingManagement.CreateUnit;
import org.civicgrid.pairing.PairingManagement.LogVisit;
import org.civicgrid.pairing.PairingManagement.PairUnit;
import org.civicgrid.pairing.PairingViews.Board;
import org.civicgrid.pairing.PairingViews.InvestmentView;
import org.civicgrid.pairing.PairingViews.NeedView;
import org.civicgrid.pairing.PairingViews.PairingDetail;
import org.civicgrid.pairing.PairingViews.PairingView;
import org.civicgrid.pairing.PairingViews.PlanView;
import org.civicgrid.pairing.PairingViews.RankingRow;
import org.civicgrid.pairing.PairingViews.ThanksView;
import org.civicgrid.pairing.PairingViews.UnitView;
import org.civicgrid.pairing.PairingViews.VisitView;
import org.civicgrid.pairing.PlanManagement;
import org.civicgrid.pairing.PlanManagement.PlanItem;
import org.civicgrid.pairing.PlanManagement.RecordInvestment;
import org.civicgrid.pairing.PlanManagement.RecordThanks;
import org.civicgrid.pairing.PlanManagement.RevisePlan;
import org.civicgrid.pairing.ThanksKind;
import org.civicgrid.pairing.UnitRanking;
import org.civicgrid.pairing.UnitType;
import org.civicgrid.pairing.VisitKind;
import org.civicgrid.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 联点共建 API: units, pairings, visits, the board, needs, plans, investments, thanks and the ranking. */
@RestController
@RequestMapping("/api/v1/pairing")
@Tag(name = "Pairing", description = "联点共建: units, pairings, visits, needs, plans, ranking")
class PairingApiController {

    record UnitRequest(@NotBlank @Size(max = 100) String name, @NotNull UnitType type, @Size(max = 50) String leaderName,
            @Size(max = 100) String leaderTitle, @Size(max = 30) String phone) {}

    record LiaisonRequest(@NotNull Long userId) {}

    record PairingRequest(@NotNull Long unitId, @NotNull Long communityId, @NotNull Integer year) {}

    record VisitRequest(VisitKind kind, @NotNull LocalDate visitDate, Boolean leaderPresent,
            @Size(max = 50) String leaderName, @NotNull @Min(1) @Max(500) Integer participants,
            @Size(max = 500) String participantNames, @NotBlank @Size(max = 4000) String discussed) {}

    record NeedRequest(@NotNull Long communityId, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, NeedCategory category, @Size(max = 200) String address, Double lat,
            Double lng, Long visitId) {}

    record ClaimRequest(Long pairingId) {}

    record ResolveRequest(@NotBlank @Size(max = 2000) String resolution) {}

    record EscalateRequest(@Size(max = 2000) String note) {}

    record PlanItemRequest(@NotBlank @Size(max = 300) String title, @NotNull BigDecimal budget, LocalDate dueOn) {}

    record PlanRequest(@NotBlank @Size(max = 200) String title, @Size(max = 8000) String content,
            @NotEmpty @Size(max = 50) List<@Valid PlanItemRequest> items, @Size(max = 1000) String changeNote,
            Boolean agreedWithCommunity) {}

    record InvestmentRequest(@NotNull LocalDate investedOn, @NotNull BigDecimal amount,
            @NotBlank @Size(max = 500) String purpose) {}

    record ThanksRequest(@NotNull LocalDate receivedOn, @NotNull ThanksKind kind, Integer quantity,
            @NotBlank @Size(max = 200) String fromWhom, @Size(max = 200) String words) {}

    private final PairingManagement pairing;
    private final NeedManagement needs;
    private final PlanManagement plans;
    private final UnitRanking ranking;

    PairingApiController(PairingManagement pairing, NeedManagement needs, PlanManagement plans, UnitRanking ranking) {
        this.pairing = pairing;
        this.needs = needs;
        this.plans = plans;
        this.ranking = ranking;
    }

    @PostMapping("/units")
    @Operation(summary = "Register a unit (city officials)")
    ResponseEntity<UnitView> createUnit(@Valid @RequestBody UnitRequest r) {
        UnitView u = pairing.createUnit(new CreateUnit(r.name(), r.type(), r.leaderName(), r.leaderTitle(), r.phone()));
        return ResponseEntity.created(URI.create("/api/v1/pairing/units/" + u.id())).body(u);
    }

    @GetMapping("/units")
    @Operation(summary = "Units in or paired into the caller's region")
    Page<UnitView> units(@RequestParam(required = false) String q, @RequestParam(required = false) UnitType type,
            @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return pairing.units(q, type, pageable);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "One unit")
    UnitView unit(@PathVariable long id) {
        return pairing.unit(id);
    }

    @GetMapping("/units/{id}/pairings")
    @Operation(summary = "A unit's pairings the caller may see")
    List<PairingView> unitPairings(@PathVariable long id) {
        return pairing.pairingsOf(id);
    }

    @PostMapping("/units/{id}/liaisons")
    @Operation(summary = "Appoint a UNIT_LIAISON user as the unit's liaison (city officials)")
    UnitView appoint(@PathVariable long id, @Valid @RequestBody LiaisonRequest r) {
        return pairing.appointLiaison(id, r.userId());
    }

    @PostMapping("/pairings")
    @Operation(summary = "Pair a unit with a community for a year (officials)")
    ResponseEntity<PairingView> pair(@Valid @RequestBody PairingRequest r) {
        PairingView p = pairing.pair(new PairUnit(r.unitId(), r.communityId(), r.year()));
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + p.id())).body(p);
    }

    @GetMapping("/pairings/{id}")
    @Operation(summary = "A pairing with visits, plan, money, thanks and claimed needs")
    PairingDetail pairingDetail(@PathVariable long id) {
        return pairing.detail(id);
    }

    @PostMapping("/pairings/{id}/visits")
    @Operation(summary = "Log a report-in or visit (the unit's liaison or the community's staff)")
    ResponseEntity<VisitView> visit(@PathVariable long id, @Valid @RequestBody VisitRequest r) {
        VisitView v = pairing.logVisit(id, new LogVisit(r.kind(), r.visitDate(), Boolean.TRUE.equals(r.leaderPresent()), r.leaderName(),
                r.participants(), r.participantNames(), r.discussed()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + id + "/visits/" + v.id())).body(v);
    }

    @PostMapping(value = "/pairings/{id}/visits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Log a visit with photos (multipart: a 'visit' JSON part and 'photos' files)")
    ResponseEntity<VisitView> visitWithPhotos(@PathVariable long id, @Valid @RequestPart("visit") VisitRequest r,
            @RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
        VisitView v = pairing.logVisit(id, new LogVisit(r.kind(), r.visitDate(), Boolean.TRUE.equals(r.leaderPresent()), r.leaderName(),
                r.participants(), r.participantNames(), r.discussed()), photos);
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + id + "/visits/" + v.id())).body(v);
    }

    @GetMapping("/pairings/{id}/visits")
    @Operation(summary = "A pairing's visits, newest first")
    List<VisitView> visits(@PathVariable long id) {
        return pairing.visits(id);
    }

    @GetMapping("/board")
    @Operation(summary = "联点进度 as of a date: units reported so far, not yet, and visits each")
    Board board(@RequestParam int year, @RequestParam(name = "as_of", required = false) LocalDate asOf) {
        return pairing.board(year, asOf == null ? LocalDate.of(year, 12, 31) : asOf);
    }

    @PostMapping("/needs")
    @Operation(summary = "Put a need on a community's list")
    ResponseEntity<NeedView> report(@Valid @RequestBody NeedRequest r) {
        NeedView n = needs.report(new ReportNeed(r.communityId(), r.title(), r.description(), r.category(), r.address(),
                r.lat(), r.lng(), r.visitId()));
        return ResponseEntity.created(URI.create("/api/v1/pairing/needs/" + n.id())).body(n);
    }

    @GetMapping("/needs")
    @Operation(summary = "Needs the caller may see")
    Page<NeedView> needs(@RequestParam(name = "community_id", required = false) Long communityId,
            @RequestParam(required = false) NeedStatus status, @PageableDefault(size = 50, sort = "reportedAt",
                    direction = org.springframework.data.domain.Sort.Direction.DESC) Pageable pageable) {
        return needs.list(communityId, status, pageable);
    }

    @GetMapping("/needs/{id}")
    @Operation(summary = "One need")
    NeedView need(@PathVariable long id) {
        return needs.get(id);
    }

    @PostMapping("/needs/{id}/claim")
    @Operation(summary = "A liaison claims the need for their unit")
    NeedView claim(@PathVariable long id, @RequestBody(required = false) ClaimRequest r) {
        return needs.claim(id, r == null ? null : r.pairingId());
    }

    @PostMapping("/needs/{id}/resolve")
    @Operation(summary = "Resolve the need directly")
    NeedView resolve(@PathVariable long id, @Valid @RequestBody ResolveRequest r) {
        return needs.resolve(id, r.resolution());
    }

    @PostMapping("/needs/{id}/escalate")
    @Operation(summary = "Hand the need to casework as a case (published as PairingNeedEscalated)")
    NeedView escalate(@PathVariable long id, @Valid @RequestBody(required = false) EscalateRequest r) {
        return needs.escalate(id, r == null ? null : r.note());
    }

    @GetMapping("/pairings/{id}/plan")
    @Operation(summary = "The pairing's co-building plan with every version")
    PlanView plan(@PathVariable long id) {
        return plans.plan(id).orElseThrow(() -> new NotFoundException("Plan of pairing", id));
    }

    @PostMapping("/pairings/{id}/plan/versions")
    @Operation(summary = "Revise the plan: a new immutable version")
    ResponseEntity<PlanView> revise(@PathVariable long id, @Valid @RequestBody PlanRequest r) {
        PlanView p = plans.revise(id, new RevisePlan(r.title(), r.content(), r.items().stream()
                .map(i -> new PlanItem(i.title(), i.budget(), i.dueOn())).toList(), r.changeNote(),
                Boolean.TRUE.equals(r.agreedWithCommunity())));
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + id + "/plan")).body(p);
    }

    @PostMapping("/pairings/{id}/investments")
    @Operation(summary = "Record money actually invested")
    ResponseEntity<InvestmentView> invest(@PathVariable long id, @Valid @RequestBody InvestmentRequest r) {
        InvestmentView i = plans.recordInvestment(id, new RecordInvestment(r.investedOn(), r.amount(), r.purpose()));
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + id)).body(i);
    }

    @PostMapping("/pairings/{id}/thanks")
    @Operation(summary = "Record residents' thanks (锦旗, letters)")
    ResponseEntity<ThanksView> thanks(@PathVariable long id, @Valid @RequestBody ThanksRequest r) {
        ThanksView t = plans.recordThanks(id, new RecordThanks(r.receivedOn(), r.kind(), r.quantity(), r.fromWhom(),
                r.words()));
        return ResponseEntity.created(URI.create("/api/v1/pairing/pairings/" + id)).body(t);
    }

    @GetMapping("/ranking")
    @Operation(summary = "Units' scores for the year under the configured rules")
    List<RankingRow> ranking(@RequestParam int year) {
        return ranking.rank(year);
    }
}
