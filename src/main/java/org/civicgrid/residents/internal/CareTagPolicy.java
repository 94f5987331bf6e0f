package org.civicgrid.residents.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.residents.CareTag;

/**
 * Which care tags fit a person's age: the child tags (留守儿童, 困境儿童, 外来务工子女) are for minors under
 * 18, as the State Council's 2016 opinions on left-behind and disadvantaged children define them;
 * 独居老人 is for people of 60 and over (the Law on the Protection of the Rights of the Elderly).
 */
public final class CareTagPolicy {

    public static final int ADULT_AGE = 18;
    public static final int ELDERLY_AGE = 60;
    static final Set<CareTag> CHILD_TAGS = EnumSet.of(CareTag.LEFT_BEHIND_CHILD, CareTag.CHILD_IN_DIFFICULTY,
            CareTag.MIGRANT_WORKER_CHILD);

    private CareTagPolicy() {}

    /** A child tag on someone of 18 or over, or the elderly tag on someone under 60; empty when all fit. */
    public static Optional<CareTag> misfit(Set<CareTag> tags, Integer age) {
        if (age == null) {
            return Optional.empty();
        }
        for (CareTag tag : tags) {
            if (CHILD_TAGS.contains(tag) && !childTagFits(age)) {
                return Optional.of(tag);
            }
            if (tag == CareTag.ELDERLY_ALONE && !elderlyTagFits(age)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    /** Child tags are for those under 18. */
    public static boolean childTagFits(int age) {
        return age < ADULT_AGE;
    }

    /** 独居老人 is for those of 60 and over. */
    public static boolean elderlyTagFits(int age) {
        return age >= ELDERLY_AGE;
    }
}
