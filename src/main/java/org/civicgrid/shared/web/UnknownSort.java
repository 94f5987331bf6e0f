package org.civicgrid.shared.web;

import org.hibernate.query.sqm.PathElementException;
import org.hibernate.query.sqm.UnknownPathException;
import org.springframework.data.core.PropertyReferenceException;

/**
 * Recognises a list asked to sort by a property its records do not have ({@code ?sort=nonsense}): Spring
 * Data refuses it for derived queries, Hibernate for queries written out. Either way it is the caller's
 * mistake (400), not ours.
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
}
