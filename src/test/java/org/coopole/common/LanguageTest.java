package org.coopole.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void frenchIsTheDefaultForAnyLanguageCoopoleDoesNotSpeak() {
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.FR);
        assertThat(Language.of(null)).isEqualTo(Language.FR);
        assertThat(Language.ofTag("")).isEqualTo(Language.FR);
    }

    @Test
    void regionalVariantsMapToTheirLanguage() {
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
        assertThat(Language.ofTag("fr-BE")).isEqualTo(Language.FR);
        assertThat(Language.ofTag("en-US")).isEqualTo(Language.EN);
    }
}
