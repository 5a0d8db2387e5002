package dev.mdmmcp.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void tagsAreRemovedAndInlineTagsLeaveNoGap() {
        assertThat(HtmlText.clean("<p>Use the <code>limit</code>.</p><p>Then <b>stop</b>.</p>"))
                .isEqualTo("Use the limit. Then stop.");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlText.clean("Return names &quot;containing&quot; x &amp; y &gt; z &#39;q&#39; &#x41;"))
                .isEqualTo("Return names \"containing\" x & y > z 'q' A");
    }

    @Test
    void decodedAngleBracketsAreNotMistakenForTags() {
        assertThat(HtmlText.clean("Settings &gt; Access &lt;b&gt;")).isEqualTo("Settings > Access <b>");
    }

    @Test
    void listItemsBecomeACommaSeparatedList() {
        assertThat(HtmlText.clean("Sort by:<ul>\n<li>threat_id</li>\n<li>classification</li></ul>"))
                .isEqualTo("Sort by: threat_id, classification");
    }

    @Test
    void whitespaceCollapsesToSingleSpaces() {
        assertThat(HtmlText.clean("  one\n\n two\t three  ")).isEqualTo("one two three");
    }

    @Test
    void nothingLeftMeansNoDescription() {
        assertThat(HtmlText.clean("<p> </p>")).isNull();
        assertThat(HtmlText.clean(null)).isNull();
    }
}
