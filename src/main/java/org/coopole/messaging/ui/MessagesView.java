package org.coopole.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ui.BoundedUpload;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.live.LiveUpdates;
import org.coopole.live.Signal;
import org.coopole.live.Topic;
import org.coopole.live.ui.LiveRefresh;
import org.coopole.messaging.Conversation;
import org.coopole.messaging.ConversationDetails;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.ConversationKind;
import org.coopole.messaging.Draft;
import org.coopole.messaging.Found;
import org.coopole.messaging.Message;
import org.coopole.messaging.MessagingService;
import org.coopole.messaging.Participant;
import org.coopole.messaging.Reachable;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messaging: the person's conversations in the pole (unread counts first to the eye), or what a search found, and
 * the one open — who takes part, its latest messages (replies, files, edits), and a field to answer. A conversation
 * is opened by its address ({@code messages?c=…}), which shows nothing of a conversation the person does not take
 * part in. New messages, edits and people joining appear without a reload, from whichever node they were sent.
 */
@Route("messages")
@Menu(order = 24, icon = "vaadin:comments-o", title = "messaging.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class MessagesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 100;

    private final MessagingService messaging;
    private final PoleId poleId;
    private final PersonId me;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Div thread = new Div();
    private final Div lines = new Div();
    private final TextField search = new TextField();
    private ConversationId open;
    /** The conversations listed, to know which live signals concern this screen. */
    private Set<ConversationId> listed = Set.of();

    /** The answer being written: its text stays through live updates; its reply and files until it is sent. */
    private TextArea answer;
    private Message replyingTo;
    private final Div replyBanner = new Div();
    private final List<Draft.NewAttachment> pending = new ArrayList<>();
    private final Div pendingFiles = new Div();

    MessagesView(CurrentAccount current, MessagingService messaging, ResourceService resources, LiveUpdates live) {
        this.messaging = messaging;
        Account account = current.get();
        this.me = account.id();
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.zone = resources.timeZone(poleId); // times on the pole's clock
        addClassName("coopole-page");
        addClassName("coopole-messages");
        list.addClassName("coopole-conversations");
        list.getElement().setAttribute("role", "navigation");
        list.getElement().setAttribute("aria-label", getTranslation("messaging.conversations"));
        thread.addClassName("coopole-thread");
        lines.addClassName("coopole-thread-messages");
        lines.getElement().setAttribute("role", "log");
        lines.getElement().setAttribute("aria-live", "polite");

        search.setPlaceholder(getTranslation("messaging.search.placeholder"));
        search.setAriaLabel(getTranslation("messaging.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showSide());
        Button newGroup = new Button(getTranslation("messaging.group.new"), VaadinIcon.USERS.create(),
                e -> openNewGroup());
        Div tools = new Div(search, newGroup);
        tools.addClassName("coopole-messages-tools");
        Div side = new Div(tools, list);
        side.addClassName("coopole-messages-side");
        Div layout = new Div(side, thread);
        layout.addClassName("coopole-messages-layout");
        add(new H1(getTranslation("messaging.title")), layout);

        // a message, an edit or a person joining, in the open conversation or one listed: read again
        LiveRefresh.keep(this, live, Topic.CONVERSATION, poleId, null, this::heard);
        // a new conversation with this person, or a read position moved elsewhere: the list again
        LiveRefresh.keep(this, live, Topic.INBOX, poleId, me.value(), signal -> showSide());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var project = event.getLocation().getQueryParameters().getSingleParameter("project");
        if (project.isPresent()) {
            // a project's conversation: started or joined here, then opened by its own address
            var id = org.coopole.project.ProjectId.parse(project.get()).orElseThrow(NotFoundException::new);
            try {
                ConversationId conversation = messaging.aboutProject(poleId, id);
                event.forwardTo("messages", QueryParameters.of("c", conversation.toString()));
            } catch (AccessDeniedException refused) {
                throw new NotFoundException();
            }
            return;
        }
        open = event.getLocation().getQueryParameters().getSingleParameter("c")
                .map(text -> ConversationId.parse(text).orElseThrow(NotFoundException::new)).orElse(null);
        replyingTo = null;
        pending.clear();
        ConversationDetails details = null;
        List<Message> messages = List.of();
        if (open != null) {
            try {
                // read first, so that the list beside it counts what is still unread
                details = messaging.details(poleId, open);
                messages = messaging.messages(poleId, open, SHOWN);
                messaging.markRead(poleId, open);
            } catch (AccessDeniedException refused) {
                throw new NotFoundException(); // another person's conversation: it does not exist for this one
            }
        }
        showSide();
        showThread(details, messages);
    }

    private void heard(Signal signal) {
        boolean everything = signal.subject() == null;
        if (open != null && (everything || open.value().equals(signal.subject()))) {
            try {
                showLines(messaging.messages(poleId, open, SHOWN));
                messaging.markRead(poleId, open);
            } catch (AccessDeniedException removed) {
                // taken out of the group: the conversation is gone for this person
                open = null;
                showThread(null, List.of());
            }
        }
        if (everything || listed.contains(new ConversationId(signal.subject()))) {
            showSide();
        }
    }

    /** The conversations, or what the search found. */
    private void showSide() {
        String words = search.getValue() == null ? "" : search.getValue().strip();
        if (!words.isEmpty()) {
            try {
                search.setInvalid(false);
                showFound(words, messaging.search(poleId, words));
            } catch (InvalidField refusal) {
                search.setErrorMessage(FieldErrors.message(this, refusal));
                search.setInvalid(true);
            }
            return;
        }
        List<Conversation> conversations = messaging.conversations(poleId);
        Set<ConversationId> ids = new HashSet<>();
        conversations.forEach(c -> ids.add(c.id()));
        listed = ids;
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
            if (conversation.kind() != ConversationKind.DIRECT) {
                Span kind = new Span(getTranslation(conversation.kind().translationKey()) + " · ");
                kind.addClassName("coopole-conversation-kind");
                with.addComponentAsFirst(kind);
            }
            Span words2 = new Span(conversation.lastWords());
            words2.addClassName("coopole-hint");
            link.add(with, words2);
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

    private void showFound(String words, List<Found> found) {
        list.removeAll();
        Paragraph count = new Paragraph(getTranslation("messaging.search.count", found.size()));
        count.addClassName("coopole-hint");
        count.getElement().setAttribute("role", "status");
        list.add(count);
        var format = Dates.dateTimes(Locales.of(this), zone);
        for (Found hit : found) {
            Anchor link = new Anchor("messages?c=" + hit.conversation(), "");
            link.getElement().setAttribute("router-link", true);
            link.addClassName("coopole-conversation");
            Span with = new Span(hit.with());
            with.addClassName("coopole-conversation-with");
            Span who = new Span(hit.authorName() + " · " + format.format(hit.at()));
            who.addClassName("coopole-hint");
            Span excerpt = new Span(hit.excerpt());
            excerpt.addClassName("coopole-found-excerpt");
            link.add(with, who, excerpt);
            list.add(link);
        }
    }

    private void showThread(ConversationDetails details, List<Message> messages) {
        thread.removeAll();
        if (open == null || details == null) {
            Paragraph choose = new Paragraph(getTranslation("messaging.choose"));
            choose.addClassName("coopole-hint");
            thread.add(choose);
            return;
        }
        H2 title = new H2(details.kind() == ConversationKind.DIRECT ? getTranslation("messaging.with", details.name())
                : getTranslation(details.kind().translationKey()) + " · " + details.name());
        thread.add(title, people(details));
        showLines(messages);
        thread.add(lines, composer());
    }

    /** Who takes part; the group's creator adds and removes people, the others may leave. */
    private Component people(ConversationDetails details) {
        Div people = new Div();
        people.addClassName("coopole-thread-people");
        Span names = new Span(getTranslation("messaging.people", String.join(", ", details.people().stream()
                .map(p -> p.name() + (p.organisationName().isBlank() ? "" : " (" + p.organisationName() + ")")
                        + (p.active() ? "" : " — " + getTranslation("messaging.person.inactive")))
                .toList())));
        names.addClassName("coopole-hint");
        people.add(names);
        if (details.kind() == ConversationKind.GROUP && details.startedByMe()) {
            ComboBox<Reachable> add = new ComboBox<>(getTranslation("messaging.group.add"));
            Set<PersonId> in = new HashSet<>();
            details.people().forEach(p -> in.add(p.id()));
            add.setItems(messaging.reachable(poleId).stream().filter(r -> !in.contains(r.id())).toList());
            add.setItemLabelGenerator(r -> r.name() + (r.organisationName().isBlank() ? "" : " · " + r.organisationName()));
            add.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    messaging.addToGroup(poleId, open, e.getValue().id());
                    reopen();
                }
            });
            people.add(add);
            for (Participant participant : details.people()) {
                if (!participant.id().equals(me)) {
                    Button remove = new Button(getTranslation("messaging.group.remove-label", participant.name()), e -> {
                        messaging.removeFromGroup(poleId, open, participant.id());
                        reopen();
                    });
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    people.add(remove);
                }
            }
        } else if (details.kind() == ConversationKind.GROUP) {
            Button leave = new Button(getTranslation("messaging.group.leave"), e -> {
                messaging.leave(poleId, open);
                getUI().ifPresent(ui -> ui.navigate("messages"));
            });
            leave.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            people.add(leave);
        }
        return people;
    }

    private void reopen() {
        getUI().ifPresent(ui -> ui.navigate("messages", QueryParameters.of("c", open.toString())));
    }

    private void showLines(List<Message> messages) {
        lines.removeAll();
        var format = Dates.dateTimes(Locales.of(this), zone);
        if (messages.isEmpty()) {
            Paragraph first = new Paragraph(getTranslation("messaging.first"));
            first.addClassName("coopole-hint");
            lines.add(first);
        }
        for (Message message : messages) {
            lines.add(line(message, format));
        }
    }

    private Component line(Message message, DateTimeFormatter format) {
        if (message.kind() != Message.MessageKind.TEXT) {
            Paragraph event = new Paragraph(getTranslation(message.kind() == Message.MessageKind.JOINED
                    ? "messaging.joined" : "messaging.left", message.aboutName()) + " · " + format.format(message.at()));
            event.addClassName("coopole-message-event");
            return event;
        }
        Div line = new Div();
        line.addClassName(message.mine() ? "coopole-message-mine" : "coopole-message");
        String who = message.authorName() + (message.forOrganisation() == null ? ""
                : " " + getTranslation("messaging.for-organisation", message.forOrganisation()));
        Span header = new Span(who + " · " + format.format(message.at())
                + (message.edited() && !message.deleted() ? " · " + getTranslation("messaging.edited") : ""));
        header.addClassName("coopole-hint");
        line.add(header);
        if (message.quote() != null) {
            Div quote = new Div(new Span(message.quote().authorName() + " : "),
                    new Span(message.quote().excerpt().isEmpty() ? getTranslation("messaging.quote.gone")
                            : message.quote().excerpt()));
            quote.addClassName("coopole-message-quote");
            line.add(quote);
        }
        if (message.deleted()) {
            Paragraph gone = new Paragraph(getTranslation("messaging.deleted"));
            gone.addClassName("coopole-message-gone");
            line.add(gone);
            return line;
        }
        if (message.hidden()) {
            Paragraph gone = new Paragraph(getTranslation("messaging.hidden"));
            gone.addClassName("coopole-message-gone");
            line.add(gone);
            return line;
        }
        if (!message.body().isEmpty()) {
            Div body = Linkified.of(message.body()); // text and safe links, never markup
            body.addClassName("coopole-message-body");
            line.add(body);
        }
        for (Message.Attachment file : message.attachments()) {
            line.add(attachment(message, file));
        }
        line.add(actions(message));
        return line;
    }

    private Component attachment(Message message, Message.Attachment file) {
        if (file.hidden()) {
            Span hidden = new Span(getTranslation("messaging.attachment.hidden"));
            hidden.addClassName("coopole-hint");
            return hidden;
        }
        var id = file.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var content = messaging.attachment(poleId, id).orElse(null);
            if (content == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.mediaType(), content.content().length);
        }), "");
        link.add(VaadinIcon.PAPERCLIP.create(), new Span(file.fileName() + " (" + size(file.sizeBytes()) + ")"));
        link.getElement().setAttribute("download", true);
        link.addClassName("coopole-message-file");
        Div row = new Div(link);
        if (!message.mine()) {
            Button report = new Button(getTranslation("messaging.report"), e -> openReport(message, file));
            report.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            report.setAriaLabel(getTranslation("messaging.report.file-label", file.fileName()));
            row.add(report);
        }
        return row;
    }

    private String size(int bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("messaging.size.mb", Math.round(bytes / 104857.6) / 10.0)
                : getTranslation("messaging.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }

    private Component actions(Message message) {
        Div actions = new Div();
        actions.addClassName("coopole-message-actions");
        String of = message.authorName();
        Button reply = new Button(getTranslation("messaging.reply"), e -> {
            replyingTo = message;
            showReplyBanner();
            answer.focus();
        });
        reply.setAriaLabel(getTranslation("messaging.reply-label", of));
        actions.add(reply);
        if (!message.mine()) {
            Button unread = new Button(getTranslation("messaging.mark-unread"), e -> {
                messaging.markUnread(poleId, message.id());
                getUI().ifPresent(ui -> ui.navigate("messages"));
            });
            unread.setAriaLabel(getTranslation("messaging.mark-unread-label", of));
            Button report = new Button(getTranslation("messaging.report"), e -> openReport(message, null));
            report.setAriaLabel(getTranslation("messaging.report-label", of));
            actions.add(unread, report);
        }
        if (message.changeable()) {
            Button edit = new Button(getTranslation("messaging.edit"), e -> openEdit(message));
            Button delete = new Button(getTranslation("messaging.delete"), e -> confirmDelete(message));
            delete.addThemeVariants(ButtonVariant.ERROR);
            actions.add(edit, delete);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.SMALL,
                ButtonVariant.LUMO_TERTIARY_INLINE));
        return actions;
    }

    private Component composer() {
        answer = new TextArea(getTranslation("messaging.answer"));
        answer.setMaxLength(MessagingService.BODY_MAX);
        answer.setWidthFull();
        answer.setHelperText(getTranslation("messaging.answer.help", MessagingService.BODY_MAX));
        replyBanner.addClassName("coopole-reply-banner");
        showReplyBanner();
        pendingFiles.addClassName("coopole-pending-files");
        Span fileError = new Span();
        fileError.addClassName("coopole-field-error");
        fileError.getElement().setAttribute("role", "alert");
        Upload upload = new Upload(new AttachmentUpload(fileError));
        org.coopole.common.ui.AttachmentUploads.limit(upload, this, "messaging.attachment.too-many");
        upload.addClassName("coopole-message-upload");
        showPending();
        Button send = new Button(getTranslation("messaging.send"), click -> send(upload, fileError));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Div composer = new Div(replyBanner, answer, pendingFiles, upload, fileError, send);
        composer.addClassName("coopole-composer");
        return composer;
    }

    /** Keeps an uploaded file for the message being written, once its content is allowed. */
    private final class AttachmentUpload implements UploadHandler {
        private final Span error;

        AttachmentUpload(Span error) {
            this.error = error;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            var ui = event.getUI();
            byte[] bytes;
            if (event.getFileSize() > MessagingService.ATTACHMENT_MAX_BYTES) {
                event.reject("too big");
                ui.access(() -> error.setText(getTranslation("messaging.attachment.too-big",
                        MessagingService.ATTACHMENT_MAX_BYTES / 1024 / 1024)));
                return;
            }
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MessagingService.ATTACHMENT_MAX_BYTES + 1);
            }
            String name = event.getFileName();
            try {
                MessagingService.checkAttachment(new Draft.NewAttachment(name, bytes));
            } catch (InvalidField refusal) {
                event.reject(refusal.messageKey());
                ui.access(() -> error.setText(FieldErrors.message(MessagesView.this, refusal)));
                return;
            }
            ui.access(() -> {
                error.setText("");
                if (pending.size() >= MessagingService.ATTACHMENTS_PER_MESSAGE) {
                    error.setText(getTranslation("messaging.attachment.too-many",
                            MessagingService.ATTACHMENTS_PER_MESSAGE));
                    return;
                }
                pending.add(new Draft.NewAttachment(name, bytes));
                showPending();
            });
        }

        @Override
        public long getRequestSizeMax() {
            return MessagingService.ATTACHMENT_MAX_BYTES + 64L * 1024;
        }

        @Override
        public long getFileSizeMax() {
            return MessagingService.ATTACHMENT_MAX_BYTES;
        }
    }

    private void showPending() {
        pendingFiles.removeAll();
        for (Draft.NewAttachment file : List.copyOf(pending)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                pending.remove(file);
                showPending();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("messaging.attachment.remove", file.fileName()));
            Span chip = new Span(new Span(file.fileName()), remove);
            chip.addClassName("coopole-pending-file");
            pendingFiles.add(chip);
        }
    }

    private void showReplyBanner() {
        replyBanner.removeAll();
        replyBanner.setVisible(replyingTo != null);
        if (replyingTo != null) {
            Button cancel = new Button(getTranslation("messaging.reply.cancel"), e -> {
                replyingTo = null;
                showReplyBanner();
            });
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            String words = replyingTo.body().length() > 80 ? replyingTo.body().substring(0, 79) + "…"
                    : replyingTo.body();
            replyBanner.add(new Span(getTranslation("messaging.replying-to", replyingTo.authorName(), words)), cancel);
        }
    }

    private void send(Upload upload, Span fileError) {
        try {
            messaging.send(poleId, open, new Draft(answer.getValue(), replyingTo == null ? null : replyingTo.id(),
                    pending));
            answer.clear();
            answer.setInvalid(false);
            replyingTo = null;
            showReplyBanner();
            pending.clear();
            showPending();
            upload.clearFileList();
            fileError.setText("");
            showLines(messaging.messages(poleId, open, SHOWN));
            showSide();
        } catch (InvalidField refusal) {
            // what was typed stays in the field, with the reason beside it
            if (refusal.field().equals("attachments")) {
                fileError.setText(FieldErrors.message(this, refusal));
            } else {
                FieldErrors.show(this, Map.of("body", answer, "replyTo", answer), refusal);
            }
        }
    }

    private void openEdit(Message message) {
        Dialog dialog = new Dialog(getTranslation("messaging.edit.title"));
        TextArea text = new TextArea(getTranslation("messaging.answer"));
        text.setValue(message.body());
        text.setMaxLength(MessagingService.BODY_MAX);
        text.setWidthFull();
        Button save = new Button(getTranslation("messaging.edit.save"), e -> {
            try {
                messaging.edit(poleId, message.id(), text.getValue());
                dialog.close();
                showLines(messaging.messages(poleId, open, SHOWN));
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("body", text), refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void confirmDelete(Message message) {
        Dialog dialog = new Dialog(getTranslation("messaging.delete.title"));
        dialog.add(new Paragraph(getTranslation("messaging.delete.text")));
        Span error = new Span();
        error.addClassName("coopole-field-error");
        dialog.add(error);
        Button delete = new Button(getTranslation("messaging.delete"), e -> {
            try {
                messaging.delete(poleId, message.id());
                dialog.close();
                showLines(messaging.messages(poleId, open, SHOWN));
            } catch (InvalidField refusal) {
                error.setText(FieldErrors.message(this, refusal));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    private void openReport(Message message, Message.Attachment file) {
        Dialog dialog = new Dialog(getTranslation(file == null ? "messaging.report.title" : "messaging.report.file-title"));
        dialog.add(new Paragraph(getTranslation("messaging.report.text")));
        TextArea reason = new TextArea(getTranslation("messaging.report.reason"));
        reason.setMaxLength(MessagingService.REASON_MAX);
        reason.setWidthFull();
        reason.setRequired(true);
        Button send = new Button(getTranslation("messaging.report.send"), e -> {
            try {
                messaging.report(poleId, message.id(), file == null ? null : file.id(), reason.getValue());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(getTranslation("messaging.report.sent"));
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("reason", reason), refusal);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private void openNewGroup() {
        Dialog dialog = new Dialog(getTranslation("messaging.group.new"));
        TextField name = new TextField(getTranslation("messaging.group.name"));
        name.setMaxLength(MessagingService.TITLE_MAX);
        name.setWidthFull();
        name.setRequired(true);
        MultiSelectComboBox<Reachable> people = new MultiSelectComboBox<>(getTranslation("messaging.group.people"));
        people.setItems(messaging.reachable(poleId));
        people.setItemLabelGenerator(r -> r.name() + (r.organisationName().isBlank() ? "" : " · " + r.organisationName()));
        people.setWidthFull();
        Button start = new Button(getTranslation("messaging.group.start"), e -> {
            try {
                ConversationId id = messaging.group(poleId, name.getValue(),
                        people.getValue().stream().map(Reachable::id).toList());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("messages", QueryParameters.of("c", id.toString())));
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("title", name, "people", people), refusal);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, people);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), start);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.page-title");
    }
}
