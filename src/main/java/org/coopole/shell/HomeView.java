package org.coopole.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.organisation.Organisation;
import org.coopole.organisation.OrganisationService;
import org.coopole.pole.Pole;
import org.coopole.pole.PoleService;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;

import java.util.Optional;
import java.util.stream.Collectors;

/** The first screen after sign-in: a greeting, the person's organisation and the pole they work in. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "home.nav")
@PermitAll
class HomeView extends Div implements HasDynamicTitle {

    HomeView(AccountService accounts, OrganisationService organisations, PoleService poles) {
        addClassName("coopole-page");
        Account account = accounts.me();

        H1 greeting = new H1(getTranslation("home.greeting", account.firstName()));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("coopole-lead");

        Div cards = new Div();
        cards.addClassName("coopole-cards");
        organisations.own().ifPresent(organisation -> cards.add(organisationCard(organisation)));
        Optional<Account.PoleMembership> current = account.currentPole();
        current.flatMap(membership -> poles.profile(membership.poleId()))
                .ifPresent(pole -> cards.add(poleCard(pole, current.get())));
        if (account.platformAdmin()) {
            Card admin = new Card();
            admin.setTitle(getTranslation("home.platform-admin.title"));
            admin.add(new Paragraph(getTranslation("home.platform-admin.text")));
            cards.add(admin);
        }
        add(greeting, intro);
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.no-pole"));
            none.addClassName("coopole-empty");
            add(none);
        }
        add(cards);
    }

    private Card organisationCard(Organisation organisation) {
        Card card = new Card();
        card.addClassName("coopole-organisation-card");
        card.setTitle(organisation.name());
        card.setSubtitle(new Span(getTranslation("home.your-organisation")));
        Div tags = new Div(tag(getTranslation(organisation.legalForm().translationKey())));
        tags.addClassName("coopole-tags");
        if (organisation.ess()) {
            tags.add(tag(getTranslation("organisation.ess")));
        }
        card.add(tags);
        if (!organisation.address().isBlank()) {
            card.add(new Paragraph(organisation.address()));
        }
        return card;
    }

    private Card poleCard(Pole pole, Account.PoleMembership membership) {
        Card card = new Card();
        card.addClassName("coopole-pole-card");
        card.setTitle(pole.name());
        card.setSubtitle(new Span(getTranslation("home.your-pole", pole.territory())));
        if (!pole.description().isBlank()) {
            card.add(new Paragraph(pole.description()));
        }
        card.add(new Paragraph(getTranslation("home.members", pole.activeMembers())));
        String roles = membership.roles().stream().sorted()
                .map(PoleRole::translationKey).map(this::getTranslation)
                .collect(Collectors.joining(", "));
        card.add(new Paragraph(getTranslation("home.your-roles", roles)));
        return card;
    }

    private Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("coopole-tag");
        return tag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
