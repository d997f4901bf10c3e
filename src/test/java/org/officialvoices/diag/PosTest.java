package org.officialvoices.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosTest {

    @Test
    void commonPositionsAreSharedAndOthersAreEqualByValue() {
        assertThat(Pos.of(3, 7)).isSameAs(Pos.of(3, 7)).isEqualTo(new Pos(3, 7));
        assertThat(Pos.of(64, 128)).isSameAs(Pos.of(64, 128));
        assertThat(Pos.of(65, 1)).isEqualTo(new Pos(65, 1));
        assertThat(Pos.of(1, 129)).isEqualTo(new Pos(1, 129));
        assertThat(Pos.of(0, -4)).as("clamped to 1:1, as the constructor does").isEqualTo(Pos.START);
    }
}
