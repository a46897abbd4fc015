package org.coopole.api.web;

import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's answer when the database is away, or something unexpected happens: JSON, never the error's details. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors(new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.FRENCH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key;
        }
    });

    @Test
    void theDatabaseAwayIs503AndAnythingElseUnexpectedIs500WithoutItsDetails() {
        var away = errors.unexpected(new CannotCreateTransactionException("Could not open JDBC Connection",
                new java.sql.SQLTransientConnectionException("Connection is not available")));
        assertThat(away.getStatusCode().value()).isEqualTo(503);
        assertThat(away.getBody()).containsEntry("error", "unavailable");

        var odd = errors.unexpected(new IllegalStateException("secret detail at org.coopole.Something"));
        assertThat(odd.getStatusCode().value()).isEqualTo(500);
        assertThat(odd.getBody()).containsEntry("error", "unexpected");
        assertThat(odd.getBody().toString()).doesNotContain("secret detail");
    }
}
