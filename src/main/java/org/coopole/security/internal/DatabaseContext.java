package org.coopole.security.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Who the database was told acts in the transactions open on this thread, and the pole {@code enter_context}
 * chose for them (one the person holds a role in), innermost last. Lets a membership check of that same person in
 * that same pole skip a query.
 */
public final class DatabaseContext {

    record Entered(PersonId person, PoleId pole) {
    }

    private static final ThreadLocal<Deque<Entered>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private DatabaseContext() {
    }

    static void entered(PersonId person, PoleId pole) {
        OPEN.get().addLast(new Entered(person, pole));
    }

    static void left() {
        Deque<Entered> open = OPEN.get();
        if (!open.isEmpty()) {
            open.removeLast();
        }
        if (open.isEmpty()) {
            OPEN.remove();
        }
    }

    /** Whether the innermost transaction's context is this person working in this pole. */
    public static boolean isIn(PersonId person, PoleId pole) {
        Entered current = OPEN.get().peekLast();
        return current != null && current.person() != null && current.person().equals(person)
                && current.pole() != null && current.pole().equals(pole);
    }

    static Optional<Entered> current() {
        return Optional.ofNullable(OPEN.get().peekLast());
    }
}
