package dev.folio.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Prints why a test was skipped or disabled, on the build's output, where a reader sees it
 * (surefire's summary only counts skips). An assumption that fails in {@code @BeforeAll} skips
 * the whole class without reaching the watcher's per-test calls, so it is reported here too.
 * Registered for every test through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class SkipReasons implements TestWatcher, LifecycleMethodExecutionExceptionHandler {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        System.out.println("[skipped] " + name(context) + ": " + cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        System.out.println("[disabled] " + name(context) + ": " + reason.orElse("no reason given"));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        if (cause instanceof TestAbortedException) {
            System.out.println("[skipped] " + context.getRequiredTestClass().getSimpleName() + " (all tests): " + cause.getMessage());
        }
        throw cause;
    }

    private static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    }
}
