package org.planscore.cli;

/** The help text of {@code ./planscore}. */
final class Usage {

    static final String TEXT = """
            Usage: ./planscore COMMAND [OPTIONS]

              run [--as-of YYYY-MM-DD] [--plan ID] [--lang vi|en]
                  import everything in the inbox, score every plan, write the PDF and XLSX reports, deliver the PDF
              validate [--show] FILE...
                  dry run: what each file would import or why it would be rejected; imports nothing
              progress --cases IN.csv [--out OUT.csv]
                  score ad-hoc series with the Open SDG progress measure (format in SCORING.md §4)
              export observations|scores [--out FILE] [--plan ID] [--as-of YYYY-MM-DD]
                  CSV of the stored observations, or of the latest scores of each target
              history [--limit N]
                  recent runs: files imported or rejected, reports written and delivered, deliveries pending
              serve
                  stay up: the nightly job on planscore.serve.cron, inbox files imported once settled,
                  health on http://localhost:8086/actuator/health (planscore.serve.port)
              bench [--rows 10000,100000,1000000] [--xlsx-rows 200000] [--repeat N]
                  the import benchmark beside a floor measured in the same run (docs/benchmark.md)

            Settings: PLANSCORE_DATA_DIR, PLANSCORE_REPORTS_DIR, JAVA_OPTS; any --spring.*=... or --planscore.*=...
            Exit status: 0 done, 1 run failed or not finished (a delivery pending, stopped by SIGTERM),
                         2 wrong command line, 3 configuration invalid, 4 database unavailable,
                         5 another run is active.
            """;

    private Usage() {
    }
}
