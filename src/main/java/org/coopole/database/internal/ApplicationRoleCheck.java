package org.coopole.database.internal;

import org.coopole.db.Routines;
import org.jooq.DSLContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Refuses to start when the application connects as a role that row-level security would not restrict: one
 * that owns the tables, is a superuser or may bypass row security. Pole isolation must never be off silently.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationRoleCheck implements ApplicationRunner {

    private final DSLContext db;

    ApplicationRoleCheck(DSLContext db) {
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] problems = Routines.applicationRoleProblems(db.configuration());
        if (problems != null && problems.length > 0) {
            throw new IllegalStateException("Coopole's database role " + String.join(", ", List.of(problems))
                    + ": connect the application as a role that owns no table, is no superuser and cannot bypass "
                    + "row-level security, and run the migrations as the owner (SPRING_FLYWAY_USER). See the README.");
        }
    }
}
