package dev.mdmmcp.server.signin;

import dev.mdmmcp.server.config.IdentityProviderConfig;
import dev.mdmmcp.server.crypto.MasterKey;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.oauth.AuthorizationRefused;
import dev.mdmmcp.server.oauth.Grant;
import dev.mdmmcp.server.oauth.PendingAuthorization;
import dev.mdmmcp.server.oauth.Person;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The pages a person sees when a client connects to an OAuth server, mounted at {@code /signin}:
 * <ul>
 *   <li>{@code GET /signin/authorize?request=<id>}: where the authorization server sends the browser.
 *       Signs the person in at the identity provider (unless this browser is signed in), checks that
 *       the server's allowed people include them, and shows the consent page.</li>
 *   <li>{@code GET /signin/callback}: the identity provider's answer (the redirect URI registered there).</li>
 *   <li>{@code POST /signin/consent}: allow (optionally read-only) or deny; back to the client.</li>
 *   <li>{@code GET /signin/connections}, {@code POST /signin/connections/revoke}: "my connections".</li>
 *   <li>{@code POST /signin/signout}.</li>
 * </ul>
 * Every form carries the session's anti-forgery token; every page forbids framing and scripts.
 */
public final class SignInService implements HttpService {

    public static final String PATH = "/signin";
    public static final String CALLBACK = PATH + "/callback";
    private static final String CONNECTIONS = PATH + "/connections";
    private static final Logger LOGGER = Logger.getLogger(SignInService.class.getName());
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Optional<IdentityProvider> identityProvider;
    private final AuthorizationGrants grants;
    private final BrowserCookies cookies;
    private final Supplier<URI> publicUrl;
    private final Pages pages = new Pages();

    private SignInService(Optional<IdentityProvider> identityProvider, AuthorizationGrants grants, BrowserCookies cookies,
            Supplier<URI> publicUrl) {
        this.identityProvider = identityProvider;
        this.grants = grants;
        this.cookies = cookies;
        this.publicUrl = publicUrl;
    }

    /**
     * @param identityProvider the organisation's identity provider; without one, the pages say sign-in is not set up
     * @param masterKey seals the browser cookies (a key derived from it), so every instance sharing it opens them
     * @param publicUrl the server's public URL (known once it listens)
     */
    public static SignInService create(Optional<IdentityProviderConfig> identityProvider, MasterKey masterKey,
            AuthorizationGrants grants, Supplier<URI> publicUrl, Clock clock) {
        Supplier<URI> callback = () -> URI.create(publicUrl.get().toString().replaceAll("/$", "") + CALLBACK);
        BrowserCookies cookies = new BrowserCookies(new SealedCookies(masterKey.derive("browser sessions"), clock),
                publicUrl, new SecureRandom());
        return new SignInService(identityProvider.map(config -> new IdentityProvider(config, callback, clock)), grants,
                cookies, publicUrl);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/style.css", (request, response) -> pages.style(response))
                .get("/authorize", this::authorize)
                .get("/callback", this::callback)
                .post("/consent", this::consent)
                .get("/connections", this::connections)
                .post("/connections/revoke", this::revoke)
                .post("/signout", this::signOut);
    }

    private void authorize(ServerRequest request, ServerResponse response) {
        String id = request.query().first("request").orElse("");
        Optional<PendingAuthorization> pending = REQUEST_ID.matcher(id).matches() ? grants.pending(id) : Optional.empty();
        if (pending.isEmpty()) {
            pages.message(response, Status.BAD_REQUEST_400, Messages.UNKNOWN_REQUEST);
            return;
        }
        Optional<BrowserSession> session = cookies.session(request);
        if (session.isEmpty()) {
            signInFirst(response, PATH + "/authorize?request=" + id);
            return;
        }
        Person person = session.get().person();
        PendingAuthorization authorization = pending.get();
        Optional<String> refusal = PeopleCheck.refusal(authorization.server().allowed(), person, authorization.server().name());
        if (refusal.isPresent()) {
            LOGGER.info("signin: " + PeopleCheck.describe(person) + " is not allowed on MCP server "
                    + authorization.server().key() + ": refused before consent");
            pages.message(response, Status.FORBIDDEN_403, Messages.refused(refusal.get()));
            return;
        }
        pages.consent(response, new ConsentPage(authorization.client().name(), authorization.client().redirectHost(),
                authorization.server().name(), authorization.server().vendor(), authorization.server().accountName(),
                !authorization.readOnly(), authorization.server().tags(),
                authorization.server().expiresAt().map(WHEN::format).orElse("it is revoked (the server does not expire)"),
                PeopleCheck.name(person), person.email().orElse(null), authorization.id(), session.get().csrfToken()));
    }

    private void callback(ServerRequest request, ServerResponse response) {
        Optional<LoginFlow> flow = cookies.flow(request);
        if (identityProvider.isEmpty() || flow.isEmpty()) {
            pages.message(response, Status.BAD_REQUEST_400, identityProvider.isEmpty() ? Messages.NO_IDENTITY_PROVIDER
                    : Messages.NO_SIGN_IN_UNDER_WAY);
            return;
        }
        cookies.endFlow(response);
        String query = request.query().rawValue();
        URI answer = URI.create(publicUrl.get().toString().replaceAll("/$", "") + CALLBACK
                + (query.isEmpty() ? "" : "?" + query));
        Person person;
        try {
            person = identityProvider.get().finish(answer, flow.get());
        } catch (SignInFailure e) {
            pages.message(response, Status.BAD_REQUEST_400, MessagePage.of("Sign-in did not work", e.getMessage()));
            return;
        }
        LOGGER.info("signin: " + PeopleCheck.describe(person) + " signed in at the identity provider");
        cookies.startSession(response, person);
        Pages.redirect(response, flow.get().returnTo());
    }

    private void consent(ServerRequest request, ServerResponse response) {
        Parameters form = request.content().as(Parameters.class);
        Optional<BrowserSession> session = cookies.session(request);
        if (session.isEmpty()) {
            pages.message(response, Status.FORBIDDEN_403, Messages.SESSION_ENDED);
            return;
        }
        if (!session.get().acceptsCsrfToken(form.first("csrf").orElse(null))) {
            LOGGER.warning("signin: a consent form without its anti-forgery token was refused; nothing granted");
            pages.message(response, Status.FORBIDDEN_403, Messages.FORGED_FORM);
            return;
        }
        String id = form.first("request").orElse("");
        Optional<PendingAuthorization> pending = REQUEST_ID.matcher(id).matches() ? grants.pending(id) : Optional.empty();
        if (pending.isEmpty()) {
            pages.message(response, Status.BAD_REQUEST_400, Messages.UNKNOWN_REQUEST);
            return;
        }
        Person person = session.get().person();
        try {
            URI back;
            if ("approve".equals(form.first("decision").orElse(""))) {
                Optional<String> refusal = PeopleCheck.refusal(pending.get().server().allowed(), person,
                        pending.get().server().name());
                if (refusal.isPresent()) {
                    pages.message(response, Status.FORBIDDEN_403, Messages.refused(refusal.get()));
                    return;
                }
                boolean readOnly = pending.get().readOnly() || !"write".equals(form.first("access").orElse(""));
                back = grants.approve(id, person, readOnly);
            } else {
                back = grants.deny(id);
            }
            Pages.redirect(response, back.toString());
        } catch (AuthorizationRefused e) {
            pages.message(response, Status.FORBIDDEN_403, MessagePage.of("This connection cannot be made", e.getMessage()));
        }
    }

    private void connections(ServerRequest request, ServerResponse response) {
        Optional<BrowserSession> session = cookies.session(request);
        if (session.isEmpty()) {
            signInFirst(response, CONNECTIONS);
            return;
        }
        Person person = session.get().person();
        pages.connections(response, new ConnectionsPage(PeopleCheck.name(person), person.email().orElse(null),
                grants.grantsOf(person.subject()).stream().map(SignInService::connection).toList(),
                session.get().csrfToken()));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        Parameters form = request.content().as(Parameters.class);
        Optional<BrowserSession> session = cookies.session(request);
        if (session.isEmpty()) {
            pages.message(response, Status.FORBIDDEN_403, Messages.SESSION_ENDED);
            return;
        }
        if (!session.get().acceptsCsrfToken(form.first("csrf").orElse(null))) {
            pages.message(response, Status.FORBIDDEN_403, Messages.FORGED_FORM);
            return;
        }
        if (!grants.revoke(form.first("grant").orElse(""), session.get().person().subject())) {
            pages.message(response, Status.NOT_FOUND_404, Messages.UNKNOWN_GRANT);
            return;
        }
        Pages.redirect(response, CONNECTIONS);
    }

    private void signOut(ServerRequest request, ServerResponse response) {
        Parameters form = request.content().as(Parameters.class);
        Optional<BrowserSession> session = cookies.session(request);
        if (session.isPresent() && !session.get().acceptsCsrfToken(form.first("csrf").orElse(null))) {
            pages.message(response, Status.FORBIDDEN_403, Messages.FORGED_FORM);
            return;
        }
        cookies.endSession(response);
        pages.message(response, Status.OK_200, Messages.SIGNED_OUT);
    }

    private void signInFirst(ServerResponse response, String returnTo) {
        if (identityProvider.isEmpty()) {
            pages.message(response, Status.SERVICE_UNAVAILABLE_503, Messages.NO_IDENTITY_PROVIDER);
            return;
        }
        IdentityProvider.Start start;
        try {
            start = identityProvider.get().start(returnTo);
        } catch (SignInFailure e) {
            pages.message(response, Status.SERVICE_UNAVAILABLE_503, MessagePage.of("Sign-in did not work", e.getMessage()));
            return;
        }
        cookies.startFlow(response, start.flow());
        Pages.redirect(response, start.redirect().toString());
    }

    private static ConnectionsPage.Connection connection(Grant grant) {
        return new ConnectionsPage.Connection(grant.id(), grant.clientName(),
                grant.serverName().orElse("a server that no longer exists"),
                grant.readOnly() ? "Read only" : "Read and write", WHEN.format(grant.createdAt()),
                WHEN.format(grant.expiresAt()));
    }

}
