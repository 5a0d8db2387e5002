package dev.mdmmcp.codegen.model;

import java.util.List;

/**
 * An operation of {@code openapi.yaml} that no documentation record exposes.
 *
 * @param operation {@code "VERB /path"}
 * @param operationId the spec's operationId, or {@code null}
 * @param unsupportedReasons why it could not become a tool even with a record; empty when it could
 */
public record UnexposedOperation(String operation, String operationId, List<String> unsupportedReasons) {

    public UnexposedOperation {
        unsupportedReasons = List.copyOf(unsupportedReasons);
    }
}
