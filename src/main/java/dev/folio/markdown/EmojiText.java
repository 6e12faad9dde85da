package dev.folio.markdown;

import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import com.vladsch.flexmark.ext.emoji.internal.EmojiResolvedShortcut;
import com.vladsch.flexmark.ext.emoji.internal.EmojiShortcuts;
import com.vladsch.flexmark.util.data.DataHolder;

/** Turns an emoji shortcode node ({@code :smile:}) into its Unicode characters, as configured. */
final class EmojiText {
    private final EmojiShortcutType shortcuts;
    private final EmojiImageType images;

    EmojiText(DataHolder options) {
        this.shortcuts = EmojiExtension.USE_SHORTCUT_TYPE.get(options);
        this.images = EmojiExtension.USE_IMAGE_TYPE.get(options);
    }

    /** The emoji's characters, or the shortcode as written when there is no Unicode form. */
    String of(Emoji emoji) {
        EmojiResolvedShortcut resolved = EmojiResolvedShortcut.getEmojiText(emoji, shortcuts, images, "");
        if (resolved.isUnicode && resolved.emojiText != null && !resolved.emojiText.isEmpty()) {
            return resolved.emojiText;
        }
        // remark escapes underscores (:film\_projector:): flexmark takes the backslash as part of the name.
        String written = emoji.getChars().toString();
        return written.indexOf('\\') < 0 ? written : shortcodes(written);
    }

    /** Longest shortcode name looked at: a colon further away never closes one. */
    static final int LONGEST_NAME = 48;

    /**
     * Text with shortcodes flexmark's parser did not see turned into emoji: those in raw HTML
     * ({@code <summary>:eyes: look</summary>}) and those remark escaped ({@code :film\_projector:},
     * whose backslash is gone by now). Linear: each colon looks at most {@link #LONGEST_NAME} ahead.
     */
    static String shortcodes(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = colon;
        while (i >= 0 && i < text.length()) {
            int end = i + 1;
            while (end < text.length() && end - i <= LONGEST_NAME && isNameChar(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && end > i + 1 && text.charAt(end) == ':') {
                String name = text.substring(i + 1, end).replace("\\", "");
                EmojiReference.Emoji emoji = EmojiShortcuts.getEmojiFromShortcut(name);
                String chars = emoji == null ? null : EmojiShortcuts.getUnicodeChars(emoji);
                if (chars != null && !chars.isEmpty()) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, i).append(chars);
                    copied = end + 1;
                    i = text.indexOf(':', end + 1);
                    continue;
                }
                i = end; // this colon may open the next one
                continue;
            }
            i = text.indexOf(':', i + 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-' || c == '\\';
    }
}
