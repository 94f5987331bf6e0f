package org.civicgrid.shared.web;

import org.hibernate.query.sqm.PathElementException;
import org.hibernate.query.sqm.UnknownPathException;
import org.springframework.data.core.PropertyReferenceException;

/**
 * Recognises a list asked to sort by a property its records do not have ({@code ?sort=nonsense}): Spring
 * Data refuses it for derived queries, Hibernate for queries written out. Either way it is the caller's
 * mistake (400), not ours. So is a sort Spring Data cannot even read: it URL-decodes the (already decoded)
 * parameter once more, and a {@code %} not followed by two hex digits ({@code ?sort=%25'%20--}) makes it throw
 * an {@link IllegalArgumentException}.
 */
final class UnknownSort {

    private UnknownSort() {}

    static boolean isCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PropertyReferenceException || cause instanceof UnknownPathException
                    || cause instanceof PathElementException) {
                return true;
            }
        }
        return false;
    }

    /** The exception is Spring Data's sort resolver failing to decode the {@code sort} parameter. */
    static boolean isUnreadable(IllegalArgumentException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(SORT_RESOLVER)) {
                return true;
            }
        }
        return false;
    }

    private static final String SORT_RESOLVER = "org.springframework.data.web.SortHandlerMethodArgumentResolver";
}
