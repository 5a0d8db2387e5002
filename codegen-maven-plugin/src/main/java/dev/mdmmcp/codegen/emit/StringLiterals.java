package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes long strings as a concatenation of short literals, broken after a space or a line
 * break, so a description reads in the source and changes to it diff line by line. Every line
 * break ends a piece, so JavaPoet never has to split a literal itself.
 */
final class StringLiterals {

    private static final int WIDTH = 72;

    private StringLiterals() {
    }

    /** {@code "short"}, or {@code "first part " + "second part"} over several lines. */
    static CodeBlock of(String text) {
        List<String> pieces = pieces(text);
        if (pieces.size() == 1) {
            return CodeBlock.of("$S", text);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$S", pieces.getFirst()).add("$>$>");
        for (String piece : pieces.subList(1, pieces.size())) {
            code.add("\n+ $S", piece);
        }
        return code.add("$<$<").build();
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            piece.append(c);
            boolean lastCharacter = i + 1 == text.length();
            if (!lastCharacter && (c == '\n' || c == ' ' && piece.length() >= WIDTH)) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (!piece.isEmpty() || pieces.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
