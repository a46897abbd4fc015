package org.coopole.project;

import java.util.UUID;

/**
 * A kind of outcome: one of Coopole's own ({@code code}, named in the translations as
 * {@code project.outcome.kind.<CODE>}) or one the pole added ({@code name}, in its own words).
 */
public record OutcomeKind(UUID id, String code, String name, OutcomeUnit unit) {

    public static final int NAME_MAX = 100;

    /** The translation key of Coopole's own kinds; null for the pole's. */
    public String translationKey() {
        return code == null ? null : "project.outcome.kind." + code;
    }
}
