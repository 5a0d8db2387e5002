package dev.mdmmcp.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void textThatWouldBreakACommentIsEscaped() {
        assertThat(Javadoc.text("ends */ here, C:\\users, <b> & @see"))
                .isEqualTo("ends *&#47; here, C:&#92;users, &lt;b&gt; &amp; &#64;see");
    }

    @Test
    void backtickedCodeBecomesCodeTags() {
        assertThat(Javadoc.text("Pass `next_cursor` back.")).isEqualTo("Pass {@code next_cursor} back.");
    }

    @Test
    void longTextIsWrapped() {
        String wrapped = Javadoc.text("word ".repeat(40));

        assertThat(wrapped.lines()).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(96));
    }

    @Test
    void paragraphsAreSeparatedWithParagraphTags() {
        assertThat(Javadoc.paragraphs("One.\n\nTwo.")).isEqualTo("One.\n\n<p>Two.");
    }
}
