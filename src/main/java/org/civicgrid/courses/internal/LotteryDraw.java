package org.civicgrid.courses.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 抽签 — the draw, as a pure function anyone can re-run: the entrants' user ids sorted ascending, then a
 * Fisher–Yates shuffle from the last position down, each swap partner chosen by
 * {@code java.util.Random(seed).nextInt(i + 1)}. {@link Random}'s algorithm is fixed by its
 * specification, so the same seed and entrants give the same order on any Java runtime, forever.
 */
public final class LotteryDraw {

    private LotteryDraw() {}

    /** The drawn order: the first {@code seats} get seats, the rest queue in this order. */
    public static List<Long> order(Collection<Long> entrants, long seed) {
        List<Long> list = new ArrayList<>(new TreeSet<>(entrants));
        Random random = new Random(seed);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
        return list;
    }

    /** SHA-256 of the sorted entrant ids joined by commas: proves the list the draw used was not changed after. */
    public static String fingerprint(Collection<Long> entrants) {
        String joined = new TreeSet<>(entrants).stream().map(String::valueOf).collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
