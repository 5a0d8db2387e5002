package dev.mdmmcp.http;

import java.util.Objects;
import java.util.function.Function;

/**
 * One argument of a tool and the place its value takes in the upstream request.
 *
 * @param argument the argument name the model uses
 * @param wireName the name in the upstream request (path variable, query or header name, body property)
 * @param location where the value goes
 * @param listFormat how a list is written in a query; ignored elsewhere
 * @param accessor reads the value from the typed argument record
 * @param <A> the argument record type
 */
public record ParameterBinding<A>(
        String argument,
        String wireName,
        ParameterLocation location,
        ListFormat listFormat,
        Function<? super A, ?> accessor) {

    public ParameterBinding {
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(listFormat, "listFormat");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** The value of this argument in {@code arguments}, or {@code null} when absent. */
    public Object valueIn(A arguments) {
        return accessor.apply(arguments);
    }
}
