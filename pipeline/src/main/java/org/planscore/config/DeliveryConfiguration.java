package org.planscore.config;

import org.planscore.delivery.DeliveryProperties;
import org.planscore.delivery.ReportDelivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Report delivery: Boot creates a mail sender only when spring.mail.host is set; without one, the outbox. */
@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {

    @Bean
    public ReportDelivery reportDelivery(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties settings) {
        return new ReportDelivery(mailSender.getIfAvailable(), settings);
    }
}
