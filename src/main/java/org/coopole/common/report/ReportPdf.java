package org.coopole.common.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Report} as an A4 PDF: headings, paragraphs, tables whose header repeats on each page, bar charts drawn as
 * vector graphics, and the report's title with the page number at the foot of each page. Helvetica in Windows-1252,
 * which holds French; characters it lacks (narrow spaces) become plain spaces.
 */
public final class ReportPdf {

    private static final float BAR_HEIGHT = 12;
    private static final float BAR_GAP = 5;
    private static final float CHART_WIDTH = 499;
    private static final float LABEL_WIDTH = 170;

    private ReportPdf() {
    }

    public static byte[] write(Report report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(text(report.footer() == null ? report.title()
                    : report.title() + " · " + report.footer())));
            document.addTitle(text(report.title()));
            document.addCreator("Coopole");
            document.open();
            document.add(new Paragraph(text(report.title()), font(18, Font.BOLD)));
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                Paragraph subtitle = new Paragraph(text(report.subtitle()), font(10, Font.NORMAL));
                subtitle.setSpacingAfter(6);
                document.add(subtitle);
            }
            Formats formats = new Formats(locale);
            for (Report.Part part : report.parts()) {
                switch (part) {
                    case Report.Heading heading -> {
                        Paragraph title = new Paragraph(text(heading.text()), font(13, Font.BOLD));
                        title.setSpacingBefore(14);
                        title.setSpacingAfter(4);
                        title.setKeepTogether(true);
                        document.add(title);
                    }
                    case Report.Text words -> {
                        Paragraph paragraph = new Paragraph(text(words.text()), words.hint()
                                ? font(8, Font.ITALIC) : font(10, Font.NORMAL));
                        paragraph.setSpacingBefore(3);
                        document.add(paragraph);
                    }
                    case Report.Table table -> document.add(table(table, formats));
                    case Report.Bars bars -> document.add(bars(writer, bars, formats));
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Report.Table table, Formats formats) throws DocumentException {
        int columns = table.columns().size();
        float size = columns > 6 ? 7 : 9;
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        if (table.widths() != null) {
            pdf.setWidths(table.widths());
        }
        pdf.setSpacingBefore(6);
        pdf.setSpacingAfter(4);
        Font bold = font(size, Font.BOLD);
        Font body = font(size, Font.NORMAL);
        for (String name : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(text(name), bold));
            cell.setGrayFill(0.9f);
            cell.setPadding(3);
            pdf.addCell(cell);
        }
        pdf.setHeaderRows(1);
        for (List<Report.Cell> row : table.rows()) {
            for (Report.Cell value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text(formats.format(value)), body)));
                cell.setPadding(3);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                if (!(value instanceof Report.Words)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("—", body));
            none.setColspan(columns);
            none.setPadding(3);
            pdf.addCell(none);
        }
        return pdf;
    }

    /** Horizontal bars, the longest the chart's width, each with its label on the left and its figure at its end. */
    private static Element bars(PdfWriter writer, Report.Bars bars, Formats formats) throws DocumentException,
            IOException {
        BaseFont face = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
        BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
        int count = bars.labels().size();
        float height = 18 + count * (BAR_HEIGHT + BAR_GAP);
        PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
        BigDecimal max = bars.values().stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        float room = CHART_WIDTH - LABEL_WIDTH - 60;
        chart.beginText();
        chart.setFontAndSize(bold, 9);
        chart.showTextAligned(PdfContentByte.ALIGN_LEFT, text(bars.title()), 0, height - 10, 0);
        chart.endText();
        for (int i = 0; i < count; i++) {
            float y = height - 18 - (i + 1) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
            BigDecimal value = bars.values().get(i) == null ? BigDecimal.ZERO : bars.values().get(i);
            float length = value.signum() <= 0 ? 0 : value.floatValue() / max.floatValue() * room;
            chart.setRGBColorFill(0x1F, 0x6F, 0x78);
            chart.rectangle(LABEL_WIDTH, y, Math.max(length, 0.5f), BAR_HEIGHT);
            chart.fill();
            chart.setRGBColorFill(0x22, 0x22, 0x22);
            chart.beginText();
            chart.setFontAndSize(face, 8);
            chart.showTextAligned(PdfContentByte.ALIGN_RIGHT, text(shorten(bars.labels().get(i), face, 8,
                    LABEL_WIDTH - 6)), LABEL_WIDTH - 6, y + 3, 0);
            chart.showTextAligned(PdfContentByte.ALIGN_LEFT, text(formats.figure(value, 1, bars.unit())),
                    LABEL_WIDTH + length + 4, y + 3, 0);
            chart.endText();
        }
        Image image = Image.getInstance(chart);
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        Paragraph holder = new Paragraph();
        holder.add(new Chunk(image, 0, 0, true));
        holder.setSpacingBefore(4);
        holder.setKeepTogether(true);
        return holder;
    }

    private static String shorten(String label, BaseFont face, float size, float width) {
        String shown = text(label);
        if (face.getWidthPoint(shown, size) <= width) {
            return shown;
        }
        while (shown.length() > 1 && face.getWidthPoint(shown + "…", size) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style);
    }

    static String text(String words) {
        return words == null ? "" : words.replace('\u202F', ' ').replace('\u00A0', ' ').replace("→", "-");
    }

    /** The report's title and the page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Font small = font(7, Font.NORMAL);
            org.openpdf.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, small),
                    document.left(), document.bottom() - 24, 0);
            org.openpdf.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), small), document.right(), document.bottom() - 24,
                    0);
        }
    }

    /** Numbers and euros in the reader's language. */
    static final class Formats {

        private final Locale locale;
        private final NumberFormat euros;
        /** A number format by count of decimals, made once per document. */
        private final java.util.Map<Integer, NumberFormat> numbers = new java.util.HashMap<>();

        Formats(Locale locale) {
            this.locale = locale;
            this.euros = NumberFormat.getCurrencyInstance(locale);
            euros.setCurrency(Currency.getInstance("EUR"));
        }

        String format(Report.Cell cell) {
            return switch (cell) {
                case Report.Words words -> words.text();
                case Report.Figure figure -> figure(figure.value(), figure.decimals(), figure.unit());
                case Report.Money money -> euros.format(BigDecimal.valueOf(money.cents(), 2));
            };
        }

        String figure(BigDecimal value, int decimals, String unit) {
            NumberFormat format = numbers.computeIfAbsent(Math.max(decimals, 0), places -> {
                NumberFormat made = NumberFormat.getNumberInstance(locale);
                made.setMinimumFractionDigits(0);
                made.setMaximumFractionDigits(places);
                return made;
            });
            String shown = format.format(value);
            return unit == null || unit.isEmpty() ? shown : shown + " " + unit;
        }
    }
}
