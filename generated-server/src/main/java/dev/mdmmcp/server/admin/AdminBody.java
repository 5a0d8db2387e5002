package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.binding.PrintableText;
import dev.mdmmcp.server.binding.StrictInput;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.inbound.BoundedBody;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an admin request's body: at most {@code max_request_bytes} (413 beyond), one JSON object,
 * each key at most once (with two, which one counts would be an accident of the parser).
 */
final class AdminBody {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private final ObjectReader reader;
    private final BoundedBody body;

    AdminBody(ObjectMapper mapper, long maxBytes) {
        this.reader = mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.body = new BoundedBody(maxBytes);
    }

    /** The body's top-level object, to be read strictly: every problem of it is collected. */
    StrictNode read(ServerRequest request) {
        if (!BoundedBody.present(request)) {
            throw AdminProblem.invalid(null, "the request needs a JSON object body");
        }
        JsonNode json;
        try {
            json = reader.readTree(body.read(request));
        } catch (BoundedBody.TooLarge e) {
            throw AdminProblem.tooLarge(e.getMessage());
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                String field = PrintableText.of(duplicate.group(1));
                throw AdminProblem.invalid(field, "the body has the key '" + field + "' more than once");
            }
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw AdminProblem.invalid(null, "the body is not valid JSON" + where);
        } catch (IOException e) {
            throw AdminProblem.invalid(null, "the body could not be read");
        }
        if (!(json instanceof ObjectNode object)) {
            throw AdminProblem.invalid(null, "the body must be a JSON object");
        }
        return StrictInput.json("the request").root(object);
    }
}
