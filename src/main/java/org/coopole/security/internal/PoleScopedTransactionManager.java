package org.coopole.security.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.db.Routines;
import org.coopole.security.CurrentUser;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Spring's JDBC transaction manager, which at the start of every transaction tells PostgreSQL who acts (and so,
 * in which pole): {@code enter_context} sets transaction-local settings that the row-level security policies
 * read. They vanish at commit or rollback, so a pooled connection never carries them to its next borrower.
 */
class PoleScopedTransactionManager extends JdbcTransactionManager {

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
        UUID pole = Routines.enterContext(DSL.using(connection, SQLDialect.POSTGRES).configuration(),
                person == null ? null : person.value());
        DatabaseContext.entered(person, pole == null ? null : new PoleId(pole));
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        DatabaseContext.left();
        super.doCleanupAfterCompletion(transaction);
    }
}
