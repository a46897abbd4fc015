package org.coopole.common.ui;

import com.vaadin.flow.component.html.Span;

/** The small rounded labels on cards and pages: a legal form, a kind, a capacity, "needs approval". */
public final class Tags {

    private Tags() {
    }

    public static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("coopole-tag");
        return tag;
    }
}
