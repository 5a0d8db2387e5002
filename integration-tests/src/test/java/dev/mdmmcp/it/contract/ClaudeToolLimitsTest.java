package dev.mdmmcp.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.ServedCatalogsTest;
import dev.mdmmcp.tool.ToolCatalog;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Claude needs of every tool every vendor serves, as a client lists them: a name of at most
 * 64 characters (Claude refuses longer ones) made of the characters it accepts, a title, and the
 * read-only and destructive hints set either way (Claude asks before destructive calls).
 */
class ClaudeToolLimitsTest extends ServedCatalogsTest {

    static final int MAX_TOOL_NAME = 64;

    @Test
    void everyListedToolHasAShortNameATitleAndTheReadOnlyAndDestructiveHints() {
        for (ToolCatalog catalog : served.catalogs()) {
            List<McpSchema.Tool> tools = served.client(catalog.vendor().id()).listTools().tools();

            assertThat(tools).as(catalog.vendor().id()).isNotEmpty().allSatisfy(tool -> {
                assertThat(tool.name()).as("tool name").hasSizeLessThanOrEqualTo(MAX_TOOL_NAME).matches("[a-zA-Z0-9_-]+");
                assertThat(tool.title()).as("title of %s", tool.name()).isNotBlank();
                assertThat(tool.annotations()).as("annotations of %s", tool.name()).isNotNull();
                assertThat(tool.annotations().readOnlyHint()).as("readOnlyHint of %s", tool.name()).isNotNull();
                assertThat(tool.annotations().destructiveHint()).as("destructiveHint of %s", tool.name()).isNotNull();
                assertThat(tool.annotations().readOnlyHint() && tool.annotations().destructiveHint())
                        .as("%s is not both read-only and destructive", tool.name()).isFalse();
            });
        }
    }
}
