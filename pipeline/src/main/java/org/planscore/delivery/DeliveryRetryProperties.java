package org.planscore.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard one run tries to hand a report to the mail server, bound from {@code planscore.delivery.retry.*}: after
 * the first attempt, up to {@code maxRetries} more, waiting {@code delay}, then {@code delay × multiplier}, … at most
 * {@code maxDelay}. What is still not sent stays pending and the next run tries again.
 */
@ConfigurationProperties("planscore.delivery.retry")
public record DeliveryRetryProperties(Long maxRetries, Duration delay, Double multiplier, Duration maxDelay) {

    public DeliveryRetryProperties {
        maxRetries = maxRetries == null ? 3 : maxRetries;
        delay = delay == null ? Duration.ofSeconds(5) : delay;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxDelay = maxDelay == null ? Duration.ofMinutes(1) : maxDelay;
    }
}
