package dev.folio.open;

import java.util.Locale;

/** What a {@code mailto:} link asks the mail program to do beyond writing a message. */
final class MailLinks {
    private MailLinks() {}

    /**
     * The value of the first {@code attach} or {@code attachment} header of a mailto link (Thunderbird
     * and Evolution attach the named file, {@code /etc/passwd} or {@code ~/.ssh/id_rsa} included), or
     * null when it has none. Header names are compared decoded and without case.
     */
    static String attachment(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String field : uri.substring(q + 1).split("&")) {
            int eq = field.indexOf('=');
            String name = Href.decode(eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (name.equals("attach") || name.equals("attachment")) {
                return eq < 0 ? "" : Href.decode(field.substring(eq + 1));
            }
        }
        return null;
    }
}
