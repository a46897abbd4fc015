package org.coopole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.coopole.common.Attachments;

/**
 * An upload field for attached files (a message's, a journal entry's): the sizes, counts and types
 * {@link Attachments} accepts, announced by the field itself, in the person's language.
 */
public final class AttachmentUploads {

    private AttachmentUploads() {
    }

    /** Limits the field as {@link Attachments} does; {@code tooManyKey} says how many files, per what. */
    public static Upload limit(Upload upload, Component screen, String tooManyKey) {
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp",
                "application/pdf", "image/png", "image/jpeg");
        upload.setI18n(new UploadI18N()
                .setUploading(BoundedUpload.uploadingWords(screen))
                .setAddFiles(new UploadI18N.AddFiles().setOne(screen.getTranslation("messaging.attachment.choose"))
                        .setMany(screen.getTranslation("messaging.attachment.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(screen.getTranslation("messaging.attachment.drop"))
                        .setMany(screen.getTranslation("messaging.attachment.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(screen.getTranslation("messaging.attachment.too-big",
                                Attachments.MAX_BYTES / 1024 / 1024))
                        .setTooManyFiles(screen.getTranslation(tooManyKey, Attachments.MAX_FILES))
                        .setIncorrectFileType(screen.getTranslation("messaging.attachment.not-allowed"))));
        return upload;
    }
}
