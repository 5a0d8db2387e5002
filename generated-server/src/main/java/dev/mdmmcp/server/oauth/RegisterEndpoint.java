package dev.mdmmcp.server.oauth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /oauth/register}: Dynamic Client Registration (RFC 7591), open to any client. */
public final class RegisterEndpoint implements HttpService {

    private final ClientRegistrations registrations;
    private final OAuthUrls urls;

    public RegisterEndpoint(ClientRegistrations registrations, OAuthUrls urls) {
        this.registrations = registrations;
        this.urls = urls;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::register);
    }

    private void register(ServerRequest request, ServerResponse response) {
        ClientRegistrationRequest registration;
        try {
            registration = ClientRegistrationRequest.parse(NimbusHttp.post(request, urls.endpoint(OAuthUrls.REGISTER)));
        } catch (ParseException e) {
            NimbusHttp.send(new ClientRegistrationErrorResponse(RegistrationError.INVALID_CLIENT_METADATA
                    .setDescription("the body is no valid client metadata JSON object")).toHTTPResponse(), response);
            return;
        } catch (NimbusHttp.TooLarge e) {
            NimbusHttp.send(new ClientRegistrationErrorResponse(RegistrationError.INVALID_CLIENT_METADATA
                    .setDescription(e.getMessage())).toHTTPResponse(), response);
            return;
        }
        try {
            switch (registrations.register(registration.getClientMetadata())) {
                case ClientRegistrations.Registered registered ->
                        NimbusHttp.send(new ClientInformationResponse(registered.client(), true).toHTTPResponse(), response);
                case ClientRegistrations.Refused refused ->
                        NimbusHttp.send(new ClientRegistrationErrorResponse(refused.error()).toHTTPResponse(), response);
            }
        } catch (StoreUnavailableException e) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send();
        }
    }
}
