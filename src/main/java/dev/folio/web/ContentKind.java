package dev.folio.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a fetched body is: Markdown (rendered as any document), HTML (shown as a reader view), or
 * not a document. The {@code Content-Type} decides; a missing or generic one
 * ({@code application/octet-stream}) falls back to the address's extension, then to the body's
 * first bytes.
 */
public enum ContentKind {
    MARKDOWN, HTML;

    static ContentKind of(String contentType, URI url, byte[] body, String name) throws WebException {
        String mime = mime(contentType);
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        switch (mime) {
            case "text/markdown", "text/x-markdown", "text/x-gfm" -> {
                return MARKDOWN;
            }
            case "text/html", "application/xhtml+xml" -> {
                return HTML;
            }
            case "", "application/octet-stream", "binary/octet-stream" -> {
                return byExtensionOrSniff(path, body);
            }
            default -> {
                if (mime.startsWith("text/")) {
                    // text/plain and friends: folio reads any text as Markdown, as it does files.
                    return path.endsWith(".html") || path.endsWith(".htm") ? sniff(body, MARKDOWN) : MARKDOWN;
                }
                throw new WebException(name, WebException.Kind.REFUSED, "not a document (" + mime + ")");
            }
        }
    }

    /** {@code text/html; charset=utf-8} → {@code text/html}. */
    static String mime(String contentType) {
        String t = contentType == null ? "" : contentType;
        int semi = t.indexOf(';');
        return (semi < 0 ? t : t.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static ContentKind byExtensionOrSniff(String path, byte[] body) {
        if (path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".txt")) {
            return MARKDOWN;
        }
        if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xhtml")) {
            return HTML;
        }
        return sniff(body, MARKDOWN);
    }

    /** HTML when the body starts (after white space and a BOM) like an HTML page. */
    private static ContentKind sniff(byte[] body, ContentKind otherwise) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<!--"}) {
            if (start.startsWith(tag)) {
                return HTML;
            }
        }
        return otherwise;
    }
}
