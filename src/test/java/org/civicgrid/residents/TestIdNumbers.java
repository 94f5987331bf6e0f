package org.civicgrid.residents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid ID numbers for tests, registered in Beijing's 朝阳区 (110105) so they never meet the demo data's
 * Hunan numbers; each call gives another birth date or order code.
 */
final class TestIdNumbers {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500));

    private TestIdNumbers() {}

    static String next(LocalDate born, Gender gender) {
        int n = SEQ.incrementAndGet();
        int order = (n % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        LocalDate date = born.plusDays(n / 500);
        String first17 = "110105" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order);
        return first17 + IdNumberPolicy.checkCharacter(first17);
    }

    /** A random adult's number. */
    static String adult(Gender gender) {
        return next(LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 12_000)), gender);
    }
}
