package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The report text with every quote a finding used cut into pieces the page wraps in {@code <mark data-q="…">}, so the page can
 * light up a finding's quotes. Quotes may overlap: the text is cut at every quote boundary and each piece
 * lists all quotes covering it.
 */
final class QuoteMarks {
    private record Span(int start, int end, String id) {
    }

    private final String text;
    private final Map<String, String> idByQuote;
    private final List<Span> spans;

    private QuoteMarks(String text, Map<String, String> idByQuote, List<Span> spans) {
        this.text = text;
        this.idByQuote = idByQuote;
        this.spans = spans;
    }

    static QuoteMarks of(String text, List<Finding> findings) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                String q = e.quote();
                if (q.isBlank() || ids.containsKey(q)) {
                    continue;
                }
                int at = text.indexOf(q);
                if (at >= 0) {
                    String id = "q" + ids.size();
                    ids.put(q, id);
                    spans.add(new Span(at, at + q.length(), id));
                }
            }
        }
        return new QuoteMarks(text, ids, spans);
    }

    /** The ids of the finding's quotes found in the text, space-separated. */
    String idsOf(Finding f) {
        StringJoiner j = new StringJoiner(" ");
        f.evidence().stream().map(Evidence::quote).distinct().map(idByQuote::get).filter(id -> id != null).forEach(j::add);
        return j.toString();
    }

    /** A stretch of the text and the quotes covering it (blank when none). */
    record Piece(String text, String ids) {
        boolean marked() {
            return !ids.isEmpty();
        }
    }

    /** The text cut at every quote boundary, for the page to mark. */
    List<Piece> pieces() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Piece> pieces = new ArrayList<>(spans.size() * 2 + 1);
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            StringJoiner covering = new StringJoiner(" ");
            for (Span s : spans) {
                if (s.start() <= from && to <= s.end()) {
                    covering.add(s.id());
                }
            }
            pieces.add(new Piece(text.substring(from, to), covering.toString()));
        }
        return pieces;
    }
}
