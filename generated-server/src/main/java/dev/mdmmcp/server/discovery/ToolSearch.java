package dev.mdmmcp.server.discovery;

import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.tool.ToolDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks a server's tools for a free-text query with BM25 (Robertson and Zaragoza's Okapi BM25,
 * k1 = 1.2, b = 0.75) over one weighted bag of words per tool: its name (counted three times),
 * title and tags (twice), argument names and description (once). Words are lower-cased, split at
 * anything not a letter or digit (so {@code list_fleet_apps} is three words), stop words dropped
 * and plurals reduced to singular, so "patches" finds "patch". Built once per tool set.
 */
final class ToolSearch {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "do", "for",
            "from", "has", "have", "how", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "show", "that",
            "the", "their", "them", "this", "to", "use", "what", "when", "which", "who", "with", "all", "any", "get",
            "give", "find", "list");

    /** One ranked tool. */
    record Hit(ToolEntry tool, double score) {
    }

    private record Document(ToolEntry tool, Map<String, Double> termWeights, double length) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    ToolSearch(List<ToolEntry> tools) {
        double total = 0;
        for (ToolEntry tool : tools) {
            Document document = document(tool);
            documents.add(document);
            document.termWeights().keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            total += document.length();
        }
        this.averageLength = documents.isEmpty() ? 1 : total / documents.size();
    }

    /**
     * The best {@code limit} tools for {@code query} among those carrying one of {@code tags}
     * (empty: any), best first; tools sharing no word with the query are left out.
     */
    List<Hit> search(String query, Set<String> tags, int limit) {
        Set<String> terms = new LinkedHashSet<>(words(query));
        List<Hit> hits = new ArrayList<>();
        for (Document document : documents) {
            if (!tags.isEmpty() && document.tool().descriptor().tags().stream().noneMatch(tags::contains)) {
                continue;
            }
            double score = score(document, terms);
            if (score > 0) {
                hits.add(new Hit(document.tool(), score));
            }
        }
        // A stable sort keeps catalog order among equal scores.
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    private double score(Document document, Set<String> terms) {
        double score = 0;
        for (String term : terms) {
            Double frequency = document.termWeights().get(term);
            if (frequency == null) {
                continue;
            }
            int containing = documentFrequency.get(term);
            double idf = Math.log(1 + (documents.size() - containing + 0.5) / (containing + 0.5));
            double norm = K1 * (1 - B + B * document.length() / averageLength);
            score += idf * frequency * (K1 + 1) / (frequency + norm);
        }
        return score;
    }

    private static Document document(ToolEntry tool) {
        ToolDescriptor descriptor = tool.descriptor();
        Map<String, Double> weights = new HashMap<>();
        double[] length = {0};
        add(weights, length, words(descriptor.name()), 3);
        add(weights, length, words(descriptor.title()), 2);
        add(weights, length, words(String.join(" ", descriptor.tags())), 2);
        List<String> arguments = new ArrayList<>();
        tool.inputSchema().path("properties").fieldNames().forEachRemaining(arguments::add);
        add(weights, length, words(String.join(" ", arguments)), 1);
        add(weights, length, words(descriptor.description()), 1);
        return new Document(tool, weights, length[0]);
    }

    private static void add(Map<String, Double> weights, double[] length, List<String> words, double weight) {
        for (String word : words) {
            weights.merge(word, weight, Double::sum);
            length[0] += weight;
        }
    }

    /** The words of a text as the index counts them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty() && !STOP_WORDS.contains(raw)) {
                words.add(singular(raw));
            }
        }
        return words;
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
