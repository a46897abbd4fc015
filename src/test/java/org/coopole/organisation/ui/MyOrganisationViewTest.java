package org.coopole.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.DemoPeople;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyOrganisationViewTest extends ViewTestSupport {

    @Test
    void anInvitationWithABadEmailShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(MyOrganisationView.class);
        _get(Button.class, spec -> spec.withText("Inviter une personne")).click();

        _get(TextField.class, spec -> spec.withLabel("Prénom")).setValue("Zoé");
        _get(TextField.class, spec -> spec.withLabel("Nom")).setValue("Petit");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Adresse e-mail"));
        email.setValue(DemoPeople.MEMBER); // already has an account: refused by the service
        _get(Button.class, spec -> spec.withText("Envoyer l’invitation")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Cette adresse e-mail a déjà un compte Coopole.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Prénom")).getValue()).isEqualTo("Zoé");
    }

    @Test
    void aMemberGetsNotFound() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(MyOrganisationView.class);

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page introuvable");
    }
}
