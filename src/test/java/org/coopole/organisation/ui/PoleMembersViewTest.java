package org.coopole.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.coopole.DemoPeople;
import org.coopole.organisation.PoleMember;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PoleMembersViewTest extends ViewTestSupport {

    @Test
    void theAnimatorSeesTheDecreesMixAndTheMemberships() {
        openAs(DemoPeople.ANIMATOR);
        UI.getCurrent().navigate(PoleMembersView.class);

        assertThat(_get(Card.class).getTitleAsText())
                .isEqualTo("Le pôle réunit la diversité demandée par le décret de 2015");
        @SuppressWarnings("unchecked")
        Grid<PoleMember> members = _find(Grid.class).getFirst();
        assertThat(_size(members)).isEqualTo(12);
    }

    /** Ending the animator's own organisation's membership is refused, so it is not offered; it is for the others. */
    @Test
    void theAnimatorIsNotOfferedToEndTheirOwnOrganisationsMembership() {
        openAs(DemoPeople.ANIMATOR);
        UI.getCurrent().navigate(PoleMembersView.class);
        @SuppressWarnings("unchecked")
        Grid<PoleMember> members = _find(Grid.class).getFirst();

        for (int row = 0; row < _size(members); row++) {
            PoleMember member = com.github.mvysny.kaributesting.v10.GridKt._get(members, row);
            var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(members, row, "actions");
            var buttons = _find(cell, com.vaadin.flow.component.button.Button.class).stream()
                    .map(com.vaadin.flow.component.button.Button::getText).toList();
            if (member.name().equals("Tiers-Lieu La Fabrique")) {
                assertThat(buttons).as(member.name()).doesNotContain("Mettre fin");
                assertThat(_find(cell, com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText())
                        .contains("Votre structure");
            } else if (member.status() == org.coopole.pole.MembershipStatus.ACTIVE) {
                assertThat(buttons).as(member.name()).contains("Mettre fin");
            }
        }
    }

    @Test
    void aManagerFindsNeitherTheEntryNorThePage() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(PoleMembersView.class);

        assertThat(menuLabels()).doesNotContain("Animation du pôle");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Page introuvable");
    }
}
