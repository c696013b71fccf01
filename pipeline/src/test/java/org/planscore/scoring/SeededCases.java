package org.planscore.scoring;

import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * Cases drawn from a fixed seed, for the sweeps that check a property over many inputs. Each seed is one
 * parameterised run of {@link #PER_SEED} cases: the same cases on every build, and a failure names its seed and
 * case so it can be run again.
 */
final class SeededCases {

    static final int PER_SEED = 100;

    private final Random random;

    private SeededCases(long seed) {
        this.random = new Random(seed);
    }

    /** The seeds of a sweep: {@code count} runs of {@link #PER_SEED} cases. */
    static LongStream seeds(long first, int count) {
        return LongStream.range(first, first + count);
    }

    /** Runs {@code check} on {@link #PER_SEED} cases drawn from {@code seed}. */
    static void sweep(long seed, Consumer<SeededCases> check) {
        SeededCases cases = new SeededCases(seed);
        for (int i = 0; i < PER_SEED; i++) {
            check.accept(cases);
        }
    }

    /** Uniform in [min, max]. */
    double between(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** Uniform in [min, max], both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean coin() {
        return random.nextBoolean();
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }
}
