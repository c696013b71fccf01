package org.planscore;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The PlanScore application: a batch pipeline driven by commands (see {@code cli}). */
@SpringBootApplication
public class PlanScoreApplication {
}
