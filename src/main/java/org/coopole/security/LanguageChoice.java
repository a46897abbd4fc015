package org.coopole.security;

import org.coopole.common.Language;

/**
 * Switches the current screen and the signed-in person to a language (the shell implements it: it keeps the
 * choice with the account and reloads the page).
 */
public interface LanguageChoice {

    void choose(Language language);
}
