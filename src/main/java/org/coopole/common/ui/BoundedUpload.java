package org.coopole.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory up to a limit enforced on the server while the body streams: a bigger file is refused
 * after {@code limit + 1} bytes (or at once, from its declared size), never read whole. The callbacks run in the
 * UI's lock; the file is stored in the upload's own request.
 */
public final class BoundedUpload implements UploadHandler {

    private final int limit;
    private final com.vaadin.flow.function.SerializableBiConsumer<String, byte[]> store;
    private final SerializableConsumer<org.coopole.common.InvalidField> shown;
    private final SerializableRunnable tooBig;

    /**
     * @param store  keeps the file; runs while the upload is answered, so that a refusal ({@code InvalidField})
     *               marks the file as failed in the component rather than with a success tick
     * @param shown  then updates the screen, in the UI's lock: with the refusal, or with null once stored
     * @param tooBig updates the screen, in the UI's lock, when the file is over the limit
     */
    public BoundedUpload(int limit, SerializableConsumer<byte[]> store,
                         SerializableConsumer<org.coopole.common.InvalidField> shown, SerializableRunnable tooBig) {
        this(limit, (name, bytes) -> store.accept(bytes), shown, tooBig);
    }

    /** The same, keeping the file's name as the person's computer gave it too. */
    public BoundedUpload(int limit, com.vaadin.flow.function.SerializableBiConsumer<String, byte[]> store,
                         SerializableConsumer<org.coopole.common.InvalidField> shown, SerializableRunnable tooBig) {
        this.limit = limit;
        this.store = store;
        this.shown = shown;
        this.tooBig = tooBig;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > limit) {
            event.reject("too big");
            ui.access(tooBig::run);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            event.reject("too big");
            ui.access(tooBig::run);
            return;
        }
        try {
            store.accept(event.getFileName(), bytes);
        } catch (org.coopole.common.InvalidField refusal) {
            event.reject(refusal.messageKey());
            ui.access(() -> shown.accept(refusal));
            return;
        }
        ui.access(() -> shown.accept(null));
    }

    @Override
    public long getRequestSizeMax() {
        return limit + 64L * 1024; // the multipart framing around the file
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }

    /** The component's own words for a file being sent and for a failure, in the person's language. */
    public static com.vaadin.flow.component.upload.UploadI18N.Uploading uploadingWords(com.vaadin.flow.component.Component screen) {
        return new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status()
                        .setConnecting(screen.getTranslation("upload.connecting"))
                        .setProcessing(screen.getTranslation("upload.processing"))
                        .setHeld(screen.getTranslation("upload.held"))
                        .setStalled(screen.getTranslation("upload.stalled")))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime()
                        .setPrefix(screen.getTranslation("upload.remaining"))
                        .setUnknown(screen.getTranslation("upload.remaining-unknown")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setForbidden(screen.getTranslation("upload.refused"))
                        .setServerUnavailable(screen.getTranslation("login.unavailable.title"))
                        .setUnexpectedServerError(screen.getTranslation("upload.failed")));
    }
}
