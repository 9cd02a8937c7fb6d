package cn.fazhi.assess.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An input that cannot be read or scored: a file that is empty or of the wrong kind, a facts file with a bad
 * value, a unit whose level is not known. It carries its {@link Reason} and the values its text needs, so
 * each caller words it in the user's language ({@link Messages}); {@link #getMessage()} is the English text
 * with the file, for logs.
 */
public final class InputFailure extends RuntimeException {
    private final Reason reason;
    private final String file;
    private final int line;
    private final int column;
    private final List<String> details;

    public InputFailure(Reason reason, String file, String... details) {
        this(reason, file, 0, 0, null, details);
    }

    public InputFailure(Reason reason, String file, Throwable cause, String... details) {
        this(reason, file, 0, 0, cause, details);
    }

    private InputFailure(Reason reason, String file, int line, int column, Throwable cause, String... details) {
        super(null, cause);
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
        this.file = file;
        this.line = line;
        this.column = column;
        this.details = reason.checked(Arrays.asList(details));
    }

    /** A failure at a place in the file: lines and columns count from 1. */
    public static InputFailure at(Reason reason, String file, int line, int column, String... details) {
        return new InputFailure(reason, file, line, column, null, details);
    }

    public Reason reason() {
        return reason;
    }

    /** The file as the user named it; null when there is none (facts kept in the workbench's database). */
    public String file() {
        return file;
    }

    /** The line, from 1; 0 when not known. */
    public int line() {
        return line;
    }

    /** The column, from 1; 0 when not known. */
    public int column() {
        return column;
    }

    /** The values the reason's text needs, in its order: a size, a key, a bad value, the levels allowed. */
    public List<String> details() {
        return details;
    }

    @Override
    public String getMessage() {
        return Messages.withFile(this, Messages.EN);
    }
}
