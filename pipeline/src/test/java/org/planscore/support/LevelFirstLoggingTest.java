package org.planscore.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** POI's log4j-api calls: a disabled level builds no message, an enabled one reaches Logback as before. */
@ExtendWith(OutputCaptureExtension.class)
class LevelFirstLoggingTest {

    @Test
    void aTraceMessageIsNotBuiltWhenTraceIsOffAndAWarningStillReachesTheLog(CapturedOutput output) {
        // given a log4j-api logger, as POI gets one, whose SLF4J logger has trace off
        Logger poi = LogManager.getLogger("org.apache.poi.hssf.usermodel.HSSFSheet");
        assertThat(LoggerFactory.getLogger("org.apache.poi.hssf.usermodel.HSSFSheet").isTraceEnabled()).isFalse();
        AtomicInteger built = new AtomicInteger();

        // when POI logs a trace message as HSSFSheet does (a supplier), and a warning
        poi.atTrace().log(() -> {
            built.incrementAndGet();
            return new SimpleMessage("record = ...");
        });
        poi.warn("DocumentSummaryInformation property set came back as null (test)");

        // then the trace message was never built, and the warning is in the log, through this provider
        assertThat(built).hasValue(0);
        assertThat(output.getAll()).contains("DocumentSummaryInformation property set came back as null (test)");
        assertThat(LogManager.getFactory().getClass().getEnclosingClass()).isEqualTo(LevelFirstLogging.class);
    }
}
