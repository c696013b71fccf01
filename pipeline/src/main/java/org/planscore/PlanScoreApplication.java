package org.planscore;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The PlanScore application: a batch pipeline driven by commands (see {@code cli}). */
@SpringBootApplication
public class PlanScoreApplication {

    static {
        // Before any H2 class loads: its server for other local processes listens on the loopback only.
        org.planscore.config.LoopbackOnly.apply();
    }
}
