package org.coopole.api.web;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.api.NotPublished;
import org.coopole.api.PublicCatalogueService;
import org.coopole.api.PublicPole;
import org.coopole.api.PublicResource;
import org.coopole.common.Dates;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.resource.ResourceKind;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;


/**
 * A pole's public catalogue as a page for an {@code <iframe>} on its own website:
 * {@code /public/poles/<pole>/catalogue?lang=fr|en&kind=VEHICLE&organisation=<id>&header=0}. Plain HTML (every
 * value escaped), no cookie, one small script that tells the host page its height; each resource links to its page
 * in Coopole ("request this resource"), where a member signs in to book it.
 */
@RestController
class PublicCataloguePage {

    /** How far ahead the page lists when a resource is taken, when the pole shows it. */
    static final Duration BUSY_AHEAD = Duration.ofDays(14);
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final PublicCatalogueService catalogue;
    private final I18NProvider translations;

    PublicCataloguePage(PublicCatalogueService catalogue, I18NProvider translations) {
        this.catalogue = catalogue;
        this.translations = translations;
    }

    @GetMapping("/public/poles/{poleId}/catalogue")
    ResponseEntity<String> page(@PathVariable String poleId, @RequestParam(defaultValue = "fr") String lang,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String organisation,
                                @RequestParam(defaultValue = "1") String header) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.FRENCH;
        PoleId pole;
        ResourceKind wantedKind;
        OrganisationId wantedOrganisation;
        try {
            pole = new PoleId(UUID.fromString(poleId));
            wantedKind = kind == null || kind.isBlank() ? null : ResourceKind.valueOf(kind);
            wantedOrganisation = organisation == null || organisation.isBlank() ? null
                    : new OrganisationId(UUID.fromString(organisation));
        } catch (IllegalArgumentException unreadable) {
            return notFound(locale);
        }
        PublicPole published;
        List<PublicResource> resources;
        try {
            published = catalogue.pole(pole);
            resources = catalogue.catalogue(pole, wantedKind, wantedOrganisation);
        } catch (NotPublished none) {
            return notFound(locale);
        }
        StringBuilder html = start(locale, words("public.title", locale, published.name()));
        if (!"0".equals(header)) {
            html.append("<h1>").append(htmlEscape(words("public.title", locale, published.name()))).append("</h1>");
        }
        if (resources.isEmpty()) {
            html.append("<p>").append(htmlEscape(words("public.none", locale))).append("</p>");
        }
        DateTimeFormatter times = Dates.dateTimes(locale, published.zone());
        Instant now = Instant.now();
        var busyOfAll = catalogue.busyOfAll(pole, now, now.plus(BUSY_AHEAD));
        html.append("<ul class=\"resources\">");
        for (PublicResource resource : resources) {
            html.append("<li><h2>").append(htmlEscape(resource.name())).append("</h2><p class=\"meta\">")
                    .append(htmlEscape(words(resource.kind().translationKey(), locale))).append(" · ")
                    .append(htmlEscape(resource.organisationName()));
            if (resource.capacity() != null) {
                html.append(" · ").append(htmlEscape(words("resource.catalogue.for", locale, resource.capacity())));
            }
            if (resource.rateUnit() != null) {
                html.append(" · ").append(htmlEscape(rate(resource, locale)));
            }
            html.append("</p>");
            if (resource.description() != null && !resource.description().isBlank()) {
                html.append("<p>").append(htmlEscape(resource.description())).append("</p>");
            }
            if (published.showBusy()) {
                List<Instant[]> busy = busyOfAll.getOrDefault(resource.id(), List.of());
                html.append("<p class=\"busy\">").append(htmlEscape(busy.isEmpty()
                        ? words("public.free-ahead", locale, BUSY_AHEAD.toDays())
                        : words("public.busy-ahead", locale, BUSY_AHEAD.toDays()) + " "
                        + String.join(", ", busy.stream().limit(8)
                        .map(p -> times.format(p[0]) + " – " + times.format(p[1])).toList())))
                        .append("</p>");
            }
            html.append("<a target=\"_blank\" rel=\"noopener\" href=\"/resources/")
                    .append(resource.id().value()).append("\">")
                    .append(htmlEscape(words("public.request", locale))).append("</a></li>");
        }
        html.append("</ul><p class=\"by\">").append(htmlEscape(words("public.by", locale))).append("</p>");
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(end(html));
    }

    private String rate(PublicResource resource, Locale locale) {
        if (resource.rateUnit() == org.coopole.resource.RateUnit.FREE) {
            return words("resource.rate.FREE", locale);
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        return words("resource.rate.amount", locale, money.format(BigDecimal.valueOf(resource.rateCents(), 2)),
                words(resource.rateUnit().translationKey(), locale).toLowerCase(locale));
    }

    private ResponseEntity<String> notFound(Locale locale) {
        StringBuilder html = start(locale, "Coopole");
        html.append("<p>").append(htmlEscape(words("public.not-published", locale))).append("</p>");
        return ResponseEntity.status(404).contentType(HTML).body(end(html));
    }

    private static StringBuilder start(Locale locale, String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                        + "initial-scale=1\"><title>").append(htmlEscape(title)).append("</title><style>"
                        + "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;line-height:1.4}"
                        + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin:0 0 .25rem}"
                        + ".resources{list-style:none;padding:0;display:grid;gap:.75rem;"
                        + "grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}"
                        + ".resources li{border:1px solid #ccc;border-radius:.5rem;padding:.75rem}"
                        + ".meta,.busy,.by{color:#4d4d4d;font-size:.9rem}a{color:#0b57d0}"
                        + "</style><script src=\"/js/coopole-public-catalogue.js\" defer></script></head><body>");
    }

    private static String end(StringBuilder html) {
        return html.append("</body></html>").toString();
    }

    /** The text with HTML's special characters escaped (the page is UTF-8: other characters stay as they are). */
    private static String htmlEscape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String words(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
