package org.planscore.ingest.profile;

import java.util.List;

/** A source profile file is wrong; every problem names the file and line. */
public class ProfileValidationException extends RuntimeException {

    private final List<String> problems;

    public ProfileValidationException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
