package org.coopole.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditEntry;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.common.PoleId;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The pole's audit trail, for its animators: filter by action, words and dates; pages load as one scrolls. */
@Route("audit")
@Menu(order = 90, icon = "vaadin:clipboard-text", title = "audit.nav")
@ForPoleRoles(PoleRole.ANIMATOR)
@PermitAll
class AuditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditTrail trail;
    private final PoleId poleId;
    private final boolean animator;
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final java.time.ZoneId zone;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    AuditView(CurrentAccount current, AuditTrail trail) {
        this.current = current;
        this.trail = trail;
        addClassName("coopole-page");
        Account.PoleMembership pole = current.get().currentPole().orElse(null);
        this.poleId = pole == null ? null : pole.poleId();
        this.animator = pole != null && pole.roles().contains(PoleRole.ANIMATOR);
        this.zone = animator ? trail.clock(poleId) : java.time.ZoneOffset.UTC;
        String zoneName = zone.getDisplayName(java.time.format.TextStyle.FULL, getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);

        action.setLabel(getTranslation("audit.filter.action"));
        action.setPlaceholder(getTranslation("audit.filter.action.all"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        action.setClearButtonVisible(true);
        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.text.placeholder"));
        org.coopole.common.ui.TextLimits.limit(text, 100);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        to.setErrorMessage(getTranslation("audit.filter.dates-reversed"));
        action.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> when.format(e.occurredAt()))
                .setHeader(getTranslation("audit.column.when", zoneName)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Objects.requireNonNullElse(e.personName(), getTranslation("audit.nobody")))
                .setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().translationKey()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(this::objectOf)
                .setHeader(getTranslation("audit.column.target")).setFlexGrow(2);
        grid.addColumn(e -> Objects.requireNonNullElse(e.address(), ""))
                .setHeader(getTranslation("audit.column.address")).setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(grid, CompactGrid.WIDE, getTranslation("audit.column.event"), e -> java.util.List.of(
                new Span(getTranslation(e.action().translationKey()) + " · "
                        + Objects.requireNonNullElse(e.personName(), getTranslation("audit.nobody"))),
                new Span(objectOf(e)),
                CompactGrid.hint(when.format(e.occurredAt()) + (e.address() == null ? "" : " · " + e.address()))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("coopole-audit-grid");

        Div filters = new Div(action, text, from, to);
        filters.addClassName("coopole-filters");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro", zoneName)), filters, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!animator) {
            // not an animator here: as if the page did not exist
            throw new NotFoundException();
        }
        refresh();
    }

    private void refresh() {
        boolean reversed = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(reversed);
        if (reversed) {
            return;
        }
        AuditQuery filter = query(0, 1);
        count.setText(getTranslation("audit.count", trail.count(poleId, filter)));
        grid.setItems(page -> trail.search(poleId, query(page.getOffset(), page.getLimit())).stream());
    }

    private AuditQuery query(int offset, int limit) {
        return new AuditQuery(action.getValue(), text.getValue(), from.getValue(), to.getValue(), offset, limit);
    }

    /**
     * The entry's object in words: a booking as its resource and period on the pole's clock, a refused call as what
     * it would have done ("Confirmer une demande de réservation"), anything else as recorded (a name, an address).
     */
    private String objectOf(AuditEntry entry) {
        String target = Objects.requireNonNullElse(entry.target(), "");
        if (entry.action().aboutABooking() && entry.detail() != null && entry.detail().contains("/")) {
            String[] period = entry.detail().split("/", 2);
            try {
                return getTranslation("audit.booking", target, periodWords(java.time.Instant.parse(period[0]),
                        java.time.Instant.parse(period[1])));
            } catch (java.time.format.DateTimeParseException e) {
                return target;
            }
        }
        if (entry.action() == AuditAction.REFUSED && target.matches("[A-Za-z]+\\.[A-Za-z]+")) {
            String words = getTranslation("audit.call." + target);
            return words.startsWith("!") ? getTranslation("audit.call.other", target) : words;
        }
        return target;
    }

    private String periodWords(java.time.Instant start, java.time.Instant end) {
        return org.coopole.common.Dates.period(start, end, getLocale(), zone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
