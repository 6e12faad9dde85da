package dev.folio;

import dev.folio.cli.FolioCommand;

/** folio's entry point. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Code highlighting uses a Swing library's lexers; headless, they never reach for a display
        // (nor put an icon in the macOS dock).
        System.setProperty("java.awt.headless", "true");
        System.exit(FolioCommand.run(args));
    }
}
