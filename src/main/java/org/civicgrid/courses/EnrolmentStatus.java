package org.civicgrid.courses;

/** Where a person stands with a class. Withdrawn and not-drawn requests leave no enrolment behind. */
public enum EnrolmentStatus {
    /** 已报名待抽签 — an entry in a lottery that has not been drawn yet. */
    ENTERED,
    /** 已报名 — holds one of the class's seats. */
    ENROLLED,
    /** 候补 — on the waiting list; promoted in order when a seat frees. */
    WAITING
}
