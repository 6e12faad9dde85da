package dev.folio.layout;

import static dev.folio.layout.Docs.*;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void show() {
        Document d = new Document(List.of(
                new Block.FrontMatter(List.of(new Block.Entry("title", "A title"), new Block.Entry("author", "Ann"), new Block.Entry("date", "2024-01-01"), new Block.Entry("tags", "x, y")), 1),
                heading(1, "AWS 加入云计算原生计算基金会，推动 Kubernetes 的发展势头", "aws"),
                para(t("亚马逊网络服务(AWS)已经加入了"), link("https://www.cncf.io/", t("云本地计算基金会")), t(" (CNCF)，此举表明企业云提供商正在非常认真地对待 CNCF 的旗舰业务流程引擎 "), link("/category/kubernetes/", t("Kubernetes")), t(" ，确实是其专有的基于容器的服务的潜在破坏者。"), new Inline.FootnoteRef("a", 1)),
                para(media(MediaKind.IMAGE, "img/01e434b022e63332107f12c77cdd3a37.png", "")),
                heading(2, "Second heading", "second"),
                heading(3, "Third heading that is long enough to wrap around", "third"),
                quote(para("quoted text that goes on and on for a while to wrap"), quote(para("deeper"))),
                new Block.Alert(Block.AlertKind.WARNING, List.of(para("Be careful.")), 1),
                bullets(item(para("one"), bullets(item(para("two")), item(para("three")))), item(para("four"))),
                numbered(8, item(para("eight")), item(para("nine")), item(para("ten"))),
                code("java", "public class X {\n\tint a = 1; // a rather long comment that goes beyond the width\n}"),
                table(align(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.RIGHT), new String[]{"Name", "中文", "Num"}, new String[]{"alpha", "甲乙丙", "1"}, new String[]{"beta gamma", "丁", "22"}),
                new Block.ThematicBreak(1),
                new Block.Footnotes(List.of(new Block.Footnote("a", 1, List.of(para("The note.")))), 1)), "T");
        for (int w : new int[]{40, 20}) {
            System.out.println(PageText.render(layout(d, w)));
            System.out.println(PageText.render(Layout.of(d, new LayoutOptions(w, LayoutOptions.LinkNotes.AFTER_BLOCK))));
        }
    }
}
