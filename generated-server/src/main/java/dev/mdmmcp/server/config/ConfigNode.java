package dev.mdmmcp.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One map of the configuration file at a known key path. Reading a scalar applies the
 * {@link EnvironmentOverrides environment override rule}; every error names the file and the
 * full key path.
 */
final class ConfigNode {

    private final String source;
    private final EnvironmentOverrides environment;
    private final List<String> path;
    private final JsonNode node;
    private final boolean strictTypes;

    private ConfigNode(String source, EnvironmentOverrides environment, List<String> path, JsonNode node,
            boolean strictTypes) {
        this.source = source;
        this.environment = environment;
        this.path = List.copyOf(path);
        this.node = node == null || node.isNull() ? MissingNode.getInstance() : node;
        this.strictTypes = strictTypes;
    }

    static ConfigNode root(String source, EnvironmentOverrides environment, JsonNode root) {
        return new ConfigNode(source, environment, List.of(), root, false);
    }

    /** JSON whose strings are never numbers ({@link ConfigValue#quotedInJson()}): the admin API's. */
    static ConfigNode strictJson(String source, JsonNode root) {
        return new ConfigNode(source, new EnvironmentOverrides(Map.of()), List.of(), root, true);
    }

    /** The file (or text) the configuration came from, as errors name it. */
    String source() {
        return source;
    }

    String keyPath(String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        return String.join(".", full);
    }

    String variableFor(String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        return EnvironmentOverrides.variableFor(full);
    }

    ConfigException error(String key, String problem) {
        return new ConfigException("configuration error in " + source + ": " + keyPath(key) + " " + problem, keyPath(key),
                problem);
    }

    ConfigException error(String problem) {
        String where = path.isEmpty() ? "" : String.join(".", path) + " ";
        return new ConfigException("configuration error in " + source + ": " + where + problem);
    }

    /** Fails on the first key not in {@code valid}, listing the valid ones. */
    void rejectUnknownKeys(Collection<String> valid, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!valid.contains(name)) {
                throw error(name, "is not " + what + "; valid: " + String.join(", ", valid));
            }
        }
    }

    /** The scalar at {@code key}: its environment variable when set, else the file's non-empty value. */
    Optional<ConfigValue> scalar(String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        Optional<String> fromEnvironment = environment.valueFor(full);
        if (fromEnvironment.isPresent()) {
            return Optional.of(new ConfigValue(fromEnvironment.get(), EnvironmentOverrides.variableFor(full)));
        }
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw error(key, "must be a single value, not a list or map");
        }
        String text = value.asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(new ConfigValue(text, source, strictTypes && value.isTextual()));
    }

    /** Like {@link #scalar}, but missing or empty is an error that says where to set it. */
    ConfigValue requiredScalar(String key) {
        return scalar(key).orElseThrow(() -> error(key,
                "is required: set it in " + source + " or in " + variableFor(key)));
    }

    /** A list of scalars; absent gives empty. Lists are not overridden by the environment. */
    /** Whether {@code key} holds a list in the file (the environment gives single values only). */
    boolean isList(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isArray();
    }

    Optional<List<String>> list(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw error(key, "must be a list, e.g. [" + (value.isValueNode() ? value.asText() : "...") + "]");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw error(key, "must be a list of single values");
            }
            items.add(item.asText());
        }
        return Optional.of(items);
    }

    /** The entries of the map at {@code key}, in file order; absent gives none. */
    Map<String, ConfigNode> entries(String key) {
        JsonNode value = node.get(key);
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return entries;
        }
        if (!value.isObject()) {
            throw error(key, "must be a map of names to settings");
        }
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key);
        value.properties().forEach(field -> {
            if (field.getKey().isBlank()) {
                throw error(key, "has an entry without a name");
            }
            if (!field.getValue().isObject() && !field.getValue().isNull()) {
                throw error(key + "." + field.getKey(), "must be a map of settings");
            }
            List<String> entryPath = new ArrayList<>(childPath);
            entryPath.add(field.getKey());
            entries.put(field.getKey(), new ConfigNode(source, environment, entryPath, field.getValue(), strictTypes));
        });
        return entries;
    }

    /** The map at {@code key}; absent gives an empty map whose scalars the environment may still set. */
    ConfigNode child(String key) {
        JsonNode value = node.get(key);
        if (value != null && !value.isNull() && !value.isMissingNode() && !value.isObject()) {
            throw error(key, "must be a map");
        }
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key);
        return new ConfigNode(source, environment, childPath, value, strictTypes);
    }
}
