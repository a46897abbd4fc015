package org.coopole.project;

import java.util.UUID;

/** Something to choose in a project's forms: a member organisation of the pole, or a person of one. */
public record Choice(UUID id, String name) {
}
