package dev.mdmmcp.server.oauth;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The URLs of the authorization server and of OAuth servers, all under the public base URL (the
 * issuer): {@code <base>/mcp/oauth/<key>} is a server (the resource of its tokens),
 * {@code /.well-known/oauth-protected-resource/...} its metadata (RFC 9728), and the
 * authorization server's endpoints sit under {@code <base>/oauth/}.
 */
public final class OAuthUrls {

    public static final String RESOURCE_PATH = "/mcp/oauth/";
    public static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";
    public static final String AUTHORIZATION_SERVER_METADATA = "/.well-known/oauth-authorization-server";
    public static final String AUTHORIZE = "/oauth/authorize";
    public static final String TOKEN = "/oauth/token";
    public static final String REGISTER = "/oauth/register";
    public static final String REVOKE = "/oauth/revoke";
    public static final String SIGN_IN = "/signin/authorize";

    private final Supplier<URI> base;

    public OAuthUrls(Supplier<URI> base) {
        this.base = base;
    }

    /** The issuer: the public base URL, without a trailing slash. */
    public URI issuer() {
        return URI.create(baseText());
    }

    /** The URL of an OAuth server: the resource its tokens are for. */
    public URI resource(String key) {
        return URI.create(baseText() + RESOURCE_PATH + key);
    }

    /**
     * The key of the OAuth server {@code resource} names, when it is one of ours: the scheme and
     * host may differ in case, nothing else.
     */
    public Optional<String> serverKeyOf(URI resource) {
        if (resource.getRawQuery() != null || resource.getRawFragment() != null || resource.getScheme() == null
                || resource.getRawAuthority() == null) {
            return Optional.empty();
        }
        String text = resource.getScheme().toLowerCase(Locale.ROOT) + "://"
                + resource.getRawAuthority().toLowerCase(Locale.ROOT) + (resource.getRawPath() == null ? "" : resource.getRawPath());
        String prefix = baseText() + RESOURCE_PATH;
        if (!text.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = text.substring(prefix.length());
        return key.isEmpty() || key.contains("/") ? Optional.empty() : Optional.of(key);
    }

    /** Where the Protected Resource Metadata of a server is (RFC 9728 section 3.1). */
    public URI protectedResourceMetadata(String key) {
        URI issuer = issuer();
        String path = issuer.getRawPath() == null ? "" : issuer.getRawPath();
        return URI.create(issuer.getScheme() + "://" + issuer.getRawAuthority() + PROTECTED_RESOURCE_METADATA + path
                + RESOURCE_PATH + key);
    }

    public URI endpoint(String path) {
        return URI.create(baseText() + path);
    }

    /** Where the browser goes to sign in and consent to a pending authorization. */
    public URI signIn(String pendingId) {
        return URI.create(baseText() + SIGN_IN + "?request=" + pendingId);
    }

    private String baseText() {
        String text = base.get().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
