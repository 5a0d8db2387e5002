package dev.mdmmcp.server.store;

import java.util.Optional;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/** Remembers which script failed during a migration, so the error can name it. */
final class FailedScript implements Callback {

    private volatile String name;

    /** The failed script's name ({@code V8__name.sql}), if one failed. */
    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getMigrationInfo() != null) {
            name = context.getMigrationInfo().getScript();
        }
    }

    @Override
    public String getCallbackName() {
        return "mdm-mcp failed script";
    }
}
