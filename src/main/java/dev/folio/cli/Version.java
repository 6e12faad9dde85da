package dev.folio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * folio's version, from build metadata: {@code /dev/folio/version.properties}, which Maven
 * filters at build time, else the jar manifest's {@code Implementation-Version}.
 */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"folio " + current()};
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/folio/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "unknown";
    }
}
