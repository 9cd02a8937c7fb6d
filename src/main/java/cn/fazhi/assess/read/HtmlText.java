package cn.fazhi.assess.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.regex.Pattern;

/**
 * The article text of a page saved from a government site: scripts, navigation, headers, footers
 * and share bars are dropped; block elements become lines.
 */
final class HtmlText {
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|header|footer|breadcrumb|crumb|share|sidebar|toolbar|topbar|bottom|copyright|links?)([-_ ]|$)");

    private HtmlText() {
    }

    static String text(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, iframe, nav, header, footer, aside, form, select, button").remove();
        for (Element e : doc.body().select("[id], [class]")) {
            if (e.parent() != null && (CHROME.matcher(e.id()).find() || CHROME.matcher(e.className()).find())) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        String title = doc.title().strip();
        if (!title.isEmpty() && !doc.body().text().contains(title)) {
            out.append(title).append('\n');
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("[\\r\\n]+", " "));
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.isBlock() || e.nameIs("td") || e.nameIs("th"))) {
                    out.append(e.nameIs("td") || e.nameIs("th") ? " | " : "\n");
                }
            }
        }, doc.body());
        return out.toString().replaceAll("(?m)^[ \\t]+|[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase();
        head = head.substring(0, Math.min(2000, head.length()));
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.startsWith("<") && (head.contains("<p") || head.contains("<div"));
    }
}
