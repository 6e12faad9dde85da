package dev.folio.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The hook through which the command line opens the full-screen viewer. The viewer lives in
 * {@code dev.folio.tui} (Lanterna), which the command line does not import: it is found by name,
 * {@value #IMPLEMENTATION}, a public class with a public no-argument constructor implementing this
 * interface. Until it exists, folio prints instead.
 */
public interface ViewerLauncher {
    String IMPLEMENTATION = "dev.folio.tui.TuiLauncher";

    /**
     * Shows the document until the reader quits, restoring the terminal before returning or
     * throwing.
     *
     * @return the exit code (0 when the reader quit normally)
     */
    int view(ViewRequest request) throws Exception;

    /** The viewer, if this build has one. */
    static Optional<ViewerLauncher> find() {
        try {
            Class<?> type = Class.forName(IMPLEMENTATION);
            if (!ViewerLauncher.class.isAssignableFrom(type)) {
                return Optional.empty();
            }
            return Optional.of((ViewerLauncher) type.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot start the viewer " + IMPLEMENTATION, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot start the viewer: " + e.getCause(), e.getCause());
        }
    }
}
