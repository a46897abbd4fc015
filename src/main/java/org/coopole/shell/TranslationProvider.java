package org.coopole.shell;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person reads, from {@code vaadin-i18n/translations_fr.properties} and {@code _en}.
 * No fallback between languages or to the machine's locale: a key missing from one file shows as
 * {@code !key} (and a test fails the build before that can ship). Texts with parameters are ICU messages, so that
 * counts agree in each language's own plural rules ({@code {0, plural, one {# date} other {# dates}}}: French says
 * "0 date", English "0 dates"). A single {@code Map} parameter fills named arguments ({@code {resource}}), as the
 * parameters a notification keeps for its words.
 */
@Component
class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(), NO_FALLBACK);
        try {
            String text = bundle.getString(key);
            if (params.length == 0) {
                return text;
            }
            MessageFormat format = new MessageFormat(text, bundle.getLocale());
            // one map of named parameters ("{organisation} a réservé « {resource} »"), or positional ones
            if (params.length == 1 && params[0] instanceof java.util.Map<?, ?> named) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> byName = (java.util.Map<String, Object>) named;
                return format.format(byName);
            }
            return format.format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }
}
