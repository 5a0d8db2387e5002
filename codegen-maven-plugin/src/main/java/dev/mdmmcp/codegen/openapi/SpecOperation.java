package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;

/**
 * One operation of {@code openapi.yaml} with its parameters resolved: path-item parameters
 * merged with the operation's own (which win), {@code $ref}s followed.
 *
 * @param verb the upper-case HTTP method, e.g. {@code GET}
 * @param path the path template, e.g. {@code /api/v1/devices/{device_id}}
 */
public record SpecOperation(String verb, String path, Operation operation, List<Parameter> parameters) {

    public SpecOperation {
        parameters = List.copyOf(parameters);
    }

    /** {@code GET /api/v1/devices}: how documentation records name the operation. */
    public String key() {
        return verb + " " + path;
    }

    public String operationId() {
        return operation.getOperationId();
    }
}
