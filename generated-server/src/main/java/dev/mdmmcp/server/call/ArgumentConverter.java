package dev.mdmmcp.server.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns validated arguments into one tool's typed argument record, with a reader made once for its type. */
public final class ArgumentConverter {

    private final ObjectReader reader;
    private final String toolName;

    public ArgumentConverter(ObjectMapper mapper, ToolEntry tool) {
        this.reader = mapper.readerFor(tool.tool().argumentsType());
        this.toolName = tool.name();
    }

    /**
     * @throws ToolFailure when a value passed the schema but still does not fit the record
     *         (a malformed date, say), naming the argument
     */
    public Record convert(ObjectNode arguments) {
        try {
            return reader.readValue(arguments);
        } catch (DatabindException e) {
            String argument = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[") : "";
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw invalid(new ArgumentProblem.Unreadable(argument, problem));
        } catch (JsonProcessingException e) {
            throw invalid(new ArgumentProblem.Unparsable(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree could not be read", e);
        }
    }

    private ToolFailure invalid(ArgumentProblem problem) {
        return new ToolFailure(new FailureReason.InvalidArguments(toolName, List.of(problem)));
    }
}
