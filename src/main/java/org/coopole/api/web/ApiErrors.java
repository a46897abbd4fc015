package org.coopole.api.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coopole.api.NotPublished;
import org.coopole.booking.SlotTaken;
import org.coopole.common.DatabaseUnavailable;
import org.coopole.common.InvalidField;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's refusals as JSON, {@code {"error": …, "message": …}} (with {@code "field"} for a value to correct), the
 * message in the caller's {@code Accept-Language} (French by default): never a stack trace. Another pole's or
 * another person's ids answer 404, as ids that do not exist would.
 */
@RestControllerAdvice(assignableTypes = ApiV1Controller.class)
class ApiErrors {

    private final I18NProvider translations;

    ApiErrors(I18NProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler({NotPublished.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> notFound() {
        return body(HttpStatus.NOT_FOUND, "not-found", "no such resource, booking or catalogue", null);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidField refusal, HttpServletRequest request) {
        Locale locale = request.getLocale() == null ? Locale.FRENCH : request.getLocale();
        return body(HttpStatus.UNPROCESSABLE_CONTENT, refusal.messageKey(), org.coopole.common.ui.FieldErrors.message(
                locale, (key, params) -> translations.getTranslation(key, locale, params), refusal), refusal.field());
    }

    @ExceptionHandler(SlotTaken.class)
    ResponseEntity<Map<String, Object>> taken() {
        return body(HttpStatus.CONFLICT, "slot-taken", "another live booking overlaps this period", "start");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, IllegalArgumentException.class,
            java.time.format.DateTimeParseException.class})
    ResponseEntity<Map<String, Object>> badRequest() {
        return body(HttpStatus.BAD_REQUEST, "bad-request", "a parameter or the body could not be read", null);
    }

    /** The database away for now: 503, to try again; anything else unexpected: 500, without its details. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> unexpected(RuntimeException error) {
        if (DatabaseUnavailable.isCause(error)) {
            return body(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Coopole is briefly unavailable: try again",
                    null);
        }
        org.slf4j.LoggerFactory.getLogger(ApiErrors.class).error("The API failed unexpectedly", error);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", "something unexpected went wrong", null);
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message,
                                                            String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return ResponseEntity.status(status).body(body);
    }

    /** The same shape, written by the filters before any controller. */
    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "'")
                + "\"}");
    }
}
