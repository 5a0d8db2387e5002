package dev.mdmmcp.codegen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One documentation record of {@code tools.yaml} as written: the only way an operation becomes
 * a tool. Checked by {@link dev.mdmmcp.codegen.model.ToolModelBuilder}.
 *
 * @param operation {@code "VERB /path"} of an operation in {@code openapi.yaml}
 * @param method the method class's wire name, e.g. {@code list}
 * @param wholeRecord whether the tool's {@code fields} argument also takes {@code "*"}: the vendor's whole record
 * @param arguments adjustments keyed by the spec's parameter name (optionally {@code path.}, {@code query.},
 *     {@code header.} or {@code body.} in front, when two parameters share a name)
 */
public record ToolRecord(
        String name,
        String operation,
        String method,
        String title,
        List<String> tags,
        String description,
        PagingReference pagination,
        List<String> fields,
        Boolean wholeRecord,
        Map<String, ArgumentAdjustment> arguments,
        HintOverrides hints,
        List<ExampleRecord> examples) {

    public ToolRecord {
        tags = copy(tags);
        fields = copy(fields);
        examples = copy(examples);
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** Whether {@code whole_record: true}. */
    public boolean allowsWholeRecord() {
        return Boolean.TRUE.equals(wholeRecord);
    }

    private static <T> List<T> copy(List<T> list) {
        // YAML may hold nulls (an empty list item); they are reported, so keep them.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** {@code pagination:} of a list record. */
    public record PagingReference(String style, String items) {
    }

    /** One entry of {@code arguments:}. */
    public record ArgumentAdjustment(Boolean exclude, String name, String description) {

        public boolean excluded() {
            return Boolean.TRUE.equals(exclude);
        }
    }

    /** {@code hints:}: overrides of the method class's defaults. */
    public record HintOverrides(Boolean readOnly, Boolean destructive, Boolean idempotent) {
    }

    /**
     * One contract-test example; the code generator only checks that its arguments exist, the
     * integration tests replay the rest.
     */
    public record ExampleRecord(Map<String, JsonNode> arguments, JsonNode request, JsonNode response, JsonNode nextPage) {

        public ExampleRecord {
            arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }
}
