package org.coopole.common;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TypedIdTest {

    @Test
    void anIdFromAnEditedUrlThatIsNotAUuidIsSimplyAbsent() {
        assertThat(PoleId.parse("../../etc")).isEmpty();
        assertThat(PoleId.parse(null)).isEmpty();
        UUID uuid = UUID.randomUUID();
        assertThat(PoleId.parse(uuid.toString())).contains(new PoleId(uuid));
    }

    @Test
    void idsOfDifferentThingsAreNeverEqual() {
        UUID uuid = UUID.randomUUID();
        assertThat((Object) new PoleId(uuid)).isNotEqualTo(new OrganisationId(uuid));
    }
}
