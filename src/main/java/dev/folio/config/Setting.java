package dev.folio.config;

/**
 * One value from the config file and the line it was set on, so that a value found wrong later
 * (a theme the CLI does not know) can still be reported at its line.
 */
public record Setting<T>(T value, int line) {}
