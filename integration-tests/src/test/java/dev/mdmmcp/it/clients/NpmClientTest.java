package dev.mdmmcp.it.clients;

import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.it.support.ServedCatalogsTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of an npm MCP client starts from: every catalog served with the
 * {@link KnownDevice} stubbed upstream, and an empty home folder for the npm tooling.
 */
abstract class NpmClientTest extends ServedCatalogsTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void stubKnownDevice() {
        KnownDevice.stub(served.upstream());
    }
}
