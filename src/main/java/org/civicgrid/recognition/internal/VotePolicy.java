package org.civicgrid.recognition.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.civicgrid.recognition.VoteRule;
import org.civicgrid.shared.time.TimeConfiguration;

/**
 * 投票规则 — the campaign rules as keys the database keeps unique per campaign and voter:
 * <ul>
 * <li>{@link #onePerCandidate}: rule key {@code candidate:<id>} — a second vote for the same candidate clashes;</li>
 * <li>{@link #onePerPersonPerDay}: rule key {@code candidate:<id>:day:<yyyy-MM-dd>} on the Asia/Shanghai calendar
 * — the same candidate again tomorrow is fine, again today clashes;</li>
 * <li>{@link #totalN}: rule key {@code candidate:<id>} plus ballot key {@code ballot:<n>} with n in 1..N — at
 * most one vote per candidate and never more than N ballots, even when votes race.</li>
 * </ul>
 * The voting window is half-open: a vote at the opening instant counts, a vote at the closing instant does not.
 */
public final class VotePolicy {

    /** The keys one vote carries. */
    public record Keys(String ruleKey, String ballotKey) {}

    private VotePolicy() {}

    public static boolean withinWindow(Instant opensAt, Instant closesAt, Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** The voting day: the calendar date in Asia/Shanghai. */
    public static LocalDate votingDay(Instant at) {
        return LocalDate.ofInstant(at, TimeConfiguration.ZONE);
    }

    public static Keys onePerCandidate(long candidateId) {
        return new Keys("candidate:" + candidateId, null);
    }

    public static Keys onePerPersonPerDay(long candidateId, LocalDate day) {
        return new Keys("candidate:" + candidateId + ":day:" + day, null);
    }

    public static Keys totalN(long candidateId, int ballot, int votesAllowed) {
        if (ballot < 1 || ballot > votesAllowed) {
            throw new IllegalArgumentException("ballot " + ballot + " is outside 1.." + votesAllowed);
        }
        return new Keys("candidate:" + candidateId, "ballot:" + ballot);
    }

    /** The keys of a vote under {@code rule}; {@code ballot} matters only for TOTAL_N. */
    public static Keys keys(VoteRule rule, long candidateId, Instant at, int ballot, int votesAllowed) {
        return switch (rule) {
            case ONE_PER_CANDIDATE -> onePerCandidate(candidateId);
            case ONE_PER_DAY -> onePerPersonPerDay(candidateId, votingDay(at));
            case TOTAL_N -> totalN(candidateId, ballot, votesAllowed);
        };
    }
}
