package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.store.GrantRecord;
import dev.mdmmcp.server.store.IssuedCode;
import dev.mdmmcp.server.store.PendingRecord;
import dev.mdmmcp.server.store.Store;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The seam between sign-in and the authorization server. Sign-in reads a
 * {@linkplain #pending pending authorization}, signs the person in, and answers it with
 * {@link #approve} (a grant and an authorization code, sent back to the client's redirect URI)
 * or {@link #deny}. A signed-in person sees their grants with {@link #grantsOf} and ends one with
 * {@link #revoke(String, String)}; the admin API lists and revokes grants per server.
 */
public final class AuthorizationGrants {

    private static final Logger LOGGER = Logger.getLogger(AuthorizationGrants.class.getName());

    private final Store store;
    private final OAuthServers servers;
    private final OAuthUrls urls;
    private final NewTokens tokens;
    private final OAuthSettings settings;
    private final Clock clock;

    public AuthorizationGrants(Store store, OAuthServers servers, OAuthUrls urls, NewTokens tokens, OAuthSettings settings,
            Clock clock) {
        this.store = store;
        this.servers = servers;
        this.urls = urls;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** The pending authorization {@code id}, while it waits and its server exists. */
    public Optional<PendingAuthorization> pending(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return store.pending().find(id, clock.instant())
                .flatMap(pending -> servers.find(pending.serverKey()).map(server -> describe(pending, server)));
    }

    /**
     * Grants what the pending authorization asked, to this person, narrowed to read-only when
     * {@code readOnly}; the request is answered and gone.
     *
     * @return where to send the browser: the client's redirect URI with the code, {@code state} and {@code iss}
     * @throws AuthorizationRefused when the request is unknown, expired or answered, its server is gone, or
     *         the server's allowed people do not include this person
     */
    public URI approve(String pendingId, Person person, boolean readOnly) {
        PendingRecord pending = take(pendingId);
        OAuthServer server = servers.find(pending.serverKey()).orElseThrow(() -> new AuthorizationRefused(
                "The MCP server this connection was for no longer exists or has expired."));
        if (!server.allowed().admits(person.email(), person.groups())) {
            LOGGER.info("oauth: " + describe(person) + " is not allowed on MCP server " + server.key() + ": nothing granted");
            throw new AuthorizationRefused("You are not among the people allowed to connect to " + server.name() + ".");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String scope = readOnly ? Scopes.READ : pending.scope();
        String code = tokens.next();
        GrantRecord grant = new GrantRecord(UUID.randomUUID().toString(), server.key(), pending.resource(),
                pending.clientId(), pending.clientName(), person.subject(), person.email(), person.displayName(), scope,
                now, now.plus(settings.refreshTokenLifetime()));
        store.grants().insert(grant, new IssuedCode(TokenHash.of(code), pending.codeChallenge(), pending.redirectUri(),
                now.plus(OAuthSettings.CODE_LIFETIME)));
        LOGGER.info("oauth: " + describe(person) + " granted " + scope + " on MCP server " + server.key() + " to client "
                + LogText.of(pending.clientName()) + " (grant " + grant.id() + ")");
        return new AuthorizationSuccessResponse(pending.redirectUri(), new AuthorizationCode(code), null,
                pending.state().map(State::new).orElse(null), new Issuer(urls.issuer()), ResponseMode.QUERY).toURI();
    }

    /**
     * Answers the pending authorization with {@code access_denied}.
     *
     * @return the client's redirect URI with the error, {@code state} and {@code iss}
     * @throws AuthorizationRefused when the request is unknown, expired or answered already
     */
    public URI deny(String pendingId) {
        PendingRecord pending = take(pendingId);
        LOGGER.info("oauth: the person denied client " + LogText.of(pending.clientName()) + " on MCP server " + pending.serverKey());
        return new AuthorizationErrorResponse(pending.redirectUri(), OAuth2Error.ACCESS_DENIED,
                pending.state().map(State::new).orElse(null), new Issuer(urls.issuer()), ResponseMode.QUERY).toURI();
    }

    /** The grants of a person (by identity-provider subject), oldest first. */
    public List<Grant> grantsOf(String subject) {
        return store.grants().listBySubject(subject).stream().map(this::grant).toList();
    }

    /** The grants of a person by e-mail address, oldest first (the admin API). */
    public List<Grant> grantsOfEmail(String email) {
        return store.grants().listByEmail(email).stream().map(this::grant).toList();
    }

    /** The grant {@code id}. */
    public Optional<Grant> grant(String id) {
        return store.grants().find(id).map(this::grant);
    }

    /** The grants of an OAuth server, oldest first. */
    public List<Grant> grantsOfServer(String serverKey) {
        return store.grants().listByServer(serverKey).stream().map(this::grant).toList();
    }

    /**
     * Ends a grant of this person, with all its tokens.
     *
     * @return false when there is no such grant of theirs
     */
    public boolean revoke(String grantId, String subject) {
        Optional<GrantRecord> grant = store.grants().find(grantId).filter(found -> found.subject().equals(subject));
        if (grant.isEmpty() || !store.grants().delete(grantId)) {
            return false;
        }
        LOGGER.info("oauth: the person revoked grant " + grantId + " on MCP server " + grant.get().serverKey());
        return true;
    }

    /**
     * Ends a grant, with all its tokens (the admin API).
     *
     * @return false when there is no such grant
     */
    public boolean revoke(String grantId) {
        boolean revoked = store.grants().delete(grantId);
        if (revoked) {
            LOGGER.info("admin: revoked grant " + grantId);
        }
        return revoked;
    }

    private PendingRecord take(String pendingId) {
        return (pendingId == null ? Optional.<PendingRecord>empty() : store.pending().take(pendingId, clock.instant()))
                .orElseThrow(() -> new AuthorizationRefused("This sign-in request is unknown, has expired or was answered"
                        + " already. Start connecting again from your application."));
    }

    private PendingAuthorization describe(PendingRecord pending, OAuthServer server) {
        boolean readOnly = Scopes.readOnly(pending.scope());
        return new PendingAuthorization(pending.id(), new PendingAuthorization.Client(pending.clientName(),
                pending.clientId(), pending.redirectUri().getHost()), server, pending.scope(), readOnly,
                pending.createdAt(), pending.expiresAt());
    }

    private Grant grant(GrantRecord record) {
        Optional<String> serverName = servers.find(record.serverKey()).map(OAuthServer::name);
        return new Grant(record.id(), record.serverKey(), serverName, record.clientName(), record.clientId(),
                record.subject(), record.email(), record.displayName(), Scopes.readOnly(record.scope()),
                record.createdAt(), record.expiresAt());
    }

    private static String describe(Person person) {
        return "person " + LogText.of(person.subject()) + person.email().map(email -> " <" + LogText.of(email) + ">").orElse("");
    }
}
