package dev.mdmmcp.server.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.config.Credentials;
import dev.mdmmcp.server.config.Secret;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credentials of an integrated account as the store keeps them: a JSON object of the
 * vendor's credential fields, sealed with the master key and bound to the account's id.
 */
public final class SealedCredentials {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final CredentialSealer sealer;
    private final ObjectMapper mapper;

    public SealedCredentials(CredentialSealer sealer, ObjectMapper mapper) {
        this.sealer = sealer;
        this.mapper = mapper;
    }

    public Sealed seal(String accountId, Map<String, String> fields) {
        try {
            return sealer.seal(mapper.writeValueAsBytes(new TreeMap<>(fields)), context(accountId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credential fields could not be written as JSON", e);
        }
    }

    /**
     * @throws SealException when the master key is not the one that sealed them, or they were altered
     */
    public Credentials open(String accountId, Sealed sealed) {
        byte[] json = sealer.open(sealed, context(accountId));
        Map<String, String> fields;
        try {
            fields = mapper.readValue(json, FIELDS);
        } catch (IOException e) {
            throw new SealException(context(accountId) + " holds sealed credentials that are not a JSON object of strings");
        }
        Map<String, Secret> secrets = new HashMap<>();
        fields.forEach((name, value) -> secrets.put(name, new Secret(value)));
        return new Credentials(secrets);
    }

    private static String context(String accountId) {
        return "integrated account " + accountId;
    }
}
