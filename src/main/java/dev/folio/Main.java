package dev.folio;

import dev.folio.cli.FolioCommand;

/** folio's entry point. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(FolioCommand.run(args));
    }
}
