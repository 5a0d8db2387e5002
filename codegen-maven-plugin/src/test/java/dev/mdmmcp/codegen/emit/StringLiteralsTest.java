package dev.mdmmcp.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringLiteralsTest {

    @Test
    void shortStringsAreOneLiteral() {
        assertThat(StringLiterals.of("List devices").toString()).isEqualTo("\"List devices\"");
    }

    @Test
    void longStringsBreakAfterASpaceAndEveryLineBreak() {
        String text = "a".repeat(70) + " tail of the first line\n\nsecond paragraph";

        assertThat(StringLiterals.pieces(text)).containsExactly("a".repeat(70) + " tail ", "of the first line\n", "\n",
                "second paragraph");
        assertThat(String.join("", StringLiterals.pieces(text))).isEqualTo(text);
    }

    @Test
    void piecesAlwaysAddUpToTheText() {
        String text = "word ".repeat(100) + "\n" + "x".repeat(200);

        assertThat(String.join("", StringLiterals.pieces(text))).isEqualTo(text);
    }
}
