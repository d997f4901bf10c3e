package org.officialvoices.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosTest {

    @Test
    void positionsAreEqualByValueWhereverTheyAreMade() {
        for (int line = 1; line <= 70; line++) {
            for (int column = 1; column <= 140; column++) {
                Pos pos = Pos.of(line, column);
                assertThat(pos).isEqualTo(new Pos(line, column));
                assertThat(pos.line()).isEqualTo(line);
                assertThat(pos.column()).isEqualTo(column);
            }
        }
        assertThat(Pos.of(65, 1)).isEqualTo(new Pos(65, 1));
        assertThat(Pos.of(1, 129)).isEqualTo(new Pos(1, 129));
        assertThat(Pos.of(0, -4)).as("clamped to 1:1, as the constructor does").isEqualTo(Pos.START);
    }
}
