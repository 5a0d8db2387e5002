package dev.mdmmcp.http;

/** The HTTP methods an upstream operation can use. */
public enum HttpVerb {
    GET, POST, PUT, PATCH, DELETE;

    /** Whether a request with this verb carries a JSON body when the operation declares one. */
    public boolean allowsBody() {
        return this != GET && this != DELETE;
    }
}
