package dev.mdmmcp.server.call;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.stream.Collectors;

/** Turns validated arguments into the tool's typed argument record. */
public final class ArgumentConverter {

    private final ObjectMapper mapper;

    public ArgumentConverter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws ToolFailure when a value passed the schema but still does not fit the record
     *         (a malformed date, say), naming the argument
     */
    public Record convert(ToolEntry tool, ObjectNode arguments) {
        try {
            return mapper.treeToValue(arguments, tool.tool().argumentsType());
        } catch (DatabindException e) {
            String argument = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[") : "";
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw ToolFailure.invalidArguments("Invalid arguments for " + tool.name() + ": argument '" + argument
                    + "' could not be read (" + problem + ").");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ToolFailure.invalidArguments("Invalid arguments for " + tool.name() + ": " + e.getOriginalMessage());
        }
    }
}
