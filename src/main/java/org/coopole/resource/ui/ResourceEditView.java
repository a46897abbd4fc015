package org.coopole.resource.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.coopole.common.ui.BoundedUpload;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.BookingUnit;
import org.coopole.resource.Closure;
import org.coopole.resource.OpeningHours;
import org.coopole.resource.Photo;
import org.coopole.resource.RateUnit;
import org.coopole.resource.Resource;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.resource.ResourceSettings;
import org.coopole.resource.ResourceStatus;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coopole.security.CurrentAccount;

/**
 * A manager shares a new resource or changes one of the organisation's: what it is, details, booking rules,
 * opening hours, closures, staff skills and cap, poles, photos and status. One save; a refusal shows next to its
 * field and keeps everything typed.
 */
@Route("my-resources/:id")
@ForPoleRoles(PoleRole.ORGANISATION_MANAGER)
@PermitAll
class ResourceEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = "new";

    private final ResourceService resources;
    private final PoleId poleId;
    private final List<Account.PoleMembership> managedPoles;
    private final OrganisationId myOrganisation;
    private ResourceId resourceId;
    private Resource loaded;

    private final Select<ResourceKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Checkbox approval = new Checkbox();
    private final TextField location = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final TextArea accessibility = new TextArea();
    private final TextField tags = new TextField();
    private final Select<RateUnit> rateUnit = new Select<>();
    private final NumberField rate = new NumberField();
    private final Select<BookingUnit> unit = new Select<>();
    private final NumberField minHours = new NumberField();
    private final NumberField maxHours = new NumberField();
    private final NumberField leadHours = new NumberField();
    private final IntegerField horizonDays = new IntegerField();
    private final NumberField holdHours = new NumberField();
    private final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);
    private final TextField openingHours = new TextField();
    private final List<Closure> closures = new ArrayList<>();
    private final Div closureList = new Div();
    private final DatePicker closureFrom = new DatePicker();
    private final DatePicker closureTo = new DatePicker();
    private final TextField closureReason = new TextField();
    private final TextField skills = new TextField();
    private final NumberField capHours = new NumberField();
    private final CheckboxGroup<Account.PoleMembership> poles = new CheckboxGroup<>();
    private final Div staffSection = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    ResourceEditView(CurrentAccount current, ResourceService resources) {
        this.current = current;
        this.resources = resources;
        Account me = current.get();
        this.poleId = me.currentPole().filter(p -> p.roles().contains(PoleRole.ORGANISATION_MANAGER))
                .map(Account.PoleMembership::poleId).orElse(null);
        this.myOrganisation = me.organisationId();
        this.managedPoles = me.poles().stream().filter(p -> p.roles().contains(PoleRole.ORGANISATION_MANAGER))
                .toList();
        addClassName("coopole-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (poleId == null) {
            throw new NotFoundException();
        }
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        if (!NEW.equals(id)) {
            try {
                resourceId = new ResourceId(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException();
            }
            loaded = resources.resource(poleId, resourceId).filter(r -> r.ownerId().equals(myOrganisation))
                    .orElseThrow(NotFoundException::new);
        }
        removeAll();
        build();
        if (loaded != null) {
            fill(loaded);
        }
    }

    private void build() {
        add(new H1(getTranslation(loaded == null ? "resource.edit.new" : "resource.edit.title",
                loaded == null ? "" : loaded.data().name())));

        kind.setLabel(getTranslation("resource.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(ResourceKind.PREMISES);
        kind.addValueChangeListener(e -> staffSection.setVisible(e.getValue() == ResourceKind.STAFF));
        name.setLabel(getTranslation("resource.name"));
        org.coopole.common.ui.TextLimits.limit(name, ResourceData.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("resource.description"));
        org.coopole.common.ui.TextLimits.limit(description, ResourceData.DESCRIPTION_MAX);
        approval.setLabel(getTranslation("resource.approval-required.question"));
        FormLayout general = form(kind, name, description, approval);
        general.setColspan(description, 2);

        location.setLabel(getTranslation("resource.location"));
        org.coopole.common.ui.TextLimits.limit(location, 500);
        capacity.setLabel(getTranslation("resource.capacity"));
        capacity.setMin(1);
        capacity.setMax(100000);
        accessibility.setLabel(getTranslation("resource.accessibility"));
        org.coopole.common.ui.TextLimits.limit(accessibility, 2000);
        tags.setLabel(getTranslation("resource.tags"));
        tags.setHelperText(getTranslation("resource.edit.comma"));
        rateUnit.setLabel(getTranslation("resource.rate"));
        rateUnit.setItems(RateUnit.values());
        rateUnit.setItemLabelGenerator(u -> getTranslation(u.translationKey()));
        rateUnit.setValue(RateUnit.FREE);
        rate.setLabel(getTranslation("resource.edit.amount"));
        rate.setMin(0);
        rate.setStep(0.01);
        rate.setSuffixComponent(new Span("€"));
        rate.setEnabled(false);
        rateUnit.addValueChangeListener(e -> {
            rate.setEnabled(e.getValue() != RateUnit.FREE);
            if (e.getValue() == RateUnit.FREE) {
                rate.clear();
            }
        });
        FormLayout details = form(location, capacity, accessibility, tags, rateUnit, rate);
        details.setColspan(accessibility, 2);

        unit.setLabel(getTranslation("resource.unit"));
        unit.setItems(BookingUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.translationKey()));
        minHours.setLabel(getTranslation("resource.edit.min-hours"));
        maxHours.setLabel(getTranslation("resource.edit.max-hours"));
        leadHours.setLabel(getTranslation("resource.edit.lead-hours"));
        for (NumberField f : List.of(minHours, maxHours, leadHours)) {
            f.setMin(0);
            f.setStep(0.25);
            inWords(f);
        }
        horizonDays.setLabel(getTranslation("resource.edit.horizon-days"));
        horizonDays.setMin(1);
        horizonDays.setMax(730);
        holdHours.setLabel(getTranslation("resource.edit.hold-hours"));
        holdHours.setMin(0.25);
        holdHours.setMax(168);
        holdHours.setStep(0.25);
        holdHours.setId("resource-hold-hours");
        inWords(holdHours);
        fillPolicy(BookingPolicy.DEFAULT);
        FormLayout policy = form(unit, minHours, maxHours, leadHours, horizonDays, holdHours);

        FormLayout opening = new FormLayout();
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(day.getDisplayName(TextStyle.FULL, Locales.of(this)));
            hours.put(day, field);
            opening.add(field);
        }
        openingHours.setVisible(false);

        closureFrom.setLabel(getTranslation("resource.edit.closure-from"));
        closureTo.setLabel(getTranslation("resource.edit.closure-to"));
        closureReason.setLabel(getTranslation("resource.edit.closure-reason"));
        org.coopole.common.ui.TextLimits.limit(closureReason, 200);
        closureFrom.setLocale(Locales.of(this));
        closureTo.setLocale(Locales.of(this));
        closureFrom.addValueChangeListener(e -> {
            closureTo.setMin(e.getValue());
            if (closureTo.getValue() == null) {
                closureTo.setValue(e.getValue());
            }
        });
        Button addClosure = new Button(getTranslation("resource.edit.closure-add"), VaadinIcon.PLUS.create(),
                e -> addClosure());
        Div closureForm = new Div(closureFrom, closureTo, closureReason, addClosure);
        closureForm.addClassName("coopole-filters");
        closureList.addClassName("coopole-closures");

        skills.setLabel(getTranslation("resource.skills"));
        skills.setHelperText(getTranslation("resource.edit.comma"));
        capHours.setLabel(getTranslation("resource.edit.cap-hours"));
        capHours.setMin(0.25);
        capHours.setStep(0.5);
        inWords(capHours);
        staffSection.add(new H2(getTranslation("resource.edit.staff")), form(skills, capHours));
        staffSection.setVisible(false);

        poles.setLabel(getTranslation("resource.edit.poles"));
        poles.setItems(managedPoles);
        poles.setItemLabelGenerator(Account.PoleMembership::poleName);
        managedPoles.stream().filter(p -> p.poleId().equals(poleId)).forEach(p -> poles.select(p));
        poles.setVisible(managedPoles.size() > 1);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(save);
        actions.addClassName("coopole-actions");

        add(section("resource.edit.general"), general, section("resource.edit.details"), details,
                section("resource.edit.policy"), policy, section("resource.edit.opening"),
                new Paragraph(getTranslation("resource.edit.opening-help")), opening, openingHours,
                section("resource.edit.closures"), closureForm, closureList, staffSection, poles, actions);
        if (loaded != null) {
            add(photos(), status());
        } else {
            // photos are kept with a resource that exists: say so, rather than leave people looking for them
            add(section("resource.edit.photos"), new Paragraph(getTranslation("resource.photo.after-first-save")));
        }

        fields.putAll(Map.ofEntries(Map.entry("kind", kind), Map.entry("name", name),
                Map.entry("description", description), Map.entry("location", location),
                Map.entry("capacity", capacity), Map.entry("accessibility", accessibility), Map.entry("tags", tags),
                Map.entry("rateCents", rate), Map.entry("minMinutes", minHours), Map.entry("maxMinutes", maxHours),
                Map.entry("leadMinutes", leadHours), Map.entry("horizonDays", horizonDays),
                Map.entry("waitlistHoldMinutes", holdHours),
                Map.entry("openingHours", openingHours), Map.entry("closures", closureReason),
                Map.entry("skills", skills), Map.entry("weeklyCap", capHours), Map.entry("poles", poles)));
    }

    private void fill(Resource resource) {
        kind.setValue(resource.data().kind());
        name.setValue(resource.data().name());
        description.setValue(resource.data().description());
        approval.setValue(resource.data().approvalRequired());
        ResourceDetails d = resource.details();
        location.setValue(d.location());
        capacity.setValue(d.capacity());
        accessibility.setValue(d.accessibility());
        tags.setValue(String.join(", ", d.tags()));
        rateUnit.setValue(d.rateUnit());
        rate.setValue(d.rateUnit() == RateUnit.FREE ? null : d.rateCents() / 100.0);
        fillPolicy(resource.rules().policy());
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.get(day).setValue(resource.rules().hoursOn(day).stream()
                    .map(h -> h.text("-")).collect(Collectors.joining(", ")));
        }
        closures.addAll(resource.rules().closures());
        showClosures();
        skills.setValue(String.join(", ", resource.skills()));
        capHours.setValue(resource.rules().weeklyCapMinutes() == null ? null : resource.rules().weeklyCapMinutes() / 60.0);
        Set<PoleId> shared = Set.copyOf(resources.sharedIn(poleId, resource.id()));
        poles.setValue(managedPoles.stream().filter(p -> shared.contains(p.poleId()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private void fillPolicy(BookingPolicy policy) {
        unit.setValue(policy.unit());
        minHours.setValue(policy.minMinutes() / 60.0);
        maxHours.setValue(policy.maxMinutes() / 60.0);
        leadHours.setValue(policy.leadMinutes() / 60.0);
        horizonDays.setValue(policy.horizonDays());
        holdHours.setValue(policy.waitlistHoldMinutes() / 60.0);
    }

    private void save() {
        FieldErrors.clear(fields);
        try {
            ResourceSettings settings = new ResourceSettings(
                    new ResourceData(kind.getValue(), name.getValue(), description.getValue(), approval.getValue()),
                    new ResourceDetails(location.getValue(), capacity(), accessibility.getValue(),
                            words(tags.getValue()), rateUnit.getValue(), cents()),
                    new BookingPolicy(minutes(minHours, "minMinutes"), minutes(maxHours, "maxMinutes"),
                            minutes(leadHours, "leadMinutes"), required(horizonDays.getValue(), "horizonDays"),
                            unit.getValue(), holdMinutes()),
                    openingHours(), closures, words(skills.getValue()),
                    capHours.getValue() == null ? null : boundedMinutes(capHours.getValue(), "weeklyCap", 168),
                    poles.getValue().stream().map(Account.PoleMembership::poleId).collect(Collectors.toSet()));
            ResourceId saved = resources.save(poleId, resourceId, settings);
            Notification.show(getTranslation("resource.edit.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (resourceId == null) {
                getUI().ifPresent(ui -> ui.navigate(ResourceEditView.class,
                        new RouteParameters(ID, saved.toString())));
            }
        } catch (InvalidField refusal) {
            FieldErrors.show(this, fields, refusal);
            Notification.show(getTranslation("form.check-fields"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private int cents() {
        if (rateUnit.getValue() == RateUnit.FREE) {
            return 0;
        }
        if (rate.getValue() == null || rate.isInvalid() || !Double.isFinite(rate.getValue())
                || rate.getValue() < 0 || rate.getValue() > 1_000_000) {
            throw new InvalidField("rateCents", "resource.rate.invalid"); // never wrapped round to another amount
        }
        return java.math.BigDecimal.valueOf(rate.getValue()).movePointRight(2)
                .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    /** Hours are typed as a number ("0.5", "744"); the field says under it what that is in words ("30 min", "31 jours"). */
    private void inWords(NumberField field) {
        field.addValueChangeListener(e -> {
            Double hours = e.getValue();
            boolean readable = hours != null && Double.isFinite(hours) && hours > 0 && hours <= 744;
            field.setHelperText(readable ? getTranslation("resource.edit.in-words",
                    org.coopole.common.ui.DurationWords.of(this, Math.round(hours * 60))) : null);
        });
    }

    /** Hours typed as minutes, refused (never wrapped round) beyond a month's hours. */
    private static int minutes(NumberField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidField(name, field.isInvalid() ? "resource.policy.out-of-bounds" : "validation.required");
        }
        return boundedMinutes(field.getValue(), name, 744);
    }

    /** How long a freed slot is held for the first in line: a quarter of an hour to a week. */
    private int holdMinutes() {
        if (holdHours.getValue() == null) {
            throw new InvalidField("waitlistHoldMinutes", holdHours.isInvalid()
                    ? "resource.policy.hold-out-of-bounds" : "validation.required");
        }
        double hours = holdHours.getValue();
        if (!Double.isFinite(hours) || hours < 0.25 || hours > 168) {
            throw new InvalidField("waitlistHoldMinutes", "resource.policy.hold-out-of-bounds");
        }
        return (int) Math.round(hours * 60);
    }

    /** At most a month's hours for a booking's length or notice, a week's for a weekly cap. */
    private static int boundedMinutes(double hours, String name, int maxHours) {
        if (!Double.isFinite(hours) || hours < 0 || hours > maxHours) {
            throw new InvalidField(name, "resource.policy.hours-bounds", java.time.Duration.ofHours(maxHours));
        }
        return (int) Math.round(hours * 60);
    }

    /** The capacity typed, or none; a number the field could not read (too big) is refused, not dropped. */
    private Integer capacity() {
        if (capacity.getValue() == null && capacity.isInvalid()) {
            throw new InvalidField("capacity", "resource.policy.out-of-bounds");
        }
        return capacity.getValue();
    }

    private static int required(Integer value, String name) {
        if (value == null) {
            throw new InvalidField(name, "validation.required");
        }
        return value;
    }

    /** "09:00-12:00, 14:00-18:00" per weekday; a mistake is shown next to that day. */
    private List<OpeningHours> openingHours() {
        List<OpeningHours> result = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = hours.get(day);
            field.setInvalid(false);
            for (String range : field.getValue().split("[,;]")) {
                if (range.isBlank()) {
                    continue;
                }
                String[] ends = range.strip().split("\\s*[-–]\\s*");
                try {
                    if (ends.length != 2) {
                        throw new DateTimeParseException("range", range, 0);
                    }
                    result.add(new OpeningHours(day, LocalTime.parse(pad(ends[0])), OpeningHours.read(pad(ends[1]))));
                } catch (DateTimeParseException | InvalidField e) {
                    field.setErrorMessage(getTranslation("resource.opening.invalid"));
                    field.setInvalid(true);
                    throw new InvalidField("openingHours", "resource.opening.invalid");
                }
            }
        }
        return result;
    }

    private static String pad(String time) {
        String t = time.replace('h', ':').replace('H', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (!t.contains(":")) {
            t = t + ":00";
        }
        return t.length() == 4 ? "0" + t : t;
    }

    private void addClosure() {
        closureFrom.setInvalid(false);
        closureTo.setInvalid(false);
        // A picker whose text could not be read keeps no value (or its former one): refuse it on that field rather
        // than store a closure other than the one the person sees.
        for (DatePicker picker : List.of(closureFrom, closureTo)) {
            if (picker.getValue() == null) {
                refuseClosure(picker, picker.isInvalid() ? "resource.closure.unreadable" : "validation.required");
                return;
            }
        }
        try {
            closures.add(new Closure(closureFrom.getValue(), closureTo.getValue(), closureReason.getValue()));
        } catch (InvalidField refusal) {
            refuseClosure(refusal.messageKey().equals("resource.closure.invalid") ? closureTo : closureFrom,
                    refusal.messageKey());
            return;
        }
        closureFrom.clear();
        closureTo.clear();
        closureTo.setMin(null);
        closureReason.clear();
        showClosures();
    }

    private void refuseClosure(DatePicker picker, String messageKey) {
        picker.setErrorMessage(getTranslation(messageKey));
        picker.setInvalid(true);
    }

    private void showClosures() {
        closureList.removeAll();
        for (Closure closure : closures) {
            Span text = new Span(getTranslation("booking.rules.closure",
                    org.coopole.common.Dates.format(closure.firstDay(), Locales.of(this)),
                    org.coopole.common.Dates.format(closure.lastDay(), Locales.of(this)), closure.reason()));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                closures.remove(closure);
                showClosures();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("common.remove"));
            Div row = new Div(text, remove);
            row.addClassName("coopole-closure");
            closureList.add(row);
        }
    }

    private Component photos() {
        Div gallery = new Div();
        gallery.addClassName("coopole-gallery");
        Span error = new Span();
        error.addClassName("coopole-field-error");
        Runnable show = () -> {
            gallery.removeAll();
            for (int position : resources.resource(poleId, resourceId).orElseThrow().photoPositions()) {
                Image image = PhotoImages.of(resources, poleId, resourceId, position, true,
                        getTranslation("resource.photo.alt", name.getValue(), position));
                image.addClassName("coopole-photo-thumbnail");
                Button remove = new Button(VaadinIcon.TRASH.create());
                remove.setAriaLabel(getTranslation("resource.photo.remove", position));
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                Div frame = new Div(image, remove);
                frame.addClassName("coopole-photo-frame");
                remove.addClickListener(e -> {
                    resources.removePhoto(poleId, resourceId, position);
                    frame.removeFromParent();
                });
                gallery.add(frame);
            }
        };
        show.run();
        Upload upload = new Upload(new BoundedUpload(Photo.MAX_BYTES,
                bytes -> resources.addPhoto(poleId, resourceId, bytes), refusal -> {
            if (refusal == null) {
                error.setText("");
                show.run();
            } else {
                error.setText(FieldErrors.message(this, refusal));
            }
        }, () -> error.setText(getTranslation("resource.photo.too-big", Photo.MAX_BYTES / 1024 / 1024))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setI18n(new UploadI18N()
                .setUploading(BoundedUpload.uploadingWords(this))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("resource.photo.choose"))
                        .setMany(getTranslation("resource.photo.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("resource.photo.drop"))
                        .setMany(getTranslation("resource.photo.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("resource.photo.too-big", Photo.MAX_BYTES / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("resource.photo.not-an-image"))));
        Div section = new Div(section("resource.edit.photos"),
                new Paragraph(getTranslation("resource.photo.rules", Photo.MAX_PHOTOS)), gallery, upload, error);
        section.addClassName("coopole-photos-section");
        return section;
    }

    private Component status() {
        ResourceStatus now = loaded.status();
        Div section = new Div(section("resource.edit.status"),
                new Paragraph(getTranslation("resource.edit.status-now",
                        getTranslation(now.translationKey()))));
        if (now == ResourceStatus.ARCHIVED) {
            return section;
        }
        Button pause = new Button(getTranslation(now == ResourceStatus.PAUSED ? "resource.edit.resume"
                : "resource.edit.pause"), e -> {
            resources.setStatus(poleId, resourceId, now == ResourceStatus.PAUSED ? ResourceStatus.ACTIVE
                    : ResourceStatus.PAUSED);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        Button archive = new Button(getTranslation("resource.edit.archive"), e -> {
            resources.setStatus(poleId, resourceId, ResourceStatus.ARCHIVED);
            getUI().ifPresent(ui -> ui.navigate(MyResourcesView.class));
        });
        archive.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        Paragraph archiveHint = new Paragraph(getTranslation("resource.edit.archive-hint"));
        archiveHint.addClassName("coopole-hint");
        section.add(new Div(pause, archive), archiveHint);
        return section;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private H2 section(String key) {
        return new H2(getTranslation(key));
    }

    private static FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resource.mine.page-title");
    }
}
