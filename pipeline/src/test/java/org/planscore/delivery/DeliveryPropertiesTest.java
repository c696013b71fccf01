package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DeliveryPropertiesTest {

    @Test
    void bindsFromPlanscoreDeliveryProperties() {
        Map<String, String> config = Map.of(
                "planscore.delivery.from", "PlanScore <planscore@haiphong.gov.vn>",
                "planscore.delivery.recipients", "chutich@haiphong.gov.vn, vanphong@haiphong.gov.vn",
                "planscore.delivery.outbox-dir", "/var/planscore/outbox",
                "planscore.delivery.subject-prefix", "[PlanScore] Báo cáo");

        DeliveryProperties bound = new Binder(new MapConfigurationPropertySource(config))
                .bind("planscore.delivery", DeliveryProperties.class).get();

        assertEquals("PlanScore <planscore@haiphong.gov.vn>", bound.from());
        assertEquals(List.of("chutich@haiphong.gov.vn", "vanphong@haiphong.gov.vn"), bound.recipients());
        assertEquals(Path.of("/var/planscore/outbox"), bound.outboxDir());
        assertEquals("[PlanScore] Báo cáo", bound.subjectPrefix());
    }

    @Test
    void aPlanCanHaveItsOwnRecipients() {
        Map<String, String> config = Map.of(
                "planscore.delivery.from", "planscore@haiphong.gov.vn",
                "planscore.delivery.recipients", "vanphong@haiphong.gov.vn",
                "planscore.delivery.plans.[haiphong-2030]", "chutich@haiphong.gov.vn, sokhdt@haiphong.gov.vn");

        DeliveryProperties bound = new Binder(new MapConfigurationPropertySource(config))
                .bind("planscore.delivery", DeliveryProperties.class).get();

        assertEquals(List.of("chutich@haiphong.gov.vn", "sokhdt@haiphong.gov.vn"), bound.recipientsFor("haiphong-2030"));
        assertEquals(List.of("vanphong@haiphong.gov.vn"), bound.recipientsFor("haiphong-2025"));
    }

    @Test
    void defaultsKeepReportsInTheOutboxWithAVietnameseSubject() {
        DeliveryProperties defaults = new DeliveryProperties("planscore@haiphong.gov.vn", null, null, null);

        assertEquals(List.of(), defaults.recipients());
        assertEquals(Path.of("reports/outbox"), defaults.outboxDir());
        assertEquals("Báo cáo tiến độ kế hoạch Hải Phòng (30/06/2025)",
                defaults.subjectFor("Hải Phòng", LocalDate.of(2025, 6, 30)));
    }
}
