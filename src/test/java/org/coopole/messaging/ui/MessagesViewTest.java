package org.coopole.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import org.coopole.DemoPeople;
import org.coopole.common.PersonId;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.MessagingService;
import org.coopole.security.AccountService;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The messaging screen: a conversation opened by its address, a message sent, a refusal that keeps the text. */
class MessagesViewTest extends ViewTestSupport {

    @Autowired
    MessagingService messaging;
    @Autowired
    AccountService accounts;

    @Test
    void aMessageIsSentFromTheScreenAndAnEmptyOneIsRefusedBesideItsField() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.MEMBER);
        PersonId louis = accounts.me().id();
        signIn.as(DemoPeople.BROWSER_MEMBER);
        ConversationId conversation = messaging.direct(vallee, louis);

        openAs(DemoPeople.BROWSER_MEMBER);
        UI.getCurrent().navigate("messages", com.vaadin.flow.router.QueryParameters.of("c", conversation.toString()));
        assertThat(_get(H1.class).getText()).isEqualTo("Messagerie");

        TextArea answer = _get(TextArea.class, spec -> spec.withLabel("Votre message"));
        answer.setValue("   ");
        _click(_get(Button.class, spec -> spec.withText("Envoyer")));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        answer = _get(TextArea.class, spec -> spec.withLabel("Votre message"));
        answer.setValue("Le vélo-cargo est réservé pour samedi ?");
        _click(_get(Button.class, spec -> spec.withText("Envoyer")));
        assertThat(messaging.messages(vallee, conversation, 10)).extracting(m -> m.body())
                .contains("Le vélo-cargo est réservé pour samedi ?");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Votre message")).getValue()).isEmpty();
    }

    @Test
    void anotherPersonsConversationIsNotFoundByItsAddress() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var vallee = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.MANAGER);
        PersonId nadia = accounts.me().id();
        signIn.as(DemoPeople.BROWSER_MEMBER);
        ConversationId theirs = messaging.direct(vallee, nadia);

        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("messages", com.vaadin.flow.router.QueryParameters.of("c", theirs.toString()));
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Page introuvable");
    }
}
