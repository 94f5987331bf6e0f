package org.civicgrid.cases;

import java.util.List;

/**
 * One step asked for on a case.
 *
 * @param comment      required for REJECT (the reason), HANDLE (the feedback), SEND_BACK and REOPEN
 * @param photos       names of photos already stored with {@code UploadStore}
 * @param departmentId for DISPATCH: the department; null means the routed one
 */
public record CaseTransition(CaseAction action, String comment, List<String> photos, Long departmentId) {

    public CaseTransition {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static CaseTransition of(CaseAction action, String comment) {
        return new CaseTransition(action, comment, List.of(), null);
    }
}
