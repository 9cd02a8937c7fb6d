package cn.fazhi.assess.domain;

/** An input a batch could not score, and why, in words a user can act on. */
public record FailedInput(String source, String reason) {
}
