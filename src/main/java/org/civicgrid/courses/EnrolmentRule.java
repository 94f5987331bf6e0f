package org.civicgrid.courses;

/** How a class hands out its seats. */
public enum EnrolmentRule {
    /** 先到先得 — seats go to the first requests, in the order the database accepts them. */
    FIRST_COME,
    /** 抽签 — requests are entries until the draw at the class's set time; the seeded draw decides. */
    LOTTERY
}
