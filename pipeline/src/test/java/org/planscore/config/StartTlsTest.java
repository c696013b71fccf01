package org.planscore.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** On the submission port (587) the password is sent only after STARTTLS: a server that does not offer it is refused. */
class StartTlsTest {

    @Test
    void port587RequiresStartTls() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setPort(587);
        ExposureConfiguration.startTlsOnSubmissionPort().postProcessBeforeInitialization(sender, "mailSender");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.starttls.enable", "true");
    }

    @Test
    void port25IsLeftAsConfigured() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setPort(25);
        ExposureConfiguration.startTlsOnSubmissionPort().postProcessBeforeInitialization(sender, "mailSender");
        assertThat(sender.getJavaMailProperties()).doesNotContainKey("mail.smtp.starttls.required");
    }
}
