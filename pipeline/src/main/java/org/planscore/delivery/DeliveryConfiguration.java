package org.planscore.delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Report delivery: Boot creates a mail sender only when spring.mail.host is set; without one, the outbox. */
@Configuration
@EnableConfigurationProperties({DeliveryProperties.class, DeliveryRetryProperties.class})
public class DeliveryConfiguration {

    @Bean
    public ReportDelivery reportDelivery(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties settings) {
        return new ReportDelivery(mailSender.getIfAvailable(), settings);
    }

    /** SMTP retries with exponential back-off (Spring's own RetryTemplate), from planscore.delivery.retry.*. */
    @Bean
    public RetryTemplate deliveryRetryTemplate(DeliveryRetryProperties retry) {
        return new RetryTemplate(RetryPolicy.builder()
                .maxRetries(retry.maxRetries())
                .delay(retry.delay())
                .multiplier(retry.multiplier())
                .maxDelay(retry.maxDelay())
                .includes(DeliveryException.class)
                .build());
    }
}
