package org.coopole.security.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.CurrentUser;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import javax.sql.DataSource;
import org.coopole.common.ClientAddress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * Spring's JDBC transaction manager, which at the start of every transaction tells PostgreSQL who acts (and so,
 * in which pole): {@code enter_context} sets transaction-local settings that the row-level security policies
 * read. They vanish at commit or rollback, so a pooled connection never carries them to its next borrower.
 */
class PoleScopedTransactionManager extends JdbcTransactionManager {

    private static final String ENTER_CONTEXT = "SELECT enter_context(?, ?)";

    private final transient CurrentUser currentUser;

    PoleScopedTransactionManager(DataSource dataSource, CurrentUser currentUser) {
        super(dataSource);
        this.currentUser = currentUser;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        PersonId person = currentUser.personId().orElse(null);
        UUID pole;
        // plain JDBC: this runs at the start of every transaction, where building a jOOQ configuration cost more
        // than the call itself
        try (PreparedStatement enter = connection.prepareStatement(ENTER_CONTEXT)) {
            enter.setObject(1, person == null ? null : person.value(), Types.OTHER);
            enter.setString(2, ClientAddress.current());
            try (ResultSet chosen = enter.executeQuery()) {
                chosen.next();
                pole = chosen.getObject(1, UUID.class);
            }
        }
        DatabaseContext.entered(person, pole == null ? null : new PoleId(pole));
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        DatabaseContext.left();
        super.doCleanupAfterCompletion(transaction);
    }
}
