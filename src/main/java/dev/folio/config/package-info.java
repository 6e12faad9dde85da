/**
 * The config file ({@code $XDG_CONFIG_HOME/folio/folio.toml}): where it is, and what it says,
 * validated with the line of every mistake. The only package that imports the TOML library.
 */
package dev.folio.config;
