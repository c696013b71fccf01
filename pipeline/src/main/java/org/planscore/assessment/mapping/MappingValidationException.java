package org.planscore.assessment.mapping;

import java.util.List;

import org.planscore.plan.PlanValidationException;

/**
 * A mapping file that cannot be used: every problem, each as {@code file:line: what is wrong}. A kind of plan
 * configuration error, so that {@code run} and start-up treat it as they treat an invalid plan catalogue (exit 3).
 */
public class MappingValidationException extends PlanValidationException {

    public MappingValidationException(List<String> errors) {
        super(errors);
    }
}
