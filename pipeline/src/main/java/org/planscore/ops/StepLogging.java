package org.planscore.ops;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.planscore.ingest.ImportJobConfiguration;

/**
 * One log line per job step with its counts and duration, for every step of every job, without each job's
 * configuration having to remember it: registered on each step bean as it is created.
 */
@Component
public class StepLogging implements BeanPostProcessor, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogging.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        String file = step.getJobExecution().getJobParameters().getString(ImportJobConfiguration.FILE_NAME);
        log.info("{} {}{}: {} — read {}, written {}, skipped {} (read {}, process {}, write {}), {} commits, {} ms",
                step.getJobExecution().getJobInstance().getJobName(), step.getStepName(),
                file == null ? "" : " [" + file + "]", step.getStatus(), step.getReadCount(), step.getWriteCount(),
                step.getSkipCount(), step.getReadSkipCount(), step.getProcessSkipCount(), step.getWriteSkipCount(),
                step.getCommitCount(), took.toMillis());
        return null;
    }
}
