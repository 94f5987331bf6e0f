package org.civicgrid.pairing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.pairing.PairingViews.InvestmentView;
import org.civicgrid.pairing.PairingViews.PlanItemView;
import org.civicgrid.pairing.PairingViews.PlanVersionView;
import org.civicgrid.pairing.PairingViews.PlanView;
import org.civicgrid.pairing.PairingViews.ThanksView;
import org.civicgrid.pairing.internal.Investment;
import org.civicgrid.pairing.internal.InvestmentRepository;
import org.civicgrid.pairing.internal.Pairing;
import org.civicgrid.pairing.internal.PairingRepository;
import org.civicgrid.pairing.internal.PairingSupport;
import org.civicgrid.pairing.internal.Plan;
import org.civicgrid.pairing.internal.PlanRepository;
import org.civicgrid.pairing.internal.PlanVersion;
import org.civicgrid.pairing.internal.PlanVersionRepository;
import org.civicgrid.pairing.internal.Thanks;
import org.civicgrid.pairing.internal.ThanksRepository;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共建实施方案、投入与感谢 — a pairing's yearly plan (every revision is a new, immutable version), the money the
 * unit actually invested, and residents' thanks.
 */
@Service
public class PlanManagement {

    public record PlanItem(String title, BigDecimal budget, LocalDate dueOn) {}

    /** 修订方案 — a new version of the plan; the budget is the sum of the items'. */
    public record RevisePlan(String title, String content, List<PlanItem> items, String changeNote,
            boolean agreedWithCommunity) {}

    public record RecordInvestment(LocalDate investedOn, BigDecimal amount, String purpose) {}

    public record RecordThanks(LocalDate receivedOn, ThanksKind kind, Integer quantity, String fromWhom, String words) {}

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final InvestmentRepository investments;
    private final ThanksRepository thanks;
    private final PairingRepository pairings;
    private final PairingSupport support;
    private final Clock clock;

    PlanManagement(PlanRepository plans, PlanVersionRepository versions, InvestmentRepository investments,
            ThanksRepository thanks, PairingRepository pairings, PairingSupport support, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.investments = investments;
        this.thanks = thanks;
        this.pairings = pairings;
        this.support = support;
        this.clock = clock;
    }

    @Transactional
    public PlanView revise(long pairingId, RevisePlan command) {
        CurrentUser me = CurrentUsers.require();
        Pairing p = recordable(me, pairingId);
        return reviseUnchecked(p.getId(), command, me.username());
    }

    @Transactional
    public PlanView reviseUnchecked(long pairingId, RevisePlan c, String by) {
        Pairing p = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("Pairing", pairingId));
        List<FieldError> errors = new ArrayList<>();
        if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        if (c.content() != null && c.content().length() > 8000) {
            errors.add(new FieldError("content", "at most 8000 characters"));
        }
        if (c.items() == null || c.items().isEmpty() || c.items().size() > 50) {
            errors.add(new FieldError("items", "1–50 items"));
        } else {
            for (int i = 0; i < c.items().size(); i++) {
                PlanItem item = c.items().get(i);
                if (item == null || item.title() == null || item.title().isBlank() || item.title().length() > 300) {
                    errors.add(new FieldError("items[" + i + "].title", "1–300 characters"));
                }
                if (item != null && (item.budget() == null || item.budget().signum() < 0)) {
                    errors.add(new FieldError("items[" + i + "].budget", "0 or more yuan"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Plan plan = plans.findByPairingId(p.getId())
                .orElseGet(() -> plans.save(new Plan(p.getId(), p.getRegionId(), p.getRegionPath())));
        int number = plan.nextVersion();
        plans.saveAndFlush(plan);
        versions.saveAndFlush(new PlanVersion(plan.getId(), number, c.title().trim(), trim(c.content()),
                c.items().stream().map(i -> new PlanVersion.Item(i.title().trim(), i.budget(), i.dueOn())).toList(),
                trim(c.changeNote()), c.agreedWithCommunity(), by, clock.instant(), p.getRegionPath()));
        return view(plan);
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> plan(long pairingId) {
        support.visiblePairing(CurrentUsers.require(), pairingId);
        return planOf(pairingId);
    }

    /** For the module's own views, after the caller's access was checked. */
    Optional<PlanView> planOf(long pairingId) {
        return plans.findByPairingId(pairingId).map(this::view);
    }

    @Transactional
    public InvestmentView recordInvestment(long pairingId, RecordInvestment command) {
        CurrentUser me = CurrentUsers.require();
        return recordInvestmentUnchecked(recordable(me, pairingId).getId(), command, me.username());
    }

    @Transactional
    public InvestmentView recordInvestmentUnchecked(long pairingId, RecordInvestment c, String by) {
        Pairing p = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("Pairing", pairingId));
        List<FieldError> errors = new ArrayList<>();
        if (c.investedOn() == null || c.investedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("invested_on", "the day, not in the future"));
        }
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().compareTo(new BigDecimal("1000000000")) > 0) {
            errors.add(new FieldError("amount", "more than 0 yuan"));
        }
        if (c.purpose() == null || c.purpose().isBlank() || c.purpose().length() > 500) {
            errors.add(new FieldError("purpose", "what the money was for, 1–500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Investment i = investments.save(new Investment(p.getId(), c.investedOn(), c.amount(), c.purpose().trim(), by,
                clock.instant(), p.getRegionId(), p.getRegionPath()));
        return view(i);
    }

    @Transactional
    public ThanksView recordThanks(long pairingId, RecordThanks command) {
        CurrentUser me = CurrentUsers.require();
        return recordThanksUnchecked(recordable(me, pairingId).getId(), command, me.username());
    }

    @Transactional
    public ThanksView recordThanksUnchecked(long pairingId, RecordThanks c, String by) {
        Pairing p = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("Pairing", pairingId));
        List<FieldError> errors = new ArrayList<>();
        if (c.receivedOn() == null || c.receivedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("received_on", "the day, not in the future"));
        }
        if (c.kind() == null) {
            errors.add(new FieldError("kind", "banner or letter"));
        }
        if (c.fromWhom() == null || c.fromWhom().isBlank() || c.fromWhom().length() > 200) {
            errors.add(new FieldError("from_whom", "who sent it, 1–200 characters"));
        }
        int quantity = c.quantity() == null ? 1 : c.quantity();
        if (quantity < 1 || quantity > 100) {
            errors.add(new FieldError("quantity", "1–100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Thanks t = thanks.save(new Thanks(p.getId(), c.receivedOn(), c.kind(), quantity, c.fromWhom().trim(),
                trim(c.words()), by, clock.instant(), p.getRegionId(), p.getRegionPath()));
        return view(t);
    }

    List<InvestmentView> investments(long pairingId) {
        return investments.findByPairingIdOrderByInvestedOnDesc(pairingId).stream().map(PlanManagement::view).toList();
    }

    List<ThanksView> thanks(long pairingId) {
        return thanks.findByPairingIdOrderByReceivedOnDesc(pairingId).stream().map(PlanManagement::view).toList();
    }

    private Pairing recordable(CurrentUser me, long pairingId) {
        Pairing p = support.visiblePairing(me, pairingId);
        if (!support.canRecord(me, p)) {
            throw new ForbiddenException("Only the unit's liaisons and the community's staff record for a pairing");
        }
        return p;
    }

    private PlanView view(Plan plan) {
        List<PlanVersionView> list = versions.findByPlanIdOrderByNumberDesc(plan.getId()).stream()
                .map(v -> new PlanVersionView(v.getId(), v.getNumber(), v.getTitle(), v.getContent(), v.getBudget(),
                        v.getItems().stream().map(i -> new PlanItemView(i.getTitle(), i.getBudget(), i.getDueOn()))
                                .toList(), v.getChangeNote(), v.isAgreedWithCommunity(), v.getCreatedBy(),
                        v.getCreatedAt()))
                .toList();
        return new PlanView(plan.getId(), plan.getPairingId(), plan.getCurrentVersion(), list);
    }

    private static InvestmentView view(Investment i) {
        return new InvestmentView(i.getId(), i.getPairingId(), i.getInvestedOn(), i.getAmount(), i.getPurpose(),
                i.getRecordedBy());
    }

    private static ThanksView view(Thanks t) {
        return new ThanksView(t.getId(), t.getPairingId(), t.getReceivedOn(), t.getKind(), t.getQuantity(),
                t.getFromWhom(), t.getWords());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
