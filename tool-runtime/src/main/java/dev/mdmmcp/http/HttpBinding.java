package dev.mdmmcp.http;

import dev.mdmmcp.pagination.PaginationBinding;
import dev.mdmmcp.pagination.PaginationStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a tool's typed arguments become one upstream HTTP request: parsed once from the spec at
 * build time, then only applied to argument values at call time.
 *
 * @param argumentsType the argument record the accessors read
 * @param verb the HTTP method
 * @param pathTemplate the path with {@code {name}} placeholders, relative to the account's base URL
 * @param parameters every argument that reaches the request, in spec order
 * @param pagination how the vendor pages this operation, or {@code null} when it is not a list
 * @param <A> the argument record type
 */
public record HttpBinding<A>(
        Class<A> argumentsType,
        HttpVerb verb,
        String pathTemplate,
        List<ParameterBinding<A>> parameters,
        PaginationBinding pagination) {

    public HttpBinding {
        Objects.requireNonNull(argumentsType, "argumentsType");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        parameters = List.copyOf(parameters);
    }

    public Optional<PaginationBinding> paginationBinding() {
        return Optional.ofNullable(pagination);
    }

    public List<ParameterBinding<A>> parametersIn(ParameterLocation location) {
        return parameters.stream().filter(p -> p.location() == location).toList();
    }

    public static <A> Builder<A> builder(Class<A> argumentsType, HttpVerb verb, String pathTemplate) {
        return new Builder<>(argumentsType, verb, pathTemplate);
    }

    /**
     * Builds a binding. Each method takes the wire name first; the three-argument forms are for
     * arguments renamed in the documentation record (the model sees {@code argument}).
     */
    public static final class Builder<A> {
        private final Class<A> argumentsType;
        private final HttpVerb verb;
        private final String pathTemplate;
        private final List<ParameterBinding<A>> parameters = new ArrayList<>();
        private PaginationBinding pagination;

        private Builder(Class<A> argumentsType, HttpVerb verb, String pathTemplate) {
            this.argumentsType = argumentsType;
            this.verb = verb;
            this.pathTemplate = pathTemplate;
        }

        public Builder<A> path(String wireName, Function<? super A, ?> accessor) {
            return path(wireName, wireName, accessor);
        }

        public Builder<A> path(String wireName, String argument, Function<? super A, ?> accessor) {
            return add(argument, wireName, ParameterLocation.PATH, ListFormat.REPEATED, accessor);
        }

        public Builder<A> query(String wireName, Function<? super A, ?> accessor) {
            return query(wireName, wireName, accessor);
        }

        public Builder<A> query(String wireName, String argument, Function<? super A, ?> accessor) {
            return add(argument, wireName, ParameterLocation.QUERY, ListFormat.REPEATED, accessor);
        }

        public Builder<A> queryCommaSeparated(String wireName, Function<? super A, ?> accessor) {
            return queryCommaSeparated(wireName, wireName, accessor);
        }

        public Builder<A> queryCommaSeparated(String wireName, String argument, Function<? super A, ?> accessor) {
            return add(argument, wireName, ParameterLocation.QUERY, ListFormat.COMMA_SEPARATED, accessor);
        }

        public Builder<A> header(String wireName, String argument, Function<? super A, ?> accessor) {
            return add(argument, wireName, ParameterLocation.HEADER, ListFormat.COMMA_SEPARATED, accessor);
        }

        public Builder<A> bodyField(String wireName, Function<? super A, ?> accessor) {
            return bodyField(wireName, wireName, accessor);
        }

        public Builder<A> bodyField(String wireName, String argument, Function<? super A, ?> accessor) {
            return add(argument, wireName, ParameterLocation.BODY_FIELD, ListFormat.REPEATED, accessor);
        }

        public Builder<A> body(String argument, Function<? super A, ?> accessor) {
            return add(argument, argument, ParameterLocation.BODY, ListFormat.REPEATED, accessor);
        }

        /**
         * Marks the operation as a paged list.
         *
         * @param style the vendor's paging style
         * @param itemsPointer JSON pointer to the item array in the response; empty when the body is the array
         */
        public Builder<A> paginated(PaginationStyle style, String itemsPointer) {
            this.pagination = new PaginationBinding(style, itemsPointer);
            return this;
        }

        public HttpBinding<A> build() {
            return new HttpBinding<>(argumentsType, verb, pathTemplate, parameters, pagination);
        }

        private Builder<A> add(String argument, String wireName, ParameterLocation location, ListFormat listFormat,
                Function<? super A, ?> accessor) {
            parameters.add(new ParameterBinding<>(argument, wireName, location, listFormat, accessor));
            return this;
        }
    }
}
