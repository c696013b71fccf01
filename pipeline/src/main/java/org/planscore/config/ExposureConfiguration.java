package org.planscore.config;

import java.util.Properties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What PlanScore exposes and how it talks to others: the database folder's permissions, STARTTLS on port 587. */
@Configuration(proxyBeanMethods = false)
public class ExposureConfiguration {

    @Bean
    static DatabaseFolder databaseFolder() {
        return new DatabaseFolder();
    }

    /**
     * Port 587 is the submission port, where the password goes after STARTTLS: a server that does not offer it is
     * refused rather than sent the password in clear (mail.smtp.starttls.required).
     */
    @Bean
    static BeanPostProcessor startTlsOnSubmissionPort() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender && sender.getPort() == 587) {
                    Properties properties = sender.getJavaMailProperties();
                    properties.putIfAbsent("mail.smtp.starttls.enable", "true");
                    properties.put("mail.smtp.starttls.required", "true");
                }
                return bean;
            }
        };
    }
}
