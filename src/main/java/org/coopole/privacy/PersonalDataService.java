package org.coopole.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.report.FrenchCsv;
import org.coopole.privacy.internal.PersonalDataRepository;
import org.coopole.privacy.internal.PersonalDataRepository.Table;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * People's own data: the export of everything Coopole holds about the signed-in person, erasure on request, and the
 * pole's retention settings. Erasure is asked by the person and confirmed by an animator of the pole or a manager of
 * their organisation; the database function that does it checks who confirms, and the audit trail keeps that it
 * happened (the person's id, never their name).
 */
@Service
public class PersonalDataService {

    /** Poles are in France: the export's times are on France's clock, with their offset. */
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalDataRepository data;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final I18NProvider translations;

    PersonalDataService(PersonalDataRepository data, CurrentUser currentUser, AuditTrail audit,
                        I18NProvider translations) {
        this.data = data;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
    }

    /**
     * All the signed-in person's data as a ZIP: for each part (profile, roles, bookings made, messages written,
     * journal entries, audit entries about them, notifications, waitlists) a JSON file and a CSV file, with the
     * words, file names and headers in {@code locale}, and a note saying what each holds.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] export(Locale locale) {
        PersonId me = currentUser.require();
        List<Table> tables = List.of(data.profile(me), data.roles(me), data.bookings(me), data.messages(),
                data.journal(), data.audit(), data.notifications(me), data.waitlists(me));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder note = new StringBuilder(words("privacy.export.readme", locale)).append("\r\n\r\n");
            for (Table table : tables) {
                String file = words("privacy.file." + table.name(), locale);
                List<String> headers = table.columns().stream().map(c -> words("privacy.column." + c, locale))
                        .toList();
                List<List<String>> rows = table.rows().stream().map(r -> cells(table, r, locale)).toList();
                zip.putNextEntry(new ZipEntry(file + ".json"));
                zip.write(json(headers, rows));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(file + ".csv"));
                zip.write(FrenchCsv.write(csv -> {
                    csv.printRecord(headers.toArray());
                    for (List<String> row : rows) {
                        csv.printRecord(row.toArray());
                    }
                }));
                zip.closeEntry();
                note.append(file).append(" : ").append(words("privacy.about." + table.name(), locale))
                        .append(" (").append(rows.size()).append(")\r\n");
            }
            zip.putNextEntry(new ZipEntry(words("privacy.file.readme", locale) + ".txt"));
            zip.write(note.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A row's values as the person reads them: times on France's clock, statuses and roles in words. */
    private List<String> cells(Table table, List<Object> row, Locale locale) {
        List<String> cells = new ArrayList<>();
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            String column = table.columns().get(i);
            cells.add(switch (value) {
                case null -> "";
                case OffsetDateTime time -> time.atZoneSameInstant(FRANCE).toOffsetDateTime().toString();
                case java.time.LocalDate day -> day.toString();
                case Boolean yes -> words(yes ? "privacy.yes" : "privacy.no", locale);
                case PersonalDataRepository.Params json -> {
                    params.putAll(JSON.readValue(json.json(), new tools.jackson.core.type.TypeReference<
                            Map<String, String>>() {
                    }));
                    yield json.json();
                }
                default -> words(column, value, locale);
            });
        }
        if (table.name().equals("notifications")) { // the notification's words, as the bell showed them
            cells.set(1, translations.getTranslation("notification.kind." + row.get(1), locale,
                    new HashMap<String, Object>(params)));
            cells.set(3, row.get(3) == null ? words("privacy.no", locale) : words("privacy.yes", locale));
        }
        return cells;
    }

    /** Statuses, roles, actions and languages in words; any other value as it is. */
    private String words(String column, Object value, Locale locale) {
        String text = String.valueOf(value);
        try {
            return switch (column) {
                case "status" -> words(java.util.Arrays.stream(org.coopole.booking.BookingStatus.values())
                        .anyMatch(s -> s.name().equals(text))
                        ? org.coopole.booking.BookingStatus.valueOf(text).translationKey()
                        : org.coopole.booking.WaitlistStatus.valueOf(text).translationKey(), locale);
                case "role" -> words(org.coopole.security.PoleRole.valueOf(text).translationKey(), locale);
                case "action" -> words(AuditAction.valueOf(text).translationKey(), locale);
                case "language" -> words(org.coopole.common.Language.valueOf(text).translationKey(), locale);
                default -> text;
            };
        } catch (IllegalArgumentException unknown) {
            return text;
        }
    }

    private String words(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static byte[] json(List<String> headers, List<List<String>> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (List<String> row : rows) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < headers.size(); i++) {
                object.put(headers.get(i), row.get(i));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(array);
    }

    // ---- erasure -------------------------------------------------------------------------------------------------

    /**
     * The person asks to be erased from Coopole; an animator of the pole or a manager of their organisation confirms.
     *
     * @throws InvalidField when a request of theirs already waits
     */
    @Transactional
    @PoleMember
    public UUID requestErasure(PoleId poleId) {
        if (data.pending(currentUser.require()).isPresent()) {
            throw new InvalidField("erasure", "privacy.erasure.already");
        }
        try {
            UUID request = data.requestErasure(poleId, currentUser.require());
            audit.log(AuditAction.ERASURE_REQUESTED, poleId, currentUser.require().value().toString(), null);
            return request;
        } catch (DataIntegrityViolationException twice) {
            throw new InvalidField("erasure", "privacy.erasure.already");
        }
    }

    /** Whether a request of the person's waits for confirmation. */
    @Transactional(readOnly = true)
    @PoleMember
    public boolean erasureRequested(PoleId poleId) {
        return data.pending(currentUser.require()).isPresent();
    }

    /** The person changes their mind before it is confirmed. */
    @Transactional
    @PoleMember
    public void withdrawErasure(PoleId poleId) {
        if (!data.withdraw(currentUser.require())) {
            throw new InvalidField("erasure", "privacy.erasure.none");
        }
    }

    /** The requests waiting in the pole that the person may confirm: all for animators, their people's for managers. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<ErasureRequest> erasureRequests(PoleId poleId) {
        return data.waiting(poleId);
    }

    /**
     * Confirms a request: the person is anonymised everywhere ("Ancien membre"), their messages lose their text,
     * their bookings stay without their name; the audit trail keeps that it happened.
     *
     * @throws AccessDeniedException for a request the person may not confirm, or one already decided
     */
    @Transactional
    @PoleMember
    public void confirmErasure(PoleId poleId, UUID requestId) {
        PersonId erased;
        try {
            erased = data.erase(requestId);
        } catch (org.springframework.dao.DataAccessException refused) {
            if (refused.getMostSpecificCause() instanceof java.sql.SQLException sql
                    && "42501".equals(sql.getSQLState())) {
                throw new AccessDeniedException("not an erasure this person may confirm");
            }
            throw refused;
        }
        audit.log(AuditAction.PERSON_ERASED, poleId, erased.value().toString(), null);
    }

    // ---- retention -----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PoleAnimator
    public Retention retention(PoleId poleId) {
        return data.retention(poleId);
    }

    /**
     * Sets how long the pole keeps audit entries (30 days at least), messages (30) and notifications (7); null keeps
     * them. What is older is removed by the next daily run.
     */
    @Transactional
    @PoleAnimator
    public void setRetention(PoleId poleId, Retention retention) {
        check("auditDays", retention.auditDays(), Retention.MIN_AUDIT_DAYS);
        check("messageDays", retention.messageDays(), Retention.MIN_MESSAGE_DAYS);
        check("notificationDays", retention.notificationDays(), Retention.MIN_NOTIFICATION_DAYS);
        if (!data.setRetention(poleId, retention)) {
            throw new AccessDeniedException("not a pole this person animates");
        }
        audit.log(AuditAction.RETENTION_CHANGED, poleId, null, retention.auditDays() + " / "
                + retention.messageDays() + " / " + retention.notificationDays());
    }

    private static void check(String field, Integer days, int min) {
        if (days != null && (days < min || days > Retention.MAX_DAYS)) {
            throw new InvalidField(field, "privacy.retention.range", min, Retention.MAX_DAYS);
        }
    }
}
