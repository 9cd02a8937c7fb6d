package cn.fazhi.assess.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the access token: after 3 wrong tokens from one address, each further try waits twice as
 * long as the one before (2 s, 4 s, … up to 5 minutes); a right token clears the address's count.
 */
final class LoginThrottle {
    private static final int FREE_TRIES = 3;
    private static final long MAX_WAIT_MS = 300_000;

    private record Failures(int count, long lockedUntil) {
    }

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** Seconds the address must still wait before its next try; 0 when it may try now. */
    long secondsToWait(String address) {
        Failures f = byAddress.get(address);
        long left = f == null ? 0 : f.lockedUntil() - System.currentTimeMillis();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    void failed(String address) {
        byAddress.compute(address, (a, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            long wait = count <= FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, 1000L << Math.min(20, count - FREE_TRIES));
            return new Failures(count, System.currentTimeMillis() + wait);
        });
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }
}
