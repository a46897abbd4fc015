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
import org.coopole.security.PoleRole;

import java.util.Optional;
import java.util.stream.Collectors;
import org.coopole.security.CurrentAccount;

/**
 * The first screen after sign-in: what the person has to act on (their next bookings, the requests waiting for their
 * organisation, unread notifications; for an animator the membership requests and the decree's mix), then their
 * organisation and the pole they work in.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "home.nav")
@PermitAll
class HomeView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 3;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    HomeView(CurrentAccount current, OrganisationService organisations, PoleService poles,
             org.coopole.booking.BookingService bookings, org.coopole.resource.ResourceService resources,
             org.coopole.notification.NotificationService notifications,
             org.coopole.organisation.MembershipService memberships) {
        this.current = current;
        addClassName("coopole-page");
        Account account = current.get();

        H1 greeting = new H1(getTranslation("home.greeting", account.firstName()));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("coopole-lead");

        Div cards = new Div();
        cards.addClassName("coopole-cards");
        organisations.own().ifPresent(organisation -> cards.add(organisationCard(organisation)));
        Optional<Account.PoleMembership> currentPole = account.currentPole();
        currentPole.flatMap(membership -> poles.profile(membership.poleId()))
                .ifPresent(pole -> cards.add(poleCard(pole, currentPole.get())));
        if (account.platformAdmin()) {
            Card admin = new Card();
            admin.setTitle(getTranslation("home.platform-admin.title"));
            admin.add(new Paragraph(getTranslation("home.platform-admin.text")));
            cards.add(admin);
        }
        add(greeting, intro);
        if (currentPole.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.no-pole"));
            none.addClassName("coopole-empty");
            add(none);
        } else {
            add(toDo(currentPole.get(), bookings, resources, notifications, memberships));
        }
        add(new com.vaadin.flow.component.html.H2(getTranslation("home.about")), cards);
    }

    /** What is waiting for the person in their current pole, one card per kind of thing, each with its way on. */
    private Div toDo(Account.PoleMembership pole, org.coopole.booking.BookingService bookings,
                     org.coopole.resource.ResourceService resources,
                     org.coopole.notification.NotificationService notifications,
                     org.coopole.organisation.MembershipService memberships) {
        java.time.ZoneId zone = resources.timeZone(pole.poleId());
        java.time.format.DateTimeFormatter when = org.coopole.common.Dates.dateTimes(getLocale(), zone);
        Div cards = new Div();
        cards.addClassNames("coopole-cards", "coopole-todo");

        var next = bookings.mine(pole.poleId(), false, true, 0, 20).stream()
                .filter(b -> b.status().isLive()).limit(SHOWN).toList();
        Card mine = todoCard("home.todo.bookings", "bookings", "home.todo.bookings.all");
        mine.addClassName("coopole-todo-bookings");
        if (next.isEmpty()) {
            mine.add(empty("home.todo.bookings.none"));
            mine.add(link("resources", "home.todo.bookings.browse"));
        } else {
            mine.add(list(next.stream().map(b -> line(b.resourceName(), when.format(b.start()),
                    getTranslation(b.status().translationKey()))).toList()));
        }
        cards.add(mine);

        if (pole.roles().contains(PoleRole.ORGANISATION_MANAGER)) {
            var waiting = bookings.requestsToDecide(pole.poleId());
            Card requests = todoCard("home.todo.requests", "requests", "home.todo.requests.all");
            requests.addClassName("coopole-todo-requests");
            requests.setSubtitle(new Span(getTranslation("home.todo.requests.count", waiting.size())));
            if (waiting.isEmpty()) {
                requests.add(empty("home.todo.requests.none"));
            } else {
                requests.add(list(waiting.stream().limit(SHOWN).map(r -> line(r.resourceName(), when.format(r.start()),
                        r.organisationName())).toList()));
            }
            cards.add(requests);
        }

        int unread = notifications.unread(pole.poleId());
        Card news = new Card();
        news.addClassName("coopole-todo-notifications");
        news.setTitle(getTranslation("home.todo.notifications"));
        news.setSubtitle(new Span(getTranslation("notification.bell", unread)));
        var latest = notifications.latest(pole.poleId(), SHOWN).stream().filter(n -> !n.read()).toList();
        if (latest.isEmpty()) {
            news.add(empty("home.todo.notifications.none"));
        } else {
            news.add(list(latest.stream().map(n -> line(getTranslation(n.kind().translationKey(),
                    new java.util.HashMap<String, Object>(n.params())),
                    when.format(n.param("start").map(java.time.Instant::parse).orElse(n.at())), null)).toList()));
            news.add(new Paragraph(getTranslation("home.todo.notifications.bell")));
        }
        cards.add(news);

        if (pole.roles().contains(PoleRole.ANIMATOR)) {
            var members = memberships.members(pole.poleId());
            var asking = members.stream()
                    .filter(m -> m.status() == org.coopole.pole.MembershipStatus.REQUESTED).toList();
            Card admissions = todoCard("home.todo.admissions", "pole", "home.todo.admissions.all");
            admissions.addClassName("coopole-todo-admissions");
            admissions.setSubtitle(new Span(getTranslation("home.todo.admissions.count", asking.size())));
            if (asking.isEmpty()) {
                admissions.add(empty("home.todo.admissions.none"));
            } else {
                admissions.add(list(asking.stream().limit(SHOWN).map(m -> line(m.name(),
                        getTranslation(m.legalForm().translationKey()), null)).toList()));
            }
            cards.add(admissions);

            org.coopole.organisation.DecreeMix decree = org.coopole.organisation.DecreeMix.of(members);
            Card mix = todoCard(decree.meetsDecree() ? "organisation.decree.ok" : "organisation.decree.not-yet",
                    "pole", "home.todo.decree.all");
            mix.addClassNames("coopole-todo-decree", decree.meetsDecree() ? "coopole-decree-ok" : "coopole-decree-missing");
            mix.add(new Paragraph(getTranslation("organisation.decree.counts", decree.activeMembers(),
                    decree.essEnterprises(), decree.otherEnterprises(), decree.otherActors())));
            decree.missing().forEach(m -> mix.add(new Paragraph(getTranslation(m.translationKey()))));
            cards.add(mix);
        }

        Div section = new Div(new com.vaadin.flow.component.html.H2(getTranslation("home.todo")), cards);
        section.addClassName("coopole-home-todo");
        return section;
    }

    private Card todoCard(String title, String route, String linkText) {
        Card card = new Card();
        card.setTitle(getTranslation(title));
        card.addToFooter(link(route, linkText));
        return card;
    }

    private com.vaadin.flow.component.html.Anchor link(String route, String text) {
        com.vaadin.flow.component.html.Anchor anchor = new com.vaadin.flow.component.html.Anchor(route, getTranslation(text));
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private Paragraph empty(String key) {
        Paragraph none = new Paragraph(getTranslation(key));
        none.addClassName("coopole-empty");
        return none;
    }

    private static com.vaadin.flow.component.html.UnorderedList list(java.util.List<com.vaadin.flow.component.html.ListItem> items) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("coopole-todo-list");
        items.forEach(list::add);
        return list;
    }

    /** One thing to act on: what, then when and from whom in a quieter line. */
    private static com.vaadin.flow.component.html.ListItem line(String what, String when, String more) {
        Span main = new Span(what);
        main.addClassName("coopole-todo-what");
        Span hint = new Span(more == null ? when : when + " · " + more);
        hint.addClassName("coopole-hint");
        return new com.vaadin.flow.component.html.ListItem(main, hint);
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
