package org.coopole.resource;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_CLOSURE;

/** The resource service and the database refuse what the form refuses: nothing odd is stored half-done. */
@CoopoleTest
class ResourceBoundsTest {

    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void closuresInTheWrongOrderOrOutOfRangeAreRefusedAndNoneIsStored() {
        signIn.as(DemoPeople.MANAGER);
        PoleId pole = accounts.me().currentPole().orElseThrow().poleId();
        ResourceId van = resources.share(pole, new ResourceData(ResourceKind.VEHICLE, "Fourgon des bornes", "", false));
        record Row(LocalDate first, LocalDate last, String reason) {
        }
        for (Row row : List.of(new Row(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 1), "resource.closure.invalid"),
                new Row(LocalDate.of(9999, 1, 1), LocalDate.of(9999, 1, 2), "resource.closure.out-of-range"),
                new Row(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2), "resource.closure.out-of-range"))) {
            assertThatThrownBy(() -> resources.setClosures(pole, van,
                    List.of(new Closure(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 15), "Été"),
                            new Closure(row.first(), row.last(), "Inventaire"))))
                    .as(row.toString())
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo(row.reason()));
        }
        assertThat(owner.db().fetchCount(RESOURCE_CLOSURE, RESOURCE_CLOSURE.RESOURCE_ID.eq(van))).isZero();
    }

    @Test
    void theDatabaseRefusesHiddenCharactersInANameWhateverTheJavaCodeDoes() {
        var any = owner.db().select(RESOURCE.ID).from(RESOURCE).limit(1).fetchOne(RESOURCE.ID);
        for (String name : List.of("Salle\u202Eenimon", "Ca\u200Bmion", "Camion\u0007")) {
            assertThatThrownBy(() -> owner.db().update(RESOURCE).set(RESOURCE.NAME, name).where(RESOURCE.ID.eq(any))
                    .execute()).as(name).hasMessageContaining("resource_name_visible");
        }
        assertThatThrownBy(() -> owner.db().insertInto(RESOURCE_CLOSURE).set(RESOURCE_CLOSURE.RESOURCE_ID, any)
                .set(RESOURCE_CLOSURE.FIRST_DAY, LocalDate.of(9999, 1, 1))
                .set(RESOURCE_CLOSURE.LAST_DAY, LocalDate.of(9999, 1, 2)).execute())
                .hasMessageContaining("resource_closure_in_range");
    }

    @Test
    void aNameWithADirectionOverrideIsRefusedByTheService() {
        signIn.as(DemoPeople.MANAGER);
        PoleId pole = accounts.me().currentPole().orElseThrow().poleId();
        assertThatThrownBy(() -> resources.share(pole, new ResourceData(ResourceKind.VEHICLE, "Camion\u202Eeuelb", "",
                false))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.hidden-characters"));
    }
}
