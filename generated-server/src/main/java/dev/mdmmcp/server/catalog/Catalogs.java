package dev.mdmmcp.server.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.tool.PagedArguments;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every vendor catalog on the classpath, found with {@link ServiceLoader} so that a new vendor
 * folder needs no runtime change. Catalogs are checked once here; a broken one stops startup
 * with a message naming the vendor and tool instead of failing a call later.
 */
public final class Catalogs {

    private final Map<String, VendorCatalog> vendors;

    private Catalogs(Map<String, VendorCatalog> vendors) {
        this.vendors = vendors;
    }

    /** The catalogs registered in {@code META-INF/services/dev.mdmmcp.tool.ToolCatalog}. */
    public static Catalogs load() {
        List<ToolCatalog> found = new ArrayList<>();
        ServiceLoader.load(ToolCatalog.class).forEach(found::add);
        return of(found);
    }

    /**
     * @throws CatalogException when two catalogs claim one vendor, or a tool breaks a rule
     */
    public static Catalogs of(List<? extends ToolCatalog> catalogs) {
        InputSchemaLoader schemas = new InputSchemaLoader(new ObjectMapper());
        Map<String, VendorCatalog> vendors = new LinkedHashMap<>();
        catalogs.stream()
                .sorted((a, b) -> a.vendor().id().compareTo(b.vendor().id()))
                .forEach(catalog -> {
                    String id = catalog.vendor().id();
                    if (vendors.containsKey(id)) {
                        throw new CatalogException("two catalogs claim vendor '" + id + "': "
                                + catalog.getClass().getName() + " and another on the classpath");
                    }
                    vendors.put(id, check(catalog, schemas));
                });
        return new Catalogs(Collections.unmodifiableMap(vendors));
    }

    public List<VendorCatalog> all() {
        return List.copyOf(vendors.values());
    }

    public Optional<VendorCatalog> vendor(String id) {
        return Optional.ofNullable(vendors.get(id));
    }

    /** The vendor ids, sorted, for error messages. */
    public List<String> vendorIds() {
        return List.copyOf(vendors.keySet());
    }

    private static VendorCatalog check(ToolCatalog catalog, InputSchemaLoader schemas) {
        String vendorId = catalog.vendor().id();
        Set<String> names = new HashSet<>();
        List<ToolEntry> entries = new ArrayList<>();
        for (VendorTool<?> tool : catalog.tools()) {
            ToolDescriptor descriptor = tool.descriptor();
            String where = "tool " + vendorId + "/" + descriptor.name();
            if (!descriptor.vendor().equals(vendorId)) {
                throw new CatalogException(where + ": its descriptor names vendor '" + descriptor.vendor() + "'");
            }
            if (!names.add(descriptor.name())) {
                throw new CatalogException(where + ": the name is used twice in the catalog");
            }
            if (tool.http().paginationBinding().isPresent()
                    && !PagedArguments.class.isAssignableFrom(tool.argumentsType())) {
                throw new CatalogException(where + ": a paged list whose arguments ("
                        + tool.argumentsType().getName() + ") do not implement PagedArguments");
            }
            entries.add(new ToolEntry(catalog.vendor(), tool, schemas.load(tool)));
        }
        return new VendorCatalog(catalog.vendor(), entries);
    }
}
