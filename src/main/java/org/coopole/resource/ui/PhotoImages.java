package org.coopole.resource.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceService;

import java.io.ByteArrayInputStream;

/** A resource's photo as an image the browser fetches when it shows it (through the service, so its checks hold). */
public final class PhotoImages {

    private PhotoImages() {
    }

    public static Image of(ResourceService resources, PoleId poleId, ResourceId id, int position, boolean thumbnail,
                           String alt) {
        return new Image(DownloadHandler.fromInputStream(event -> resources.photo(poleId, id, position, thumbnail)
                .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), "photo-" + position,
                        p.contentType(), p.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404))), alt);
    }
}
