package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openapitools.codegen.utils.ModelUtils;

/** Every operation of a document, by its {@code "VERB /path"} key, in document order. */
public final class OperationIndex {

    private final Map<String, SpecOperation> operations;

    private OperationIndex(Map<String, SpecOperation> operations) {
        this.operations = operations;
    }

    public static OperationIndex of(OpenAPI api) {
        Map<String, SpecOperation> operations = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> {
            if (item == null) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                String verb = method.name().toUpperCase(Locale.ROOT);
                SpecOperation spec = new SpecOperation(verb, path, operation, parameters(api, item, operation));
                operations.put(spec.key(), spec);
            });
        });
        return new OperationIndex(operations);
    }

    public Optional<SpecOperation> find(String key) {
        return Optional.ofNullable(operations.get(key));
    }

    public List<SpecOperation> all() {
        return List.copyOf(operations.values());
    }

    public List<String> keys() {
        return List.copyOf(operations.keySet());
    }

    /** Path-item parameters, then the operation's; an operation parameter replaces one with its name and place. */
    private static List<Parameter> parameters(OpenAPI api, PathItem item, Operation operation) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        for (List<Parameter> level : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (level == null) {
                continue;
            }
            for (Parameter parameter : level) {
                Parameter resolved = ModelUtils.getReferencedParameter(api, parameter);
                if (resolved == null) {
                    continue;
                }
                merged.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            }
        }
        return List.copyOf(merged.values());
    }
}
