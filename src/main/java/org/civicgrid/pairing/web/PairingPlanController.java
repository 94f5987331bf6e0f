package org.civicgrid.pairing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.pairing.PairingManagement;
import org.civicgrid.pairing.PairingViews.PairingDetail;
import org.civicgrid.pairing.PairingViews.PlanItemView;
import org.civicgrid.pairing.PairingViews.PlanVersionView;
import org.civicgrid.pairing.PlanManagement;
import org.civicgrid.pairing.PlanManagement.PlanItem;
import org.civicgrid.pairing.PlanManagement.RecordInvestment;
import org.civicgrid.pairing.PlanManagement.RecordThanks;
import org.civicgrid.pairing.PlanManagement.RevisePlan;
import org.civicgrid.pairing.ThanksKind;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 共建实施方案 pages: a pairing's yearly plan with its versions (revise it, read any earlier one and what changed),
 * its items and budget against the money the unit actually invested, and the thanks residents sent.
 */
@Controller
class PairingPlanController {

    /** Empty item rows offered below the plan's current items when revising. */
    private static final int SPARE_ROWS = 3;

    /**
     * A revision. Items come as parallel lists (one row each); a row with neither a title nor a budget is
     * left out.
     */
    record PlanForm(@NotBlank @Size(max = 200) String title, @Size(max = 8000) String content, List<String> itemTitle,
            List<String> itemBudget, List<String> itemDue, @Size(max = 500) String changeNote,
            boolean agreedWithCommunity) {}

    record InvestmentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate investedOn,
            @NotNull @DecimalMin(value = "0.01") BigDecimal amount, @NotBlank @Size(max = 500) String purpose) {}

    record ThanksForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @NotNull ThanksKind kind, @Min(1) @Max(100) Integer quantity, @NotBlank @Size(max = 200) String fromWhom,
            @Size(max = 500) String words) {}

    /** What one version changed against the one before it. */
    record PlanChange(int number, List<String> added, List<String> removed, BigDecimal budgetDelta) {}

    private final PairingManagement pairing;
    private final PlanManagement plans;

    PairingPlanController(PairingManagement pairing, PlanManagement plans) {
        this.pairing = pairing;
        this.plans = plans;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/pairing/pairings/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        PairingDetail d = pairing.detail(id);
        model.addAttribute("d", d);
        PlanVersionView current = d.plan() == null ? null : d.plan().current();
        PlanVersionView shown = current;
        if (d.plan() != null && version != null) {
            shown = d.plan().versions().stream().filter(v -> v.number() == version).findFirst().orElse(current);
        }
        model.addAttribute("current", current);
        model.addAttribute("shown", shown);
        model.addAttribute("changes", d.plan() == null ? List.of() : changes(d.plan().versions()));
        BigDecimal budget = current == null ? BigDecimal.ZERO : current.budget();
        model.addAttribute("budget", budget);
        model.addAttribute("percent", budget.signum() == 0 ? null
                : d.invested().multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP));
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", prefilled(current, d.pairing().year()));
        }
        if (!model.containsAttribute("investmentForm")) {
            model.addAttribute("investmentForm", new InvestmentForm(LocalDate.now(), null, null));
        }
        if (!model.containsAttribute("thanksForm")) {
            model.addAttribute("thanksForm", new ThanksForm(LocalDate.now(), ThanksKind.BANNER, 1, null, null));
        }
        model.addAttribute("thanksKinds", ThanksKind.values());
        return "pairing/plan";
    }

    @PostMapping("/pairing/pairings/{id}/plan")
    String revise(@PathVariable long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        List<PlanItem> items = items(form, result);
        if (!result.hasErrors()) {
            try {
                plans.revise(id, new RevisePlan(form.title(), form.content(), items, form.changeNote(),
                        form.agreedWithCommunity()));
                redirect.addFlashAttribute("flash", "pairing.plan.revised");
                return "redirect:/pairing/pairings/" + id + "/plan";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("open", "plan");
        return plan(id, null, model);
    }

    @PostMapping("/pairing/pairings/{id}/investments")
    String invest(@PathVariable long id, @Valid @ModelAttribute("investmentForm") InvestmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                plans.recordInvestment(id, new RecordInvestment(form.investedOn(), form.amount(), form.purpose()));
                redirect.addFlashAttribute("flash", "pairing.investment.recorded");
                return "redirect:/pairing/pairings/" + id + "/plan#money";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("open", "investment");
        return plan(id, null, model);
    }

    @PostMapping("/pairing/pairings/{id}/thanks")
    String thank(@PathVariable long id, @Valid @ModelAttribute("thanksForm") ThanksForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                plans.recordThanks(id, new RecordThanks(form.receivedOn(), form.kind(), form.quantity(),
                        form.fromWhom(), form.words()));
                redirect.addFlashAttribute("flash", "pairing.thanks.recorded");
                return "redirect:/pairing/pairings/" + id + "/plan#thanks";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("open", "thanks");
        return plan(id, null, model);
    }

    /** The current version's items and a few empty rows, ready to revise. */
    private static PlanForm prefilled(PlanVersionView current, int year) {
        List<String> titles = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        List<String> dues = new ArrayList<>();
        if (current != null) {
            for (PlanItemView i : current.items()) {
                titles.add(i.title());
                budgets.add(i.budget() == null ? "" : i.budget().stripTrailingZeros().toPlainString());
                dues.add(i.dueOn() == null ? "" : i.dueOn().toString());
            }
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            titles.add("");
            budgets.add("");
            dues.add("");
        }
        return current == null
                ? new PlanForm(year + "年共建实施方案", null, titles, budgets, dues, null, false)
                : new PlanForm(current.title(), current.content(), titles, budgets, dues, null, false);
    }

    /** The rows with something in them; an unreadable budget or date is a field error on the form. */
    private static List<PlanItem> items(PlanForm form, BindingResult result) {
        List<String> titles = form.itemTitle() == null ? List.of() : form.itemTitle();
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i) == null ? "" : titles.get(i).trim();
            String budget = at(form.itemBudget(), i);
            String due = at(form.itemDue(), i);
            if (title.isEmpty() && budget.isEmpty()) {
                continue;
            }
            BigDecimal amount = null;
            try {
                amount = budget.isEmpty() ? null : new BigDecimal(budget.replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                result.reject("pairing.plan.badBudget", new Object[] {i + 1}, "row " + (i + 1) + ": budget in yuan");
            }
            LocalDate dueOn = null;
            try {
                dueOn = due.isEmpty() ? null : LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                result.reject("pairing.plan.badDue", new Object[] {i + 1}, "row " + (i + 1) + ": a date");
            }
            if (title.isEmpty()) {
                result.reject("pairing.plan.noItemTitle", new Object[] {i + 1}, "row " + (i + 1) + ": what is done");
            }
            if (amount == null && !budget.isEmpty()) {
                continue;
            }
            items.add(new PlanItem(title, amount == null ? BigDecimal.ZERO : amount, dueOn));
        }
        if (items.isEmpty() && !result.hasGlobalErrors()) {
            result.reject("pairing.plan.noItems", "at least one item");
        }
        return items;
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).trim();
    }

    /** Newest first, as the versions come: each against the one before it. */
    static List<PlanChange> changes(List<PlanVersionView> newestFirst) {
        List<PlanChange> out = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            PlanVersionView v = newestFirst.get(i);
            PlanVersionView before = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
            Set<String> now = v.items().stream().map(PlanItemView::title).collect(Collectors.toSet());
            Set<String> then = before == null ? Set.of()
                    : before.items().stream().map(PlanItemView::title).collect(Collectors.toSet());
            out.add(new PlanChange(v.number(),
                    before == null ? List.of() : v.items().stream().map(PlanItemView::title).filter(t -> !then.contains(t)).toList(),
                    before == null ? List.of() : before.items().stream().map(PlanItemView::title).filter(t -> !now.contains(t)).toList(),
                    before == null ? null : v.budget().subtract(Objects.requireNonNullElse(before.budget(), BigDecimal.ZERO))));
        }
        return out;
    }
}
