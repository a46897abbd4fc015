package org.coopole.messaging.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.messaging.Conversation;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.Message;
import org.coopole.messaging.MessagingService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;
import org.coopole.resource.ResourceService;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Messaging: the person's conversations in the pole (unread counts first to the eye), and the one open — its
 * latest messages and a field to answer. A conversation is opened by its address ({@code messages?c=…}), which
 * shows nothing of a conversation the person does not take part in.
 */
@Route("messages")
@Menu(order = 24, icon = "vaadin:comments-o", title = "messaging.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class MessagesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 100;

    private final MessagingService messaging;
    private final PoleId poleId;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Div thread = new Div();
    private ConversationId open;

    MessagesView(CurrentAccount current, MessagingService messaging, ResourceService resources) {
        this.messaging = messaging;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.zone = resources.timeZone(poleId); // times on the pole's clock
        addClassName("coopole-page");
        addClassName("coopole-messages");
        list.addClassName("coopole-conversations");
        list.getElement().setAttribute("aria-label", getTranslation("messaging.conversations"));
        thread.addClassName("coopole-thread");
        Div layout = new Div(list, thread);
        layout.addClassName("coopole-messages-layout");
        add(new H1(getTranslation("messaging.title")), layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open = event.getLocation().getQueryParameters().getSingleParameter("c")
                .map(text -> ConversationId.parse(text).orElseThrow(NotFoundException::new)).orElse(null);
        show();
    }

    /** The open conversation read first, so that the list beside it counts what is still unread, then both shown. */
    private void show() {
        List<Message> messages = List.of();
        if (open != null) {
            try {
                messages = messaging.messages(poleId, open, SHOWN);
                messaging.markRead(poleId, open);
            } catch (AccessDeniedException refused) {
                throw new NotFoundException(); // another person's conversation: it does not exist for this one
            }
        }
        List<Conversation> conversations = messaging.conversations(poleId);
        showList(conversations);
        showThread(messages, conversations);
    }

    private void showList(List<Conversation> conversations) {
        list.removeAll();
        if (conversations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("messaging.none"));
            none.addClassName("coopole-hint");
            list.add(none);
            return;
        }
        for (Conversation conversation : conversations) {
            Anchor link = new Anchor("messages?c=" + conversation.id(), "");
            link.getElement().setAttribute("router-link", true);
            link.addClassName("coopole-conversation");
            if (conversation.id().equals(open)) {
                link.addClassName("coopole-conversation-open");
                link.getElement().setAttribute("aria-current", "page");
            }
            Span with = new Span(conversation.with());
            with.addClassName("coopole-conversation-with");
            Span words = new Span(conversation.lastWords());
            words.addClassName("coopole-hint");
            link.add(with, words);
            if (conversation.unread() > 0) {
                Span unread = new Span(String.valueOf(conversation.unread()));
                unread.addClassName("coopole-unread-count");
                unread.getElement().setAttribute("aria-hidden", "true");
                // said in words to a screen reader, after the visible text (which stays the link's name)
                Span said = new Span(getTranslation("messaging.unread", conversation.unread()));
                said.addClassName("coopole-visually-hidden");
                link.add(unread, said);
            }
            list.add(link);
        }
    }

    private void showThread(List<Message> messages, List<Conversation> conversations) {
        thread.removeAll();
        if (open == null) {
            Paragraph choose = new Paragraph(getTranslation("messaging.choose"));
            choose.addClassName("coopole-hint");
            thread.add(choose);
            return;
        }
        String with = conversations.stream().filter(c -> c.id().equals(open)).findFirst()
                .map(Conversation::with).orElse("");
        thread.add(new H2(getTranslation("messaging.with", with)));
        Div lines = new Div();
        lines.addClassName("coopole-thread-messages");
        lines.getElement().setAttribute("role", "log");
        var format = Dates.dateTimes(Locales.of(this), zone);
        if (messages.isEmpty()) {
            Paragraph first = new Paragraph(getTranslation("messaging.first"));
            first.addClassName("coopole-hint");
            lines.add(first);
        }
        for (Message message : messages) {
            Div line = new Div();
            line.addClassName(message.mine() ? "coopole-message-mine" : "coopole-message");
            Span who = new Span(message.authorName() + " · " + format.format(message.at()));
            who.addClassName("coopole-hint");
            Div body = new Div();
            body.setText(message.body()); // text, never markup
            body.addClassName("coopole-message-body");
            line.add(who, body);
            lines.add(line);
        }
        TextArea answer = new TextArea(getTranslation("messaging.answer"));
        answer.setMaxLength(MessagingService.BODY_MAX);
        answer.setWidthFull();
        answer.setHelperText(getTranslation("messaging.answer.help", MessagingService.BODY_MAX));
        Button send = new Button(getTranslation("messaging.send"), click -> send(answer));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        thread.add(lines, answer, send);
    }

    private void send(TextArea answer) {
        try {
            messaging.send(poleId, open, answer.getValue());
            show();
        } catch (InvalidField refusal) {
            // what was typed stays in the field, with the reason beside it
            FieldErrors.show(this, Map.of("body", answer), refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.page-title");
    }
}
