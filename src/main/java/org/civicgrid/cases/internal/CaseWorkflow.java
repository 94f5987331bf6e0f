package org.civicgrid.cases.internal;

import static org.civicgrid.cases.CaseStatus.CLOSED;
import static org.civicgrid.cases.CaseStatus.DISPATCHED;
import static org.civicgrid.cases.CaseStatus.HANDLED;
import static org.civicgrid.cases.CaseStatus.REGISTERED;
import static org.civicgrid.cases.CaseStatus.REJECTED;
import static org.civicgrid.cases.CaseStatus.REPORTED;
import static org.civicgrid.cases.CaseStatus.VERIFIED;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.access.Role;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseStatus;

/**
 * The transition table of a case, in one place: for each action, the states it may start from, the state
 * it leads to, and the roles that may take it (after the digital urban-management flow: the intake clerk
 * registers, the dispatcher dispatches, the department handles, the supervisor — our grid worker — checks
 * on site, the shift lead closes; officials supervise and reopen).
 */
public final class CaseWorkflow {

    /** One row: from which states, to which state (null: the state does not change), by which roles. */
    public record Rule(Set<CaseStatus> from, CaseStatus to, Set<Role> roles) {}

    private static final Set<Role> STAFF = Role.STAFF;
    private static final Set<Role> OFFICIALS = Role.OFFICIALS;
    private static final Set<CaseStatus> OPEN = EnumSet.of(REPORTED, REGISTERED, DISPATCHED, HANDLED, VERIFIED);

    private static final Map<CaseAction, Rule> RULES = new EnumMap<>(CaseAction.class);

    static {
        RULES.put(CaseAction.REGISTER, new Rule(EnumSet.of(REPORTED), REGISTERED, STAFF));
        RULES.put(CaseAction.REJECT, new Rule(EnumSet.of(REPORTED), REJECTED, STAFF));
        RULES.put(CaseAction.DISPATCH, new Rule(EnumSet.of(REGISTERED), DISPATCHED, STAFF));
        RULES.put(CaseAction.HANDLE, new Rule(EnumSet.of(DISPATCHED), HANDLED,
                union(STAFF, EnumSet.of(Role.UNIT_LIAISON, Role.ENFORCEMENT_OFFICER))));
        RULES.put(CaseAction.VERIFY, new Rule(EnumSet.of(HANDLED), VERIFIED, union(STAFF, EnumSet.of(Role.GRID_WORKER))));
        RULES.put(CaseAction.SEND_BACK, new Rule(EnumSet.of(HANDLED), DISPATCHED,
                union(STAFF, EnumSet.of(Role.GRID_WORKER))));
        RULES.put(CaseAction.CLOSE, new Rule(EnumSet.of(VERIFIED), CLOSED, STAFF));
        RULES.put(CaseAction.SUPERVISE, new Rule(OPEN, null, OFFICIALS));
        RULES.put(CaseAction.REOPEN, new Rule(EnumSet.of(CLOSED, REJECTED), REGISTERED, OFFICIALS));
        RULES.put(CaseAction.MERGE, new Rule(OPEN, CLOSED, STAFF));
    }

    private CaseWorkflow() {}

    public static Optional<Rule> rule(CaseAction action) {
        return Optional.ofNullable(RULES.get(action));
    }

    /** The role among {@code roles} the caller takes the action in, or empty when none may. */
    public static Optional<Role> actingRole(CaseAction action, Collection<Role> roles) {
        Rule rule = RULES.get(action);
        if (rule == null) {
            return Optional.empty();
        }
        // the most senior matching role names the step (Role is declared senior first)
        return roles.stream().filter(rule.roles()::contains).sorted().findFirst();
    }

    public static boolean roleMay(CaseAction action, Collection<Role> roles) {
        return actingRole(action, roles).isPresent();
    }

    public static boolean stateAllows(CaseAction action, CaseStatus status) {
        Rule rule = RULES.get(action);
        return rule != null && rule.from().contains(status);
    }

    /** The state after the action, for a state that allows it. */
    public static CaseStatus next(CaseAction action, CaseStatus status) {
        Rule rule = RULES.get(action);
        return rule.to() == null ? status : rule.to();
    }

    /** Actions the roles may take from the status (for the buttons on a page). */
    public static Set<CaseAction> allowed(CaseStatus status, Collection<Role> roles) {
        Set<CaseAction> out = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : CaseAction.TRANSITIONS) {
            if (stateAllows(a, status) && roleMay(a, roles)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Actions whose step must say why. */
    public static boolean needsComment(CaseAction action) {
        return action == CaseAction.REJECT || action == CaseAction.HANDLE || action == CaseAction.SEND_BACK
                || action == CaseAction.REOPEN;
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> out = EnumSet.copyOf(a);
        out.addAll(b);
        return out;
    }
}
