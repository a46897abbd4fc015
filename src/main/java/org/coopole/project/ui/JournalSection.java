package org.coopole.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.coopole.common.Attachments;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.BoundedUpload;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Tags;
import org.coopole.project.JournalDraft;
import org.coopole.project.JournalEntry;
import org.coopole.project.ProjectJournalService;
import org.coopole.project.ProjectPage;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's journal: pinned entries first, then the latest; the project's people write with files, the author
 * changes an entry for a day, an animator pins one. What was typed stays when a save is refused.
 */
class JournalSection extends Div {

    private final List<JournalDraft.NewFile> pending = new ArrayList<>();
    private final Div pendingFiles = new Div();

    JournalSection(ProjectJournalService journal, PoleId poleId, ProjectPage page, List<JournalEntry> entries,
                   boolean mayWrite, ZoneId zone, Runnable reload) {
        if (mayWrite) {
            add(writeForm(journal, poleId, page, zone, reload));
        }
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("project.journal.none")));
        }
        var times = Dates.dateTimes(getLocale(), zone);
        for (JournalEntry entry : entries) {
            Div card = new Div();
            card.addClassName("coopole-journal-entry");
            Div head = new Div(new Span(Dates.format(entry.writtenOn(), getLocale())), new Span(entry.authorName()
                    + (entry.organisationName() == null ? "" : " · " + entry.organisationName())));
            head.addClassName("coopole-journal-head");
            if (entry.pinned()) {
                head.add(Tags.tag(getTranslation("project.journal.pinned")));
            }
            if (entry.editedAt() != null) {
                Span edited = new Span(getTranslation("project.journal.edited", times.format(entry.editedAt())));
                edited.addClassName("coopole-hint");
                head.add(edited);
            }
            Paragraph body = new Paragraph(entry.body());
            body.addClassName("coopole-preserve-lines");
            card.add(head, body);
            for (JournalEntry.File file : entry.files()) {
                card.add(download(journal, poleId, file));
            }
            Div actions = new Div();
            if (entry.editable()) {
                actions.add(ProjectParts.small(getTranslation("project.journal.edit"), null, false,
                        e -> openEdit(journal, poleId, entry, reload)));
            }
            if (entry.pinnable()) {
                actions.add(ProjectParts.small(getTranslation(entry.pinned() ? "project.journal.unpin"
                        : "project.journal.pin"), null, false, e -> {
                    journal.pin(poleId, entry.id(), !entry.pinned());
                    reload.run();
                }));
            }
            card.add(actions);
            add(card);
        }
    }

    private Div download(ProjectJournalService journal, PoleId poleId, JournalEntry.File file) {
        var id = file.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var content = journal.file(poleId, id).orElse(null);
            if (content == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.mediaType(), content.content().length);
        }), "");
        link.add(VaadinIcon.PAPERCLIP.create(), new Span(file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024)
                + " Ko)"));
        link.getElement().setAttribute("download", true);
        link.addClassName("coopole-message-file");
        return new Div(link);
    }

    private Div writeForm(ProjectJournalService journal, PoleId poleId, ProjectPage page, ZoneId zone,
                          Runnable reload) {
        DatePicker on = new DatePicker(getTranslation("project.journal.on"));
        on.setLocale(getLocale());
        on.setValue(java.time.LocalDate.now(zone)); // the pole's day
        TextArea body = new TextArea(getTranslation("project.journal.body"));
        body.setMaxLength(JournalEntry.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("6rem");
        Span fileError = new Span();
        fileError.addClassName("coopole-field-error");
        fileError.getElement().setAttribute("role", "alert");
        Upload upload = new Upload(new BoundedUpload(Attachments.MAX_BYTES, (name, bytes) -> {
            Attachments.check(name, bytes); // refused at once, with the reason; checked again when written
            synchronized (pending) {
                if (pending.size() >= Attachments.MAX_FILES) {
                    throw new InvalidField("attachments", "project.journal.too-many", Attachments.MAX_FILES);
                }
                pending.add(new JournalDraft.NewFile(name, bytes));
            }
        }, refusal -> {
            fileError.setText(refusal == null ? "" : FieldErrors.message(this, refusal));
            showPending();
        }, () -> fileError.setText(getTranslation("messaging.attachment.too-big", Attachments.MAX_BYTES / 1024 / 1024))));
        org.coopole.common.ui.AttachmentUploads.limit(upload, this, "project.journal.too-many");
        pendingFiles.addClassName("coopole-pending-files");
        Button write = new Button(getTranslation("project.journal.write"), e -> {
            try {
                List<JournalDraft.NewFile> files;
                synchronized (pending) {
                    files = List.copyOf(pending);
                }
                journal.write(poleId, page.id(), new JournalDraft(on.getValue(), body.getValue(), files));
                reload.run();
            } catch (InvalidField refusal) {
                if ("attachments".equals(refusal.field())) {
                    fileError.setText(FieldErrors.message(this, refusal));
                } else {
                    FieldErrors.show(this, Map.of("body", body, "writtenOn", on), refusal);
                }
            }
        });
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        return ProjectParts.form(this, "project.journal.write", on, body, upload, pendingFiles, fileError, write);
    }

    private void showPending() {
        pendingFiles.removeAll();
        List<JournalDraft.NewFile> files;
        synchronized (pending) {
            files = List.copyOf(pending);
        }
        for (JournalDraft.NewFile file : files) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                synchronized (pending) {
                    pending.remove(file);
                }
                showPending();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("messaging.attachment.remove", file.fileName()));
            Span chip = new Span(new Span(file.fileName()), remove);
            chip.addClassName("coopole-pending-file");
            pendingFiles.add(chip);
        }
    }

    private void openEdit(ProjectJournalService journal, PoleId poleId, JournalEntry entry, Runnable reload) {
        Dialog dialog = new Dialog(getTranslation("project.journal.edit"));
        DatePicker on = new DatePicker(getTranslation("project.journal.on"), entry.writtenOn());
        on.setLocale(getLocale());
        TextArea body = new TextArea(getTranslation("project.journal.body"), entry.body(), "");
        body.setMaxLength(JournalEntry.BODY_MAX);
        body.setWidthFull();
        Span error = new Span();
        error.addClassName("coopole-field-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("project.save"), e -> {
            try {
                journal.edit(poleId, entry.id(), on.getValue(), body.getValue());
                dialog.close();
                reload.run();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("body", body, "writtenOn", on), refusal);
            } catch (org.springframework.security.access.AccessDeniedException late) {
                error.setText(getTranslation("project.journal.too-late")); // what was typed stays in the dialog
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(on, body, error);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
