package cn.fazhi.assess.scoring;

/** A report cannot be scored as given (its level is unknown, say), or the rules misbehaved on it. */
public class ScoringException extends RuntimeException {
    public ScoringException(String message) {
        super(message);
    }
}
