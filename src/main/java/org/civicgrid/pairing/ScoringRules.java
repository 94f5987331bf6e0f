package org.civicgrid.pairing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 考核计分规则 — how a unit's year is scored, as configuration ({@code civicgrid.pairing.scoring.*}), so the
 * city can change the weights without a release. Each factor has points per unit of work and a cap.
 *
 * @param reportIn            points for having reported to the community at all (报到)
 * @param perVisit            points per visit (报到 and 走访 alike)
 * @param maxVisitPoints      cap on visit points
 * @param perNeedResolved     points per need on the list the unit resolved (directly or through its case)
 * @param maxNeedPoints       cap on need points
 * @param perTenThousandYuan  points per 10,000 yuan actually invested
 * @param maxMoneyPoints      cap on money points
 * @param perVolunteerHour    points per service hour of the unit's in-post party members
 * @param maxVolunteerPoints  cap on volunteer points
 * @param perThanks           points per 锦旗 or letter of thanks
 * @param maxThanksPoints     cap on thanks points
 */
@ConfigurationProperties("civicgrid.pairing.scoring")
public record ScoringRules(@DefaultValue("10") BigDecimal reportIn, @DefaultValue("2") BigDecimal perVisit,
        @DefaultValue("20") BigDecimal maxVisitPoints, @DefaultValue("5") BigDecimal perNeedResolved,
        @DefaultValue("25") BigDecimal maxNeedPoints, @DefaultValue("1") BigDecimal perTenThousandYuan,
        @DefaultValue("25") BigDecimal maxMoneyPoints, @DefaultValue("0.2") BigDecimal perVolunteerHour,
        @DefaultValue("15") BigDecimal maxVolunteerPoints, @DefaultValue("2") BigDecimal perThanks,
        @DefaultValue("5") BigDecimal maxThanksPoints) {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    /** The year's score: the sum of each factor's points, each capped. */
    public BigDecimal score(boolean reported, long visits, long needsResolved, BigDecimal invested,
            BigDecimal volunteerHours, long thanks) {
        BigDecimal score = reported ? reportIn : BigDecimal.ZERO;
        score = score.add(capped(perVisit.multiply(BigDecimal.valueOf(visits)), maxVisitPoints));
        score = score.add(capped(perNeedResolved.multiply(BigDecimal.valueOf(needsResolved)), maxNeedPoints));
        score = score.add(capped(perTenThousandYuan.multiply(invested.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP)),
                maxMoneyPoints));
        score = score.add(capped(perVolunteerHour.multiply(volunteerHours), maxVolunteerPoints));
        score = score.add(capped(perThanks.multiply(BigDecimal.valueOf(thanks)), maxThanksPoints));
        return score.setScale(1, RoundingMode.HALF_UP);
    }

    /** The most a unit can score. */
    public BigDecimal maximum() {
        return reportIn.add(maxVisitPoints).add(maxNeedPoints).add(maxMoneyPoints).add(maxVolunteerPoints)
                .add(maxThanksPoints);
    }

    private static BigDecimal capped(BigDecimal points, BigDecimal cap) {
        return points.min(cap);
    }
}
