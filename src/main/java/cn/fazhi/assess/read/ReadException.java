package cn.fazhi.assess.read;

/** A file cannot be read as a report; the message names the file and what is wrong with it. */
public class ReadException extends RuntimeException {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
