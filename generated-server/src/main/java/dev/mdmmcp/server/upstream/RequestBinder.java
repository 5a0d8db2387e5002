package dev.mdmmcp.server.upstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterBinding;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds a typed argument record into an upstream request, following one tool's
 * {@link HttpBinding} (made once per tool: its path template compiled, its path arguments
 * named): path values are encoded into single segments, query lists repeat or join with commas,
 * header values are checked for line breaks, body fields become properties (by wire name) of one
 * JSON object, and a non-object body is written whole. Absent ({@code null}) arguments are left
 * out.
 *
 * @param <A> the tool's argument record
 */
public final class RequestBinder<A> {

    private final ObjectMapper mapper;
    private final WireText wireText;
    private final HttpBinding<A> http;
    private final PathTemplate path;
    /** The model's argument name of each path placeholder, by wire name. */
    private final Map<String, String> pathArguments;
    private final boolean bodyObject;

    public RequestBinder(ObjectMapper mapper, HttpBinding<A> http) {
        this.mapper = mapper;
        this.wireText = new WireText(mapper);
        this.http = http;
        this.path = PathTemplate.compile(http.pathTemplate());
        Map<String, String> names = new HashMap<>();
        for (ParameterBinding<A> parameter : http.parametersIn(ParameterLocation.PATH)) {
            names.put(parameter.wireName(), parameter.argument());
        }
        this.pathArguments = Map.copyOf(names);
        // The operation takes a JSON object: send one even when every field is absent.
        this.bodyObject = !http.parametersIn(ParameterLocation.BODY_FIELD).isEmpty();
    }

    public UpstreamRequest.Builder bind(A arguments) {
        UpstreamRequest.Builder request = UpstreamRequest.builder(http.verb());
        if (bodyObject) {
            request.bodyObject();
        }
        Map<String, String> pathValues = new HashMap<>();
        for (ParameterBinding<A> parameter : http.parameters()) {
            Object value = parameter.valueIn(arguments);
            if (value == null) {
                continue;
            }
            switch (parameter.location()) {
                case PATH -> pathValues.put(parameter.wireName(), pathText(value));
                case QUERY -> bindQuery(request, parameter, value);
                case HEADER -> request.header(parameter.wireName(), headerText(parameter, value));
                case BODY_FIELD -> request.bodyObject().set(parameter.wireName(), mapper.valueToTree(value));
                case BODY -> request.body(mapper.valueToTree(value));
            }
        }
        return request.path(path.expand(pathValues, pathArguments));
    }

    private String pathText(Object value) {
        return value instanceof Collection<?> values ? wireText.joined(values) : wireText.scalar(value);
    }

    private void bindQuery(UpstreamRequest.Builder request, ParameterBinding<A> parameter, Object value) {
        if (value instanceof Collection<?> values) {
            if (parameter.listFormat() == ListFormat.COMMA_SEPARATED) {
                if (!values.isEmpty()) {
                    request.query(parameter.wireName(), wireText.joined(values));
                }
            } else {
                values.forEach(item -> request.query(parameter.wireName(), wireText.scalar(item)));
            }
        } else {
            request.query(parameter.wireName(), wireText.scalar(value));
        }
    }

    private String headerText(ParameterBinding<A> parameter, Object value) {
        String text = value instanceof Collection<?> values ? wireText.joined(values) : wireText.scalar(value);
        if (text.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new ToolFailure(FailureReason.InvalidArguments.of(new ArgumentProblem.LineBreak(parameter.argument())));
        }
        return text;
    }
}
