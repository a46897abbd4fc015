package org.coopole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.coopole.common.report.ExportFormat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Links that download the same statement or report as CSV, XLSX or PDF. The file is made when the link is followed,
 * by the service, which checks again who may read it.
 */
public final class ExportLinks {

    private ExportLinks() {
    }

    /**
     * @param baseName the file's name without its extension
     * @param file     makes the file's bytes in a format
     */
    public static Component of(Component owner, String baseName, List<ExportFormat> formats,
                               Function<ExportFormat, byte[]> file) {
        Div links = new Div();
        links.addClassName("coopole-exports");
        for (ExportFormat format : formats) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = file.apply(format);
                return new DownloadResponse(new ByteArrayInputStream(bytes), baseName + "." + format.extension(),
                        format.mediaType(), bytes.length);
            }), owner.getTranslation(format.translationKey()));
            link.getElement().setAttribute("download", true);
            link.addClassName("coopole-button-link");
            links.add(link);
        }
        return links;
    }
}
