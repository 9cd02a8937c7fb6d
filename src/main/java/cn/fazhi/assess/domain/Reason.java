package cn.fazhi.assess.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an input could not be scored. Each reason has a text in {@code messages/failures_zh.properties} and
 * {@code failures_en.properties} under {@link #key()}, and says how many values (details) that text needs.
 */
public enum Reason {
    // the file
    NO_SUCH_FILE(0),
    NO_SUCH_FILE_OR_FOLDER(0),
    NO_PERMISSION(0),
    FOLDER(0),
    EMPTY_FILE(0),
    /** size in MB, the limit in MB */
    TOO_LARGE(2),
    /** what the system said */
    CANNOT_READ(1),
    /** what the system said */
    CANNOT_LIST_FOLDER(1),
    // a report's format
    UNSUPPORTED_TYPE(0),
    OLD_OFFICE_BINARY(0),
    ZIP_NOT_DOCX(0),
    /** the parser's error */
    UNREADABLE(1),
    NO_TEXT(0),
    SCANNED_PDF(0),
    // a report's content
    NOT_A_RULE_OF_LAW_REPORT(0),
    /** the levels known */
    LEVEL_UNKNOWN(1),
    /** the level given, the levels known */
    LEVEL_UNRECOGNISED(2),
    /** the profile given, the profiles known */
    PROFILE_UNRECOGNISED(2),
    /** the criterion, what is wrong with the evaluator's score or the unit's self-assessment */
    SCORE_INVALID(2),
    /** the key (scores.F5.points, self_assessment.total …), what is wrong with it */
    ENTRY_INVALID(2),
    // a facts file
    /** YAML or JSON, the parser's error */
    FACTS_MALFORMED(2),
    NO_FACTS(0),
    TOP_LEVEL_NOT_A_MAPPING(0),
    META_NOT_A_MAPPING(0),
    /** the value given */
    META_YEAR_INVALID(1),
    FACTS_NOT_A_MAPPING(0),
    /** the fact's key, what is wrong with its value */
    FACT_INVALID(2),
    // the batch
    /** what the system said */
    CANNOT_WRITE(1),
    /** the exception's class, its message */
    UNEXPECTED(2),
    /** the text the workbench stored when the upload failed */
    RECORDED(1),
    // last year's result, for the follow-up
    /** what is wrong */
    PREVIOUS_UNREADABLE(1),
    /** sheet, row, column, what is wrong */
    LEDGER_CELL_INVALID(4),
    /** last year's unit, this year's unit */
    PREVIOUS_OTHER_UNIT(2),
    /** last year's year, this year's year */
    PREVIOUS_NOT_EARLIER(2);

    private final int details;

    Reason(int details) {
        this.details = details;
    }

    /** The stable name in summary.json's {@code reason_code}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its text in the message bundle. */
    public String key() {
        return "failure." + code();
    }

    /** How many values its text needs. */
    public int details() {
        return details;
    }

    /** The details as an unmodifiable list, once they are known to be as many as the text needs. */
    List<String> checked(List<String> values) {
        List<String> copy = values.stream().map(v -> Objects.toString(v, "")).toList();
        if (copy.size() != details) {
            throw new IllegalArgumentException(this + " takes " + details + " detail(s), not " + copy.size() + ": " + copy);
        }
        return copy;
    }
}
