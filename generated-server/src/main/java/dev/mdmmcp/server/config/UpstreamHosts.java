package dev.mdmmcp.server.config;

import dev.mdmmcp.vendor.VendorProfile;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a managed account's credentials may go: its base URL must be https and name one of the
 * vendor's hosts ({@code hosts} in {@code specs/<vendor>/vendor.yaml}), unless the operator's
 * {@code allowed_upstream_hosts} allows the host (then http too). That list is the configuration's
 * alone, never the admin API's; its entries are {@code loopback} (127.0.0.0/8, ::1, localhost),
 * {@code private} (10/8, 172.16/12, 192.168/16, fc00::/7), an IP address, a host name, or
 * {@code *.} and a domain for any one label in front. Hosts are compared after parsing: an
 * address written in any form but {@code a.b.c.d} or {@code [v6]} (2130706433, 0x7f000001,
 * 0177.0.0.1) is refused outright, and link-local addresses such as 169.254.169.254 pass only
 * when listed themselves.
 */
public final class UpstreamHosts {

    public static final UpstreamHosts NONE = new UpstreamHosts(List.of());

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Every label a number (decimal, octal or hex): an address in a form URL parsers disagree on. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("((0x[0-9a-f]*|[0-9]+)\\.?)+");
    private static final Pattern HOST_NAME =
            Pattern.compile("([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)*[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    private final List<String> entries;

    private UpstreamHosts(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is none of the accepted forms
     */
    public static UpstreamHosts of(List<String> entries) {
        List<String> normalized = new ArrayList<>();
        for (String entry : entries) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            String name = value.startsWith("*.") ? value.substring(2) : value;
            boolean valid = value.equals("loopback") || value.equals("private") || DOTTED_QUAD.matcher(value).matches()
                    || value.startsWith("[") && value.endsWith("]") && ipv6(value).isPresent()
                    || !NUMERIC_HOST.matcher(name).matches() && HOST_NAME.matcher(name).matches();
            if (!valid) {
                throw new IllegalArgumentException("'" + entry + "' is not loopback, private, an IP address (a.b.c.d or"
                        + " [v6]), a host name or *.domain");
            }
            normalized.add(value);
        }
        return new UpstreamHosts(normalized);
    }

    public List<String> entries() {
        return entries;
    }

    /**
     * Why {@code baseUrl} may not receive the credentials of an account of {@code vendor}, or
     * empty when it may.
     */
    public Optional<String> refusal(URI baseUrl, VendorProfile vendor) {
        String given = baseUrl.getHost() == null ? "" : baseUrl.getHost().toLowerCase(Locale.ROOT);
        String host = given.endsWith(".") ? given.replaceAll("\\.+$", "") : given;
        Optional<InetAddress> address;
        if (host.startsWith("[")) {
            address = ipv6(host);
            if (address.isEmpty()) {
                return Optional.of("base_url's host " + host + " is not an IPv6 address");
            }
        } else if (NUMERIC_HOST.matcher(host).matches()) {
            if (!DOTTED_QUAD.matcher(host).matches()) {
                return Optional.of("base_url's host '" + host + "' is an address written in another form than a.b.c.d:"
                        + " not accepted");
            }
            address = ipv4(host);
        } else {
            address = Optional.empty();
        }
        if (allowedByOperator(host, address)) {
            return Optional.empty();
        }
        String vendorHosts = vendor.hostPatterns().isEmpty() ? "" : String.join(", ", vendor.hostPatterns());
        String allowMore = " (the server's operator can allow more with allowed_upstream_hosts)";
        if (address.isPresent() || vendor.hostPatterns().stream().noneMatch(pattern -> matches(pattern, host))) {
            return Optional.of(vendor.hostPatterns().isEmpty()
                    ? "base_url's host '" + host + "' is not allowed: " + vendor.id() + " declares no hosts of its own, so"
                            + " only the operator's allowed_upstream_hosts are"
                    : "base_url must name a host of " + vendor.id() + " (" + vendorHosts + "), not '" + host + "'" + allowMore);
        }
        if (!"https".equalsIgnoreCase(baseUrl.getScheme())) {
            return Optional.of("base_url must use https for " + host + allowMore);
        }
        if (baseUrl.getPort() != -1 && baseUrl.getPort() != 443) {
            return Optional.of("base_url must use the https port 443 for " + host + allowMore);
        }
        return Optional.empty();
    }

    private boolean allowedByOperator(String host, Optional<InetAddress> address) {
        for (String entry : entries) {
            boolean allowed = switch (entry) {
                case "loopback" -> address.map(InetAddress::isLoopbackAddress).orElse(host.equals("localhost"));
                case "private" -> address.map(UpstreamHosts::isPrivate).orElse(false);
                default -> {
                    if (DOTTED_QUAD.matcher(entry).matches() || entry.startsWith("[")) {
                        Optional<InetAddress> listed = entry.startsWith("[") ? ipv6(entry) : ipv4(entry);
                        yield address.isPresent() && listed.equals(address);
                    }
                    yield address.isEmpty() && matches(entry, host);
                }
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            String domain = pattern.substring(1);
            return host.endsWith(domain) && host.length() > domain.length()
                    && host.substring(0, host.length() - domain.length()).indexOf('.') < 0;
        }
        return host.equals(pattern);
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address.isSiteLocalAddress() || bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    private static Optional<InetAddress> ipv4(String dotted) {
        String[] parts = dotted.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** {@code [v6]}: a literal, parsed without any lookup (it holds a colon). */
    private static Optional<InetAddress> ipv6(String bracketed) {
        String inner = bracketed.substring(1, bracketed.length() - 1);
        if (!inner.contains(":") || !inner.matches("[0-9a-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(inner));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
