package org.coopole.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found", in the person's language. Also what a person sees for a place they may not open: Coopole
 * does not tell whether something exists in a pole one is not a member of.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends Div implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    private String title = "";

    NotFoundView() {
        addClassName("coopole-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        title = getTranslation("error.not-found.title");
        add(new H1(title),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
