package dev.folio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The redirect rules, which the loopback server cannot show over https. */
class RedirectPolicyTest {
    private static URI next(String from, String location) throws WebException {
        Set<URI> seen = new HashSet<>(Set.of(URI.create(from)));
        return RedirectPolicy.next(URI.create(from), location, seen, from);
    }

    @Test
    void httpsToHttpIsRefused() {
        WebException e = assertThrows(WebException.class, () -> next("https://example.org/a", "http://example.org/a"));
        assertEquals("refused a redirect from https to http", e.why());
        assertEquals(WebException.Kind.REFUSED, e.kind());
    }

    @Test
    void httpToHttpsIsFollowed() throws Exception {
        assertEquals(URI.create("https://example.org/a"), next("http://example.org/a", "https://example.org/a"));
    }

    @Test
    void relativeLocationsResolveAgainstTheAnswering() throws Exception {
        assertEquals(URI.create("https://example.org/blog/b.md"), next("https://example.org/blog/a.md", "b.md"));
        assertEquals(URI.create("https://example.org/b"), next("https://example.org/blog/a.md", "/b"));
        assertEquals(URI.create("https://cdn.example.org/x"), next("https://example.org/a", "//cdn.example.org/x"));
    }

    @Test
    void theLocationsFragmentIsNotRequested() throws Exception {
        assertEquals(URI.create("https://example.org/b"), next("https://example.org/a", "/b#top"));
    }

    @Test
    void unencodedSpacesAreEncoded() throws Exception {
        assertEquals(URI.create("https://example.org/my%20post"), next("https://example.org/a", "/my post"));
    }

    @Test
    void otherSchemesAndMissingLocationsAreRefused() {
        assertThrows(WebException.class, () -> next("https://example.org/a", "ftp://example.org/a"));
        assertThrows(WebException.class, () -> next("https://example.org/a", "data:text/html,x"));
        assertThrows(WebException.class, () -> next("https://example.org/a", null));
        assertThrows(WebException.class, () -> next("https://example.org/a", "https:///nohost"));
    }
}
