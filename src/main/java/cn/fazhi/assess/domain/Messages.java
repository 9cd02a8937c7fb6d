package cn.fazhi.assess.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for failures, from {@code messages/failures_zh.properties} and {@code failures_en.properties}.
 * A language asked for is the one given: the bundle never falls back to the machine's language.
 */
public final class Messages {
    public static final Locale ZH = Locale.CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final String BUNDLE = "messages.failures";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Why, without the file: lists show the file in a column of their own. */
    public static String text(InputFailure f, Locale lang) {
        return text(f.reason(), f.details(), lang);
    }

    public static String text(Reason reason, List<String> details, Locale lang) {
        return format(reason.key(), lang, details.toArray());
    }

    /** Why, after the file and, when known, the line and column: {@code FILE:LINE:COL: text}. */
    public static String withFile(InputFailure f, Locale lang) {
        if (f.file() == null) {
            return text(f, lang);
        }
        String where = f.line() > 0 ? f.file() + ":" + f.line() + ":" + f.column() : f.file();
        return withFile(where, text(f, lang), lang);
    }

    /** A text after the file it is about. */
    public static String withFile(String file, String text, Locale lang) {
        return format("at", lang, file, text);
    }

    /** The text under {@code key}, with {@code args} in its placeholders. */
    public static String format(String key, Locale lang, Object... args) {
        return new MessageFormat(bundle(lang).getString(key), lang).format(args);
    }

    static ResourceBundle bundle(Locale lang) {
        return ResourceBundle.getBundle(BUNDLE, lang, NO_FALLBACK);
    }
}
