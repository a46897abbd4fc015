package org.coopole.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every free-text field's rules, one row per odd input a careless or hostile person typed. */
class TextRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            right-to-left override  | Salle\u202Eenimon          | validation.hidden-characters
            left-to-right isolate   | Salle\u2066A\u2069          | validation.hidden-characters
            zero-width space        | Ca\u200Bmion                | validation.hidden-characters
            zero-width joiner       | Ca\u200Dmion                | validation.hidden-characters
            byte order mark         | \uFEFFCamion                | validation.hidden-characters
            bell                    | Camion\\007                | validation.hidden-characters
            NUL                     | Cam\\000ion                | validation.hidden-characters
            line break in a name    | Camion\\nbleu                | validation.hidden-characters
            markup                  | <b>Camion</b>               | validation.no-markup
            too long                | CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC | validation.too-long
            blank                   | '   '                       | validation.required
            """)
    void aNameIsRefusedWithTheReason(String what, String typed, String reason) {
        String value = typed.translateEscapes();
        assertThatThrownBy(() -> TextRules.require("name", value, TextRules.NAME_MAX, true)).as(what)
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            accents and ligatures   | Œuvre d’Éloïse à Gênes
            emoji                   | Vélo cargo 🚲
            line breaks in a text   | Première ligne\\nSeconde ligne
            """)
    void ordinaryTextIsKept(String what, String typed) {
        String value = typed.translateEscapes();
        assertThat(TextRules.require("description", value, TextRules.TEXT_MAX, false)).as(what).isEqualTo(value);
    }
}
