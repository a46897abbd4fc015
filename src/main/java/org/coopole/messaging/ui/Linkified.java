package org.coopole.messaging.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text as components: plain text (line breaks kept by the style), and web addresses starting with
 * http:// or https:// made into links that open in a new tab without handing it this page
 * ({@code rel="noopener noreferrer nofollow ugc"}). Nothing of the text is ever read as markup, and no other scheme
 * ({@code javascript:}, {@code data:}) becomes a link.
 */
final class Linkified {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?)]}'»";

    private Linkified() {
    }

    static Div of(String text) {
        Div body = new Div();
        Matcher matcher = ADDRESS.matcher(text);
        int from = 0;
        while (matcher.find()) {
            String address = matcher.group();
            int end = matcher.end();
            while (!address.isEmpty() && TRAILING.indexOf(address.charAt(address.length() - 1)) >= 0) {
                address = address.substring(0, address.length() - 1);
                end--;
            }
            if (!safe(address)) {
                continue;
            }
            if (matcher.start() > from) {
                body.add(new Span(text.substring(from, matcher.start())));
            }
            Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow ugc");
            body.add(link);
            from = end;
        }
        if (from < text.length()) {
            body.add(new Span(text.substring(from)));
        }
        return body;
    }

    /** An address Java reads as http(s) with a host. */
    static boolean safe(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }
}
