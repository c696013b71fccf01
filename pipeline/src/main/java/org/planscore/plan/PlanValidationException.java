package org.planscore.plan;

import java.util.List;

/**
 * A plan catalogue that cannot be used. Carries every problem found, each as {@code file:line: what is wrong}; the
 * message lists them one per line.
 */
public class PlanValidationException extends RuntimeException {

    private final List<String> errors;

    public PlanValidationException(List<String> errors) {
        super(String.join("\n", errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in file and line order, e.g. {@code haiphong-2025.yml:42: target GRDP_2025: unknown type 'levle'}. */
    public List<String> errors() {
        return errors;
    }
}
