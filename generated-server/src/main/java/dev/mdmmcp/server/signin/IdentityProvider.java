package dev.mdmmcp.server.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.mdmmcp.server.config.IdentityProviderConfig;
import dev.mdmmcp.server.oauth.Person;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The OpenID Connect client of the organisation's identity provider: finds the provider by its
 * issuer URL (discovery), sends the person there with an authorization code request protected by
 * PKCE, {@code state} and {@code nonce}, exchanges the code with the client id and secret, and
 * validates the ID token (signature against the provider's published keys, issuer, audience,
 * expiry, nonce) with the Nimbus SDK's validator. The discovery document is fetched when first
 * needed and kept for an hour, so a provider that is down at startup does not stop the server.
 */
public final class IdentityProvider {

    private static final Logger LOGGER = Logger.getLogger(IdentityProvider.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;
    private static final Duration METADATA_LIFETIME = Duration.ofHours(1);
    private static final Scope SCOPE = new Scope(OIDCScopeValue.OPENID, OIDCScopeValue.EMAIL, OIDCScopeValue.PROFILE);

    private final IdentityProviderConfig config;
    private final Supplier<URI> callback;
    private final Clock clock;
    private Discovered discovered;

    /**
     * @param callback where the provider sends the person back: {@code <public url>/signin/callback}
     *        (known once the server listens)
     */
    public IdentityProvider(IdentityProviderConfig config, Supplier<URI> callback, Clock clock) {
        this.config = config;
        this.callback = callback;
        this.clock = clock;
    }

    /** The provider's metadata and the validator of its ID tokens. */
    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetched) {
    }

    /** A new sign-in: where to send the browser, and what to keep until the provider answers. */
    record Start(URI redirect, LoginFlow flow) {
    }

    Start start(String returnTo) {
        OIDCProviderMetadata metadata = discover().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE,
                new ClientID(config.clientId()), callback.get())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), new LoginFlow(state.getValue(), nonce.getValue(), verifier.getValue(), returnTo));
    }

    /**
     * Checks the provider's answer at the callback URL against the sign-in under way, exchanges
     * its code and validates the ID token.
     *
     * @throws SignInFailure saying, in plain words, what went wrong
     */
    Person finish(URI answer, LoginFlow flow) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new SignInFailure("The identity provider's answer could not be read. Please start again.");
        }
        if (response.getState() == null || !flow.state().equals(response.getState().getValue())) {
            throw new SignInFailure("The identity provider's answer does not belong to the sign-in started in this browser."
                    + " Please start again from your application.");
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            throw new SignInFailure("The identity provider did not sign you in (" + describe(error.getErrorObject()) + ").");
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new SignInFailure("The identity provider's answer holds no authorization code. Please start again.");
        }
        Discovered provider = discover();
        TokenRequest tokenRequest = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                clientAuthentication(provider.metadata()),
                new AuthorizationCodeGrant(code, callback.get(), new CodeVerifier(flow.codeVerifier())));
        JWT idToken = idToken(tokenRequest);
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(flow.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            LOGGER.warning("an ID token from " + config.issuer() + " was refused: " + oneLine(e.getMessage()));
            throw new SignInFailure("The identity provider's answer did not pass the checks (signature, issuer, audience,"
                    + " expiry, nonce). Please start again; if it keeps happening, tell your administrator.");
        }
        return PersonClaims.person(claims, config.groupClaim());
    }

    private JWT idToken(TokenRequest tokenRequest) {
        HTTPRequest http = tokenRequest.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            LOGGER.warning("the token endpoint of " + config.issuer() + " cannot be reached: " + e.getClass().getSimpleName());
            throw new SignInFailure("The identity provider cannot be reached right now. Please try again in a minute.", e);
        } catch (ParseException e) {
            throw new SignInFailure("The identity provider's token answer could not be read. Please start again.");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            LOGGER.warning("the identity provider " + config.issuer() + " refused the authorization code: " + describe(error));
            throw new SignInFailure("The identity provider refused to complete the sign-in (" + describe(error)
                    + "). Please start again.");
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInFailure("The identity provider sent no ID token. Ask your administrator to check that the"
                    + " scope openid is allowed for this application.");
        }
        return idToken;
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientID clientId = new ClientID(config.clientId());
        Secret secret = new Secret(config.clientSecret().reveal());
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
    }

    private synchronized Discovered discover() {
        Instant now = clock.instant();
        if (discovered != null && discovered.fetched().plus(METADATA_LIFETIME).isAfter(now)) {
            return discovered;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(config.issuer()), CONNECT_TIMEOUT_MS,
                    READ_TIMEOUT_MS);
            discovered = new Discovered(metadata, validator(metadata), now);
            return discovered;
        } catch (GeneralException | IOException e) {
            LOGGER.warning("the identity provider " + config.issuer() + " cannot be discovered: " + oneLine(e.getMessage()));
            if (discovered != null) {
                return discovered;
            }
            throw new SignInFailure("The identity provider cannot be reached right now. Please try again in a minute.", e);
        }
    }

    private IDTokenValidator validator(OIDCProviderMetadata metadata) throws MalformedURLException {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of(JWSAlgorithm.RS256)).stream()
                // Symmetric algorithms would make the client secret the signing key: not accepted.
                .filter(algorithm -> !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm) && !algorithm.getName().equals("none"))
                .forEach(algorithms::add);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, SIZE_LIMIT_BYTES)).build();
        return new IDTokenValidator(metadata.getIssuer(), new ClientID(config.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
    }

    private static String describe(ErrorObject error) {
        String code = error == null || error.getCode() == null ? "no reason given" : error.getCode();
        return code.replaceAll("[^A-Za-z0-9_.-]", "");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
