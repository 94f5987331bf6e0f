package org.civicgrid.shared.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure was the database going away under a request that had already begun: its connection
 * broke mid-transaction, so even the rollback failed and the framework reports a generic system error.
 * Such a request answers 503 "briefly unavailable" like one that could not get a connection at all.
 */
final class LostDatabase {

    private LostDatabase() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
                return true; // the rollback itself failed on the connection: it is gone (the pool has closed it)
            }
        }
        return false;
    }
}
