package dev.mdmmcp.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    private final ObjectMapper mapper = JsonMappers.create();

    @Test
    void numbersFromTheVendorKeepTheirValueAndForm() throws Exception {
        String vendorAnswer = "{\"created\":1764979200.0,\"count\":42,\"ratio\":0.10,\"big\":12345678901234567890,"
                + "\"precise\":0.1234567890123456789,\"exponent\":1.5e3}";

        String result = mapper.writeValueAsString(mapper.readTree(vendorAnswer));

        assertThat(result).isEqualTo("{\"created\":1764979200.0,\"count\":42,\"ratio\":0.10,\"big\":12345678901234567890,"
                + "\"precise\":0.1234567890123456789,\"exponent\":1500}");
    }
}
