package cn.fazhi.assess.web;

import cn.fazhi.assess.export.HtmlScorecardWriter;

/** The page frame every workbench page shares, and escaping for everything that came from a user or report. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return HtmlScorecardWriter.esc(s);
    }

    /** Put in every form that posts; {@link #page} fills in the session's token (escaped text never contains it). */
    static final String CSRF_FIELD = "<input type=\"hidden\" name=\"" + RequestGuard.FIELD + "\">";

    /** {@code csrf}: the session's token, for the forms and for the script's requests. */
    static String page(String title, String body, String message, String error, String csrf) {
        StringBuilder h = new StringBuilder(body.length() + 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"csrf-token\" content=\"").append(esc(csrf)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
                .append(" - 法治政府建设考评工作台</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
                .append("<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n")
                .append("<header><a href=\"/\" class=\"brand\">法治政府建设考评工作台</a></header>\n<main>\n");
        if (message != null && !message.isBlank()) {
            h.append("<p class=\"flash ok\" id=\"message\">").append(esc(message)).append("</p>\n");
        }
        if (error != null && !error.isBlank()) {
            h.append("<p class=\"flash error\" id=\"error\">").append(esc(error)).append("</p>\n");
        }
        String filled = body.replace(CSRF_FIELD, "<input type=\"hidden\" name=\"" + RequestGuard.FIELD + "\" value=\""
                + esc(csrf) + "\">");
        return h.append(filled).append("</main>\n</body>\n</html>\n").toString();
    }
}
