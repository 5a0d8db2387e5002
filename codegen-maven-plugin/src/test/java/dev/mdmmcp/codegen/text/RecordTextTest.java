package dev.mdmmcp.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordTextTest {

    @Test
    void linesWrappedForTheYamlFileAreJoined() {
        assertThat(RecordText.tidy("Lists enrolled devices with their\nserial number.\n"))
                .isEqualTo("Lists enrolled devices with their serial number.");
    }

    @Test
    void paragraphsStayParagraphs() {
        assertThat(RecordText.tidy("First line\ncontinued.\n\n\nSecond paragraph.\n"))
                .isEqualTo("First line continued.\n\nSecond paragraph.");
    }

    @Test
    void listItemsKeepTheirOwnLines() {
        assertThat(RecordText.tidy("Use it to:\n- find devices\n  by serial\n- chain to get_device\n"))
                .isEqualTo("Use it to:\n- find devices by serial\n- chain to get_device");
    }
}
