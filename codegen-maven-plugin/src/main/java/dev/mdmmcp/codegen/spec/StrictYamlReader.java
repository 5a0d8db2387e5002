package dev.mdmmcp.codegen.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.spelling.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a YAML file of a vendor folder into a record, strictly: a key the record does not know
 * is an error, since a misspelt key would otherwise be silently ignored. Every unknown key of
 * the file is collected, not only the first.
 */
public final class StrictYamlReader {

    private final ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The file's content as {@code type}, the unknown keys found, or the reason it could not be
     * read at all.
     */
    public <T> Result<T> read(Path file, Class<T> type) {
        List<UnknownKey> unknownKeys = new ArrayList<>();
        YamlLines lines = YamlLines.of(file);
        ObjectMapper reader = mapper.copy().addHandler(new UnknownKeyCollector(unknownKeys, lines));
        try (InputStream in = Files.newInputStream(file)) {
            T value = reader.readValue(in, type);
            if (value == null) {
                return new Result<>(Optional.empty(), List.of(), Optional.of("the file is empty"));
            }
            return new Result<>(Optional.of(value), unknownKeys, Optional.empty());
        } catch (JsonMappingException e) {
            return new Result<>(Optional.empty(), unknownKeys, Optional.of(describe(e, lines)));
        } catch (JacksonException e) {
            return new Result<>(Optional.empty(), unknownKeys,
                    Optional.of("not valid YAML" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return new Result<>(Optional.empty(), List.of(), Optional.of("cannot be read: " + e.getMessage()));
        }
    }

    private static String describe(JsonMappingException e, YamlLines lines) {
        if (e.getCause() instanceof StreamReadException syntax) {
            return "not valid YAML" + at(syntax.getLocation()) + ": " + firstLine(syntax.getOriginalMessage());
        }
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        int line = lines.lineOf(path);
        return (path.isEmpty() ? "" : YamlPath.format(path) + ": ") + firstLine(e.getOriginalMessage())
                + (line > 0 ? " (line " + line + ")" : at(e.getLocation()));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }

    private static String firstLine(String message) {
        String text = Objects.requireNonNullElse(message, "unreadable");
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * What reading gave.
     *
     * @param value the content, when the file could be mapped
     * @param unknownKeys keys the records do not know, in file order
     * @param failure why the file could not be read at all
     */
    public record Result<T>(Optional<T> value, List<UnknownKey> unknownKeys, Optional<String> failure) {
    }

    /**
     * A key no record component matches.
     *
     * @param path where the key is: names of maps/objects and list indexes, outermost first
     * @param key the unknown key
     * @param validKeys the keys valid at that place
     * @param line the line of the key, or 0
     */
    public record UnknownKey(List<Object> path, String key, List<String> validKeys, int line) {

        /** {@code unknown key 'stlye' (line 12); valid keys: style, items (closest: style)}. */
        public String message() {
            StringBuilder text = new StringBuilder("unknown key '").append(key).append('\'');
            if (line > 0) {
                text.append(" (line ").append(line).append(')');
            }
            if (!validKeys.isEmpty()) {
                text.append("; valid keys: ").append(String.join(", ", validKeys))
                        .append(" (closest: ").append(Suggestions.closest(key, validKeys, 1).getFirst()).append(')');
            }
            if (key.contains(" ")) {
                text.append("; a comma inside {...} ends the value before it: quote text that holds commas");
            }
            return text.toString();
        }
    }

    private static final class UnknownKeyCollector extends DeserializationProblemHandler {
        private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
                (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

        private final List<UnknownKey> unknownKeys;
        private final YamlLines lines;

        UnknownKeyCollector(List<UnknownKey> unknownKeys, YamlLines lines) {
            this.unknownKeys = unknownKeys;
            this.lines = lines;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            List<Object> path = pathOf(parser);
            List<Object> keyPath = new ArrayList<>(path);
            keyPath.add(propertyName);
            unknownKeys.add(new UnknownKey(path, propertyName, validKeys(deserializer, beanOrClass), lines.lineOf(keyPath)));
            parser.skipChildren();
            return true;
        }

        /** The keys valid here: in declaration order for the records of this package, else sorted. */
        private static List<String> validKeys(JsonDeserializer<?> deserializer, Object beanOrClass) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.isRecord()) {
                return Arrays.stream(type.getRecordComponents())
                        .map(component -> SNAKE_CASE.translate(component.getName())).toList();
            }
            Collection<Object> known = deserializer.getKnownPropertyNames();
            return known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
        }

        /** The path of the object holding the unknown key, outermost first. */
        private static List<Object> pathOf(JsonParser parser) {
            JsonStreamContext holder = parser.getParsingContext();
            if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
                holder = holder.getParent();
            }
            List<Object> segments = new ArrayList<>();
            for (JsonStreamContext outer = holder.getParent(); outer != null && !outer.inRoot();
                    outer = outer.getParent()) {
                if (outer.inArray()) {
                    segments.add(outer.getCurrentIndex());
                } else if (outer.getCurrentName() != null) {
                    segments.add(outer.getCurrentName());
                }
            }
            Collections.reverse(segments);
            return segments;
        }
    }
}
