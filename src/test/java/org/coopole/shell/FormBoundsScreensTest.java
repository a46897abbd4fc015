package org.coopole.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.coopole.DemoPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table for the forms of people, organisations, invitations and the pole: a value out of its bounds is refused
 * next to its field with a message that names the bound or the rule, and what was typed stays in the form.
 * {@code C*101} stands for 101 letters; octal escapes such as {@code \\007} are read as Java reads them. (The forms of
 * resources and bookings have their own tables.)
 */
class FormBoundsScreensTest extends ViewTestSupport {

    @ParameterizedTest(name = "{1} › {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MANAGER  | profile         | -                               | field | Prénom                 | C*101         | Enregistrer                | 100 caractères au plus
            MANAGER  | profile         | -                               | field | Nom                    | Ben\u202Eali  | Enregistrer                | Ce texte contient un caractère invisible
            MANAGER  | profile         | -                               | field | Téléphone              | 04 75 AB      | Enregistrer                | Un numéro de téléphone ne contient que
            MANAGER  | my-organisation | Modifier le profil              | field | Nom de la structure    | C*201         | Enregistrer                | 200 caractères au plus
            MANAGER  | my-organisation | Modifier le profil              | field | Nom de la structure    | Val\u200Bdes | Enregistrer                | Ce texte contient un caractère invisible
            MANAGER  | my-organisation | Modifier le profil              | field | SIRET                  | 123           | Enregistrer                | Ce n’est pas un SIRET valide
            MANAGER  | my-organisation | Modifier le profil              | field | Adresse                | C*501         | Enregistrer                | 500 caractères au plus
            MANAGER  | my-organisation | Modifier le profil              | area  | Présentation           | C*4001        | Enregistrer                | 4\u202F000 caractères au plus
            MANAGER  | my-organisation | Inviter une personne            | field | Prénom                 | C*101         | Envoyer l’invitation       | 100 caractères au plus
            MANAGER  | my-organisation | Inviter une personne            | field | Nom                    | Roux\\007   | Envoyer l’invitation       | Ce texte contient un caractère invisible
            ANIMATOR | pole            | Modifier le profil et la charte | field | Nom du pôle            | C*201         | Enregistrer                | 200 caractères au plus
            ANIMATOR | pole            | Modifier le profil et la charte | field | Territoire             | Drôme\u202E  | Enregistrer                | Ce texte contient un caractère invisible
            ANIMATOR | pole            | Modifier le profil et la charte | area  | Charte du pôle         | C*20001       | Enregistrer                | 20\u202F000 caractères au plus
            ANIMATOR | pole            | Admettre une structure          | field | Nom de la structure    | C*201         | Admettre et inviter        | 200 caractères au plus
            ANIMATOR | pole            | Admettre une structure          | field | Prénom du ou de la référent·e | C*101  | Admettre et inviter        | 100 caractères au plus
            """)
    void aValueOutOfBoundsIsRefusedNextToItsFieldAndKept(String who, String route, String open, String kind,
                                                          String label, String typed, String save, String message) {
        openAs(who.equals("ANIMATOR") ? DemoPeople.ANIMATOR : DemoPeople.MANAGER);
        UI.getCurrent().navigate(route);
        if (open != null) {
            _click(_get(Button.class, spec -> spec.withText(open)));
        }
        // every other field valid, so that the refusal can only be the one under test
        _find(TextField.class).stream().filter(f -> f.getValue().isEmpty() && f.isRequiredIndicatorVisible())
                .forEach(f -> f.setValue("Valide"));
        _find(EmailField.class).stream().filter(f -> f.getValue().isEmpty())
                .forEach(f -> f.setValue("personne.nouvelle@exemple.fr"));
        _find(ComboBox.class).stream().filter(f -> f.isEmpty() && f.isRequiredIndicatorVisible())
                .forEach(f -> f.setValue(f.getListDataView().getItem(0)));
        String value = typed.matches("C\\*\\d+") ? "C".repeat(Integer.parseInt(typed.substring(2)))
                : typed.translateEscapes();
        TextFieldBase<?, String> field = kind.equals("area")
                ? _get(TextArea.class, spec -> spec.withLabel(label))
                : _get(TextField.class, spec -> spec.withLabel(label));
        field.setValue(value);

        _click(_get(Button.class, spec -> spec.withText(save)));

        assertThat(field.isInvalid()).as("refused next to " + label).isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(field.getValue()).as("what was typed stays").isEqualTo(value);
    }
}
