package org.coopole.project;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.security.PoleMember;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A project's printable sheet for a funder, in French or English: what it is, its partners, outcomes and milestones,
 * and — for those who read its details — its budget and the staff time given. Built from the same service reads as
 * the project's page, so it shows exactly what the reader may see.
 */
@Service
public class ProjectSheetService {

    private final ProjectService projects;
    private final ProjectActivityService activity;
    private final I18NProvider translations;
    private final Clock clock;

    ProjectSheetService(ProjectService projects, ProjectActivityService activity, I18NProvider translations,
                        Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.translations = translations;
        this.clock = clock;
    }

    /** The sheet as a PDF, or empty for a project that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<byte[]> sheet(PoleId poleId, ProjectId id, Locale locale) {
        Optional<ProjectPage> found = projects.page(poleId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProjectPage page = found.get();
        ProjectSections sections = activity.sections(poleId, id).orElseThrow();
        Locale language = locale == null ? Locale.FRENCH : locale;
        Words words = new Words(translations, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(page.data().title());
            document.addCreator("Coopole");
            document.open();
            Font title = font(18, Font.BOLD);
            Font heading = font(13, Font.BOLD);
            Font body = font(10, Font.NORMAL);
            Font small = font(8, Font.NORMAL);

            document.add(new Paragraph(text(page.data().title()), title));
            document.add(new Paragraph(text(words.get("project.sheet.subtitle", words.get(page.status()
                    .translationKey()), page.leadName())), body));
            if (!page.data().summary().isBlank()) {
                Paragraph summary = new Paragraph(text(page.data().summary()), body);
                summary.setSpacingBefore(8);
                document.add(summary);
            }
            PdfPTable facts = table(2, new float[] {1, 2});
            row(facts, body, words.get("project.lead"), page.leadName());
            if (page.data().startsOn() != null) {
                row(facts, body, words.get("project.starts-on"), Dates.format(page.data().startsOn(), language));
            }
            if (page.data().endsOn() != null) {
                row(facts, body, words.get("project.ends-on"), Dates.format(page.data().endsOn(), language));
            }
            if (!page.data().themes().isEmpty()) {
                row(facts, body, words.get("project.themes"), String.join(", ", page.data().themes()));
            }
            document.add(facts);

            section(document, heading, words.get("project.tab.partners"));
            if (page.partners().isEmpty()) {
                document.add(new Paragraph(text(words.get("project.partners.none")), body));
            } else {
                PdfPTable partners = table(3, new float[] {3, 2, 2});
                header(partners, body, words.get("project.organisation"), words.get("project.sheet.kind"),
                        words.get("project.partner.role"));
                for (ProjectPage.Partner partner : page.partners()) {
                    row(partners, body, partner.name(), partner.outsideKind() == null
                            ? words.get("project.partner.member") : words.get(partner.outsideKind().translationKey()),
                            partner.role());
                }
                document.add(partners);
            }

            List<Outcome> outcomes = sections.outcomes();
            section(document, heading, words.get("project.tab.outcomes"));
            if (outcomes.isEmpty()) {
                document.add(new Paragraph(text(words.get("project.outcome.none")), body));
            } else {
                NumberFormat numbers = NumberFormat.getNumberInstance(language);
                PdfPTable table = table(5, new float[] {3, 2, 2, 2, 3});
                header(table, body, words.get("project.outcome.kind"), words.get("project.outcome.stage"),
                        words.get("project.outcome.amount"), words.get("project.outcome.on"),
                        words.get("project.organisation"));
                for (Outcome outcome : outcomes) {
                    row(table, body, kindName(words, outcome.kind()), words.get(outcome.stage().translationKey()),
                            numbers.format(outcome.amount()) + (outcome.kind().unit() == OutcomeUnit.COUNT ? ""
                                    : " " + words.get(outcome.kind().unit().translationKey())),
                            Dates.format(outcome.on(), language), outcome.organisationName());
                }
                document.add(table);
            }

            List<Milestone> milestones = sections.milestones();
            if (!milestones.isEmpty()) {
                section(document, heading, words.get("project.tab.milestones"));
                PdfPTable table = table(3, new float[] {4, 2, 2});
                header(table, body, words.get("project.milestone.title"), words.get("project.milestone.due-on"),
                        words.get("project.milestone.done-on"));
                for (Milestone milestone : milestones) {
                    row(table, body, milestone.title(), Dates.format(milestone.dueOn(), language),
                            milestone.doneOn() == null ? "—" : Dates.format(milestone.doneOn(), language));
                }
                document.add(table);
            }

            Optional<Budget> budget = sections.budget();
            if (budget.isPresent()) {
                NumberFormat euros = NumberFormat.getCurrencyInstance(language);
                euros.setCurrency(Currency.getInstance("EUR"));
                section(document, heading, words.get("project.budget"));
                PdfPTable table = table(4, new float[] {4, 2, 2, 2});
                header(table, body, words.get("project.budget.label"), words.get("project.budget.direction"),
                        words.get("project.budget.stage"), words.get("project.budget.amount"));
                for (Budget.Line line : budget.get().lines()) {
                    row(table, body, line.label() + (line.funder() == null ? ""
                                    : " (" + words.get(line.funder().translationKey()) + ")"),
                            words.get(line.income() ? "project.budget.income" : "project.budget.expense"),
                            words.get(line.actual() ? "project.budget.actual" : "project.budget.planned"),
                            euros.format(BigDecimal.valueOf(line.amountCents(), 2)));
                }
                document.add(table);
                Budget b = budget.get();
                document.add(new Paragraph(text(words.get("project.budget.planned-totals") + " : " + words.get(
                        "project.budget.totals", euros.format(BigDecimal.valueOf(b.plannedExpenses(), 2)),
                        euros.format(BigDecimal.valueOf(b.plannedIncome(), 2)))), body));
                document.add(new Paragraph(text(words.get("project.budget.actual-totals") + " : " + words.get(
                        "project.budget.totals", euros.format(BigDecimal.valueOf(b.actualExpenses(), 2)),
                        euros.format(BigDecimal.valueOf(b.actualIncome(), 2)))), body));
                if (b.publicShare() != null) {
                    document.add(new Paragraph(text(words.get("project.budget.public-share") + " : "
                            + b.publicShare().toPlainString() + " %  ·  " + words.get("project.budget.self-financing")
                            + " : " + b.selfFinancing().toPlainString() + " %"), body));
                }
            }

            Optional<HoursLedger> hours = sections.hours();
            if (hours.isPresent() && !hours.get().totals().isEmpty()) {
                section(document, heading, words.get("project.hours"));
                PdfPTable table = table(4, new float[] {4, 2, 2, 2});
                header(table, body, words.get("project.organisation"), words.get("project.hours.booked"),
                        words.get("project.hours.entered"), words.get("project.hours.total"));
                for (HoursLedger.Total total : hours.get().totals()) {
                    row(table, body, total.organisationName(), hoursOf(total.bookedMinutes(), language),
                            hoursOf(total.enteredMinutes(), language), hoursOf(total.minutes(), language));
                }
                document.add(table);
            }

            List<UsedBooking> used = sections.used();
            if (!used.isEmpty()) {
                section(document, heading, words.get("project.tab.used"));
                PdfPTable table = table(3, new float[] {3, 3, 3});
                header(table, body, words.get("project.used.resource"), words.get("project.used.by"),
                        words.get("project.used.when"));
                for (UsedBooking booking : used.stream().limit(100).toList()) {
                    row(table, body, booking.resourceName(), booking.organisationName(),
                            Dates.format(booking.start().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate(),
                                    language));
                }
                document.add(table);
            }

            Paragraph footer = new Paragraph(text(words.get("project.sheet.footer",
                    Dates.format(LocalDate.now(clock), language))), small);
            footer.setSpacingBefore(16);
            document.add(footer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the project sheet could not be written", e);
        }
        return Optional.of(out.toByteArray());
    }

    private static String kindName(Words words, OutcomeKind kind) {
        return kind.translationKey() == null ? kind.name() : words.get(kind.translationKey());
    }

    private static String hoursOf(long minutes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(minutes / 60.0) + " h";
    }

    /** Helvetica in Windows-1252, which holds French; characters it lacks (narrow spaces) become plain spaces. */
    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style);
    }

    private static String text(String words) {
        return words.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static void section(Document document, Font heading, String name) throws DocumentException {
        Paragraph title = new Paragraph(text(name), heading);
        title.setSpacingBefore(14);
        title.setSpacingAfter(6);
        document.add(title);
    }

    private static PdfPTable table(int columns, float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setSpacingBefore(6);
        return table;
    }

    private static void header(PdfPTable table, Font font, String... names) {
        Font bold = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, font.getSize(), Font.BOLD);
        for (String name : names) {
            PdfPCell cell = new PdfPCell(new Phrase(text(name), bold));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text(value == null ? "" : value), font)));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }

    private record Words(I18NProvider translations, Locale locale) {
        String get(String key, Object... params) {
            return translations.getTranslation(key, locale, params);
        }
    }
}
