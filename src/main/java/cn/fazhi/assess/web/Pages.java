package cn.fazhi.assess.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the templates of src/main/jte, compiled to classes of this package at build time. jte escapes
 * every value for where it stands (text, attribute, URL), so nothing from a report or a user reaches a page
 * unescaped unless a template says $unsafe, and none does.
 */
final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());

    /** {@code view}: the page's model, the template's second parameter. */
    String render(String template, Frame frame, Object view) {
        StringOutput out = new StringOutput(8192);
        engine.render(template + ".jte", Map.of("frame", frame, "v", view), out);
        return out.toString();
    }

    /** For a value put in a link's query string. */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
