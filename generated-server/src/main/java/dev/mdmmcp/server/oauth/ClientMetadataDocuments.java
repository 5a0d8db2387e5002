package dev.mdmmcp.server.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import io.helidon.common.tls.Tls;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.spi.DnsResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import net.minidev.json.JSONObject;

/**
 * Client ID Metadata Documents: a {@code client_id} that is an {@code https://} URL with a path
 * names a JSON document with the client's name and redirect URIs, which this class fetches and
 * checks ({@code client_id} equal to the URL, redirect URIs acceptable, a public client). Only
 * public addresses are fetched from: the host is resolved here and the connection goes to the
 * checked address. Documents are small ({@link #MAX_BYTES}), fetched quickly ({@link #TIMEOUT}),
 * never through redirects, and kept for {@link #FRESH_FOR}; a failure for {@link #FAILURE_FRESH_FOR}.
 * With the development setting {@code allow_loopback_client_metadata} a document may come from a
 * loopback address, over plain http or with a certificate nobody signed.
 */
public final class ClientMetadataDocuments {

    static final int MAX_BYTES = 16 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    static final Duration FAILURE_FRESH_FOR = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 1_000;
    private static final int MAX_URL_LENGTH = 2_000;
    private static final Logger LOGGER = Logger.getLogger(ClientMetadataDocuments.class.getName());

    private final boolean allowLoopback;
    private final WebClient publicClient;
    private final WebClient loopbackClient;
    private final Cache<String, Optional<OAuthClient>> found;
    private final Cache<String, Optional<OAuthClient>> failed;

    ClientMetadataDocuments(boolean allowLoopback, Ticker ticker) {
        this.allowLoopback = allowLoopback;
        this.publicClient = client(false, Tls.builder().build());
        this.loopbackClient = client(true, Tls.builder().trustAll(true)
                .endpointIdentificationAlgorithm(Tls.ENDPOINT_IDENTIFICATION_NONE).build());
        this.found = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FRESH_FOR).ticker(ticker).build();
        this.failed = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FAILURE_FRESH_FOR).ticker(ticker)
                .build();
    }

    public static ClientMetadataDocuments create(boolean allowLoopback) {
        return new ClientMetadataDocuments(allowLoopback, Ticker.systemTicker());
    }

    /** Whether {@code clientId} is meant as the URL of a metadata document (rather than a registered id). */
    static boolean isDocumentUrl(String clientId) {
        String lower = clientId.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The client the document at {@code url} describes, when it can be fetched and is valid. */
    public Optional<OAuthClient> find(String url) {
        Optional<OAuthClient> cached = found.getIfPresent(url);
        if (cached == null) {
            cached = failed.getIfPresent(url);
        }
        if (cached != null) {
            return cached;
        }
        Optional<OAuthClient> client = fetch(url);
        (client.isPresent() ? found : failed).put(url, client);
        return client;
    }

    private Optional<OAuthClient> fetch(String url) {
        Optional<URI> uri = documentUrl(url);
        if (uri.isEmpty()) {
            return refused(url, "it is no https URL with a path");
        }
        InetAddress address;
        try {
            address = checkedAddress(uri.get().getHost());
        } catch (UnknownHostException e) {
            return refused(url, "its host cannot be resolved");
        } catch (RefusedAddress e) {
            return refused(url, e.getMessage());
        }
        boolean loopback = address.isLoopbackAddress();
        if (!loopback && !"https".equalsIgnoreCase(uri.get().getScheme())) {
            return refused(url, "it is no https URL with a path");
        }
        String body;
        try (HttpClientResponse response = (loopback ? loopbackClient : publicClient).get().uri(uri.get())
                .header(HeaderNames.ACCEPT, "application/json")
                .request()) {
            if (response.status().code() != 200) {
                return refused(url, "it answered HTTP " + response.status().code());
            }
            body = read(response.inputStream());
        } catch (TooLarge e) {
            return refused(url, "it is larger than " + MAX_BYTES + " bytes");
        } catch (RuntimeException | IOException e) {
            return refused(url, "it could not be fetched: no connection, or no answer within " + TIMEOUT.toSeconds() + " s");
        }
        return parse(url, body);
    }

    private Optional<OAuthClient> parse(String url, String body) {
        JSONObject json;
        ClientMetadata metadata;
        try {
            json = JSONObjectUtils.parse(body);
            metadata = ClientMetadata.parse(json);
        } catch (ParseException e) {
            return refused(url, "it is no valid client metadata JSON object");
        }
        if (!url.equals(json.get("client_id"))) {
            return refused(url, "its client_id is not the URL it was fetched from");
        }
        List<URI> redirects = metadata.getRedirectionURIs() == null ? List.of() : List.copyOf(metadata.getRedirectionURIs());
        if (redirects.isEmpty() || redirects.stream().anyMatch(redirect -> !ClientRegistrations.RedirectUris.acceptable(redirect))) {
            return refused(url, "its redirect_uris are missing, or one is neither https nor http on a loopback host");
        }
        if (metadata.getTokenEndpointAuthMethod() != null
                && !ClientAuthenticationMethod.NONE.equals(metadata.getTokenEndpointAuthMethod())) {
            return refused(url, "its token_endpoint_auth_method is not none (only public clients use a metadata document here)");
        }
        return Optional.of(new OAuthClient(url, ClientNames.of(metadata.getName(), url), redirects, Optional.empty()));
    }

    private Optional<URI> documentUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeOk = scheme.equals("https") || scheme.equals("http") && allowLoopback;
            boolean pathOk = uri.getRawPath() != null && uri.getRawPath().length() > 1;
            return schemeOk && pathOk && uri.getHost() != null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The first address of {@code host} when every one of its addresses may be fetched from. */
    private InetAddress checkedAddress(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        for (InetAddress address : addresses) {
            if (!PublicAddresses.allowed(address, allowLoopback)) {
                throw new RefusedAddress("it resolves to " + address.getHostAddress() + ", a private, link-local or loopback"
                        + " address");
            }
        }
        return addresses[0];
    }

    private Optional<OAuthClient> refused(String url, String why) {
        LOGGER.info("oauth: the client metadata document " + LogText.of(url) + " is not used: " + why);
        return Optional.empty();
    }

    private static String read(InputStream in) throws IOException, TooLarge {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        byte[] buffer = new byte[MAX_BYTES + 1];
        int length = 0;
        int read;
        while ((read = in.read(buffer, length, buffer.length - length)) > 0) {
            length += read;
            if (length > MAX_BYTES) {
                throw new TooLarge();
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("too slow");
            }
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private WebClient client(boolean loopback, Tls tls) {
        return WebClient.builder()
                .dnsResolver(new CheckingResolver(loopback && allowLoopback))
                .tls(tls)
                .connectTimeout(TIMEOUT)
                .readTimeout(TIMEOUT)
                .followRedirects(false)
                .shareConnectionCache(false)
                .build();
    }

    /** Resolves again at connection time and refuses what {@link #checkedAddress} would: no DNS rebinding. */
    private static final class CheckingResolver implements DnsResolver {

        private final boolean allowLoopback;

        CheckingResolver(boolean allowLoopback) {
            this.allowLoopback = allowLoopback;
        }

        @Override
        public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
            try {
                String bare = hostname.startsWith("[") && hostname.endsWith("]")
                        ? hostname.substring(1, hostname.length() - 1)
                        : hostname;
                for (InetAddress address : InetAddress.getAllByName(bare)) {
                    if (PublicAddresses.allowed(address, allowLoopback)) {
                        return address;
                    }
                }
                throw new RefusedAddress(hostname + " resolves to no address that may be fetched from");
            } catch (UnknownHostException e) {
                throw new RefusedAddress(hostname + " cannot be resolved");
            }
        }
    }

    private static final class RefusedAddress extends RuntimeException {
        RefusedAddress(String message) {
            super(message, null, false, false);
        }
    }

    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
