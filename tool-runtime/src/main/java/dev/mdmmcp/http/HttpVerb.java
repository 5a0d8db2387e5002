package dev.mdmmcp.http;

/** The HTTP methods an upstream operation can use. */
public enum HttpVerb {
    GET, POST, PUT, PATCH, DELETE
}
