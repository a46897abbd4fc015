package org.coopole.shell;

import org.coopole.audit.AuditAction;
import org.coopole.common.Language;
import org.coopole.organisation.DecreeMix;
import org.coopole.organisation.Invitation;
import org.coopole.organisation.Logo;
import org.coopole.pole.MembershipStatus;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;
import org.coopole.security.PasswordPolicy;
import org.coopole.organisation.LegalForm;
import org.coopole.security.PoleRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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
        Arrays.stream(LegalForm.values()).map(LegalForm::translationKey).forEach(used::add);
        Arrays.stream(PoleRole.values()).map(PoleRole::translationKey).forEach(used::add);
        Arrays.stream(Language.values()).map(language -> "language." + language.name()).forEach(used::add);
        Arrays.stream(PasswordPolicy.Problem.values()).map(PasswordPolicy.Problem::translationKey).forEach(used::add);
        Arrays.stream(AuditAction.values()).map(AuditAction::translationKey).forEach(used::add);
        Arrays.stream(Invitation.Status.values()).filter(s -> s != Invitation.Status.VALID)
                .map(s -> "organisation.invitation." + s.name()).forEach(used::add);
        Arrays.stream(ResourceKind.values()).map(ResourceKind::translationKey).forEach(used::add);
        Arrays.stream(RateUnit.values()).map(RateUnit::translationKey).forEach(used::add);
        Arrays.stream(Logo.Problem.values()).map(Logo.Problem::translationKey).forEach(used::add);
        Arrays.stream(DecreeMix.Missing.values()).map(DecreeMix.Missing::translationKey).forEach(used::add);
        Arrays.stream(MembershipStatus.values()).map(m -> "pole.membership." + m.name()).forEach(used::add);
        for (String suffix : new String[] {"ess.ALL", "ess.ESS", "ess.NOT_ESS", "layout.CARDS", "layout.LIST"}) {
            used.add("organisation.directory." + suffix);
        }
        assertThat(used).contains("home.nav", "login.title", "validation.no-markup");
        assertThat(french.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyTextWithParametersIsAValidMessageFormat() {
        for (Properties texts : new Properties[] {french, english}) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertThat(new MessageFormat(text, Locale.FRENCH).format(new Object[] {3}))
                            .as(key).doesNotContain("{0");
                }
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
