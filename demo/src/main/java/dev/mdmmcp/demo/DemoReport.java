package dev.mdmmcp.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.simulator.VendorSimulator;
import java.io.PrintStream;
import java.util.List;

/**
 * What {@code demo} prints once everything runs: the simulated APIs, the MCP server URLs, a
 * Claude Desktop configuration to paste and questions to ask.
 */
public final class DemoReport {

    /** Questions the demo's tenants are seeded to answer well. */
    public static final List<String> QUESTIONS = List.of(
            "Which Macs run Docker Desktop older than 4.28.0? Give me a table with owner and serial number.",
            "Which servers are offline right now, and did anyone reboot them just before?",
            "Has DB-PROD-01 received its security patches in the last 14 days? If not, what is it running?");


    private final Demo demo;
    private final int devices;

    public DemoReport(Demo demo, int devices) {
        this.demo = demo;
        this.devices = devices;
    }

    public void print(PrintStream out) {
        out.println();
        out.println("mdm-mcp demo: simulated Kandji and NinjaOne tenants (" + devices
                + " devices each) behind one MCP server.");
        out.println();
        for (VendorSimulator simulator : demo.simulators()) {
            out.printf("  simulated %-9s API  %s%n", simulator.vendor(), simulator.baseUrl());
        }
        out.println();
        out.println("MCP servers (listening on 127.0.0.1 only; the URL is the credential):");
        for (DemoServer server : demo.servers()) {
            if (!server.signIn()) {
                out.printf("  %-22s %-12s %s%n", server.name(), String.join(", ", server.methods()), server.url());
            }
        }
        out.println();
        out.println("Sign-in (OAuth, the way a Claude connector connects): people sign in before a client may use it.");
        for (DemoServer server : demo.servers()) {
            if (server.signIn()) {
                out.printf("  %-22s %-12s %s%n", server.name(), String.join(", ", server.methods()), server.url());
            }
        }
        out.println("  Simulated identity provider: " + demo.identityProvider());
        out.println("  Sign in there with the user name \"" + DemoIdentityProvider.USER + "\" (" + DemoIdentityProvider.EMAIL
                + ", the one person allowed); any other name is refused, with the reason.");
        out.println("  Connect a client that speaks MCP OAuth to the URL above, e.g. Claude Code:");
        for (DemoServer server : demo.servers()) {
            if (server.signIn()) {
                out.println("    claude mcp add --transport http " + server.name() + " " + server.url()
                        + "   (then /mcp, Authenticate)");
            }
        }
        out.println("  or npx @modelcontextprotocol/inspector (Streamable HTTP, the URL, Connect). Your browser opens the");
        out.println("  sign-in and consent pages. Your connections: http://127.0.0.1:" + demo.port() + "/signin/connections");
        out.println();
        out.println("Claude Desktop: paste into claude_desktop_config.json (Settings > Developer > Edit Config),");
        out.println("then restart Claude Desktop. Needs Node.js for npx.");
        out.println(claudeDesktopConfig());
        out.println("(Use a full-access URL instead to let Claude rename, lock or reboot devices.)");
        out.println();
        out.println("Ask Claude:");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            out.println("  " + (i + 1) + ". " + QUESTIONS.get(i));
        }
        out.println();
        out.println("Wrote " + demo.demoFile() + ". Ctrl-C stops everything.");
        out.flush();
    }

    /** {"mcpServers": {...}} with the read-only servers, each through {@code npx -y mcp-remote <url>}. */
    String claudeDesktopConfig() {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        ObjectNode servers = config.putObject("mcpServers");
        for (DemoServer server : demo.servers()) {
            if (!server.signIn() && server.methods().equals(List.of("read"))) {
                ObjectNode entry = servers.putObject(server.name());
                entry.put("command", "npx");
                entry.putArray("args").add("-y").add("mcp-remote").add(server.url());
            }
        }
        try {
            return DemoJson.WRITER.writeValueAsString(config);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the Claude Desktop configuration could not be written", e);
        }
    }
}
