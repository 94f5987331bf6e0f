package org.civicgrid.cases;

import java.util.EnumSet;
import java.util.Set;

/** What a step does to a case; every step on a case's timeline is one of these. */
public enum CaseAction {
    /** 上报 — the first step, when the case is reported. */
    REPORT,
    /** 立案 — intake accepts and registers the report. */
    REGISTER,
    /** 不予立案 — intake refuses the report, giving a reason. */
    REJECT,
    /** 派遣 — send to the handling department (the routed one by default). */
    DISPATCH,
    /** 处置反馈 — the department's feedback that the problem is handled. */
    HANDLE,
    /** 核查通过 — on-site check passes. */
    VERIFY,
    /** 核查不通过 — on-site check fails; back to the department (rework). */
    SEND_BACK,
    /** 结案 — close a verified case. */
    CLOSE,
    /** 督办 — supervise an overdue or stuck case; raises it to the level above. */
    SUPERVISE,
    /** 重新办理 — an official reopens a closed or rejected case. */
    REOPEN,
    /** 合并 — closed as a duplicate of another case. */
    MERGE,
    /** 评价 — the reporting resident rates the closed case. */
    RATE;

    /** The actions a caller asks for through {@code POST /api/v1/cases/{id}/transitions}. */
    public static final Set<CaseAction> TRANSITIONS = EnumSet.of(REGISTER, REJECT, DISPATCH, HANDLE, VERIFY,
            SEND_BACK, CLOSE, SUPERVISE, REOPEN);

    public boolean isTransition() {
        return TRANSITIONS.contains(this);
    }
}
