package cn.fazhi.assess.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An input a batch could not score, and why: the reason and the values its text needs. */
public record FailedInput(String source, Reason reason, List<String> details) {
    public FailedInput {
        details = reason.checked(details);
    }

    public static FailedInput of(String source, Reason reason, String... details) {
        return new FailedInput(source, reason, Arrays.asList(details));
    }

    public static FailedInput of(String source, InputFailure failure) {
        return new FailedInput(source, failure.reason(), failure.details());
    }

    /** Why, in words a user can act on, without the file: lists show it in a column of its own. */
    public String text(Locale lang) {
        return Messages.text(reason, details, lang);
    }
}
