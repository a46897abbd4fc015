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
 * UI's lock.
 */
public final class BoundedUpload implements UploadHandler {

    private final int limit;
    private final SerializableConsumer<byte[]> accepted;
    private final SerializableRunnable tooBig;

    public BoundedUpload(int limit, SerializableConsumer<byte[]> accepted, SerializableRunnable tooBig) {
        this.limit = limit;
        this.accepted = accepted;
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
        ui.access(() -> accepted.accept(bytes));
    }

    @Override
    public long getRequestSizeMax() {
        return limit + 64L * 1024; // the multipart framing around the file
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }
}
