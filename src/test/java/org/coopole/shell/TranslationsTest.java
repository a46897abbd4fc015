package org.coopole.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** French and English stay in sync, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|title\\s*=|new InvalidField\\([^,]+,)\\s*\\(?\\s*\"([a-z0-9.-]+(?:\\.[A-Za-z0-9_-]+)*)\"");

    private final Properties french = load("fr");
    private final Properties english = load("en");

    @Test
    void frenchAndEnglishHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys of translations_en.properties")
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix completed at run time, checked below
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        used.addAll(keysOfEveryShownEnum());
        // the audit trail's screen says each refused call in words
        for (Class<?> type : coopoleClasses()) {
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                if (org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(method,
                        org.springframework.security.access.prepost.PreAuthorize.class) // directly, or through @PoleMember…
                        && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    used.add("audit.call." + type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(used).contains("home.nav", "login.title", "validation.no-markup");
        assertThat(french.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    /**
     * Enums never shown as words: an event's kind (the notification kind says it), an account change (what the
     * session does about it), an image refusal (each screen says it in its own words: logo, photo), what a
     * notification is about (its kind says it), an email's template (its words are its own keys).
     */
    private static final Set<String> NEVER_SHOWN = Set.of(
            "org.coopole.booking.BookingEvent$Kind", "org.coopole.security.AccountChanged$Change",
            "org.coopole.common.Images$Refusal", "org.coopole.notification.SubjectKind",
            "org.coopole.mail.MailTemplate", "org.coopole.live.Topic",
            // its words are messaging.joined and messaging.left, with the person's name
            "org.coopole.messaging.Message$MessageKind");

    /**
     * Every enum of Coopole, found on the class path: one that reaches a screen names its words with
     * {@code translationKey()}, and every constant's key must exist; any other must be listed in {@link #NEVER_SHOWN}.
     */
    /** Every class compiled from src/main/java. */
    static java.util.List<Class<?>> coopoleClasses() throws IOException {
        java.util.List<Class<?>> found = new java.util.ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/coopole"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, TranslationsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return found;
    }

    private static Set<String> keysOfEveryShownEnum() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> enums = new TreeSet<>();
        {
            for (Class<?> type : coopoleClasses()) {
                String name = type.getName();
                if (!type.isEnum() || type.isAnonymousClass()) {
                    continue;
                }
                enums.add(name);
                java.lang.reflect.Method method;
                try {
                    method = type.getDeclaredMethod("translationKey");
                } catch (NoSuchMethodException e) {
                    assertThat(NEVER_SHOWN).as(name + " has no translationKey(): shown on a screen, or never?")
                            .contains(name);
                    continue;
                }
                method.setAccessible(true);
                for (Object constant : type.getEnumConstants()) {
                    if (constant == org.coopole.organisation.Invitation.Status.VALID) {
                        continue; // a valid invitation shows its form, not a sentence about its status
                    }
                    try {
                        keys.add((String) method.invoke(constant));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(name, e);
                    }
                }
            }
        }
        assertThat(enums).as("enums found").hasSizeGreaterThan(15)
                .contains("org.coopole.booking.BookingStatus", "org.coopole.resource.ResourceStatus");
        return keys;
    }

    @Test
    void everyTextWithParametersIsAValidIcuMessage() {
        for (Properties texts : new Properties[] {french, english}) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    Object[] threes = {3, 3, 3, 3, 3};
                    assertThat(new com.ibm.icu.text.MessageFormat(text, Locale.FRENCH).format(threes))
                            .as(key).doesNotContain("{0");
                }
            }
        }
    }

    @Test
    void countsAgreeInEachLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("booking.dialog.series-booked", Locale.FRENCH, 1, 1))
                .isEqualTo("1 date réservée, 1 laissée de côté.");
        assertThat(provider.getTranslation("booking.dialog.series-booked", Locale.FRENCH, 0, 2))
                .isEqualTo("0 date réservée, 2 laissées de côté.");
        assertThat(provider.getTranslation("booking.dialog.series-booked", Locale.ENGLISH, 1, 0))
                .isEqualTo("1 date booked, 0 left out.");
        assertThat(provider.getTranslation("notification.bell", Locale.FRENCH, 1)).isEqualTo("Notifications : 1 non lue");
        assertThat(provider.getTranslation("notification.bell", Locale.ENGLISH, 2)).isEqualTo("Notifications: 2 unread");
        assertThat(provider.getTranslation("organisation.decree.counts", Locale.FRENCH, 8, 7, 1, 0))
                .isEqualTo("8 structures actives : 7 entreprises de l’ESS, 1 entreprise hors ESS, 0 autre acteur.");
        assertThat(provider.getTranslation("duration.days", Locale.ENGLISH, 1)).isEqualTo("1 day");
        assertThat(provider.getTranslation("duration.days", Locale.FRENCH, 31)).isEqualTo("31 jours");
    }

    @Test
    void noCountIsWrittenWithABracketedPlural() {
        for (Properties texts : new Properties[] {french, english}) {
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(key).doesNotContain("(s)");
            }
        }
    }

    @Test
    void noTextIsLeftEmpty() {
        for (Properties texts : new Properties[] {french, english}) {
            texts.stringPropertyNames().forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        String file = "/vaadin-i18n/translations_" + language + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        return properties;
    }
}
