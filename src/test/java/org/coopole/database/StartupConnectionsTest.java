package org.coopole.database;

import org.coopole.CoopoleTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/** Once Coopole has started, it talks to its database as the application's role only. */
@CoopoleTest
class StartupConnectionsTest {

    @Autowired
    DSLContext db;
    @Autowired
    ApplicationAvailability availability;

    @Test
    void noConnectionAsTheOwnerOrTheSuperuserRemainsAfterStartUp() {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        List<String> users = db.selectDistinct(field(name("usename"), String.class))
                .from(table(name("pg_stat_activity")))
                .where(field(name("backend_type"), String.class).eq("client backend"))
                .fetch(0, String.class);
        assertThat(users).containsExactly(PostgresServer.APP_ROLE);
    }

    @Test
    void theApplicationsRoleIsNeitherSuperuserNorOwnerOfTheTables() {
        assertThat(db.resultQuery("SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles "
                + "WHERE rolname = current_user").fetchOne(0, Boolean.class)).isFalse();
        assertThat(db.resultQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                + "AND tableowner = current_user").fetchOne(0, Integer.class)).isZero();
    }
}
