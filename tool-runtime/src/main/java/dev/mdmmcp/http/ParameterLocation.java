package dev.mdmmcp.http;

/** Where an argument goes in the upstream request. */
public enum ParameterLocation {
    /** A {@code {name}} segment of the path template, percent-encoded. */
    PATH,
    /** A query parameter; lists repeat the parameter or join with commas, see {@link ListFormat}. */
    QUERY,
    /** A request header. */
    HEADER,
    /** One property of a JSON object body: the body's properties are flattened into the arguments. */
    BODY_FIELD,
    /** The whole JSON body, when it is not an object (an array, say). */
    BODY
}
