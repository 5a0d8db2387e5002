package dev.mdmmcp.it.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that run against every catalog served in-process ({@link ServedCatalogs}): one server
 * and one fake upstream for the whole test class. A subclass adds its own upstream stubs in a
 * {@code @BeforeAll} of another name, which JUnit runs after this one.
 */
public abstract class ServedCatalogsTest {

    protected static ServedCatalogs served;

    @BeforeAll
    static void serveEveryCatalog() {
        served = ServedCatalogs.start();
    }

    @AfterAll
    static void stopServing() {
        served.close();
    }
}
