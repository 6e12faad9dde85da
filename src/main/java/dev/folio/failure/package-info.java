/**
 * How folio fails when it has a bug: terminal restored by whoever owns it, one line on stderr,
 * the details in a log under {@code $XDG_STATE_HOME/folio/}, exit status {@link dev.folio.failure.CrashLog#EXIT_CODE}.
 */
package dev.folio.failure;
