package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The mark on every generated type: who generated it, and no date, so output stays byte-stable. */
final class Generated {

    static final String GENERATOR = "dev.mdmmcp.codegen";

    static final AnnotationSpec ANNOTATION = AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR)
            .build();

    private Generated() {
    }
}
