package cn.fazhi.assess.extract;

/** A facts file cannot be used; the message names the file and the key. */
public class FactsFileException extends RuntimeException {
    public FactsFileException(String message) {
        super(message);
    }
}
