package dev.folio.markdown;

import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.emoji.internal.EmojiResolvedShortcut;
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
        return emoji.getChars().toString();
    }
}
