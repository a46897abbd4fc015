package org.coopole;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What a PDF says: its pages' text as a reader extracts it, and how many pages it has. */
public record PdfText(int pages, String text) {

    public static PdfText of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return new PdfText(reader.getNumberOfPages(), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
