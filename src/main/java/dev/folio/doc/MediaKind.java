package dev.folio.doc;

/** What kind of thing a media item is, which decides its icon and the program that opens it. */
public enum MediaKind {
    IMAGE, AUDIO, VIDEO, SVG, FRAME;

    /** Guesses the kind of a link target from its file extension, or null for a non-media target. */
    public static MediaKind ofTarget(String target) {
        String t = target.toLowerCase(java.util.Locale.ROOT);
        int cut = indexOfAny(t, '?', '#');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        int dot = t.lastIndexOf('.');
        if (dot < 0 || dot < t.lastIndexOf('/')) {
            return null;
        }
        switch (t.substring(dot + 1)) {
            case "png": case "jpg": case "jpeg": case "gif": case "webp": case "bmp": case "avif": case "ico": case "tif": case "tiff":
                return IMAGE;
            case "svg":
                return SVG;
            case "mp3": case "ogg": case "oga": case "wav": case "flac": case "m4a": case "aac": case "opus":
                return AUDIO;
            case "mp4": case "webm": case "mkv": case "mov": case "avi": case "m4v": case "ogv":
                return VIDEO;
            default:
                return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
