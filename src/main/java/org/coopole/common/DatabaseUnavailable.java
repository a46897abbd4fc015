package org.coopole.common;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an error that means "the database is away for now" (its server stopped, restarts, or is unreachable) from
 * any other: the person then reads that Coopole is briefly unavailable, not that something unexpected went wrong.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // not every DataAccessResourceFailureException: Spring also files "stack depth exceeded" there
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed, or cannot connect now
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
