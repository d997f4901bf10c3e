package org.officialvoices.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void controlCharactersSurrogatesAndNoncharactersAreForbidden() {
        assertThat(Characters.firstForbidden("plain, 中文 and 😀\t\n")).isEqualTo(-1);
        assertThat(Characters.firstForbidden("ab\u0001")).isEqualTo(2);
        assertThat(Characters.firstForbidden("a\u007f")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\u0085")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\ud800b")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\udc00")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\ud800")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\ufdd0")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a\uffff")).isEqualTo(1);
        assertThat(Characters.firstForbidden("a" + new String(Character.toChars(0x1fffe)))).isEqualTo(1);
        assertThat(Characters.firstForbidden("\u0001 \u0002", 1)).isEqualTo(2);
    }

    @Test
    void eachIsNamedForTheMessage() {
        assertThat(Characters.describe("\u001b", 0)).isEqualTo("the control character U+001B");
        assertThat(Characters.describe("x\ud800", 1)).isEqualTo("a lone surrogate (U+D800), half of a character that cannot be written on its own");
        assertThat(Characters.describe("\ufffe", 0)).isEqualTo("the noncharacter U+FFFE");
    }
}
