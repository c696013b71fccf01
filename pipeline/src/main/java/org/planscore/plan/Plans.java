package org.planscore.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.planscore.config.PlanScoreProperties;
import org.planscore.support.FolderOrPackaged;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The plan catalogues in force: those in {@code planscore.plans-dir} (./config/plans, edited by users), or, where
 * that folder holds none, the catalogues packaged with the application.
 */
@Component
public class Plans {

    private final Path plansDir;

    public Plans(PlanScoreProperties properties) {
        this.plansDir = properties.plansDir();
    }

    /** @param planId one plan, or null for all */
    public List<Plan> load(String planId) {
        List<Plan> all = FolderOrPackaged.yamlFiles(plansDir).isEmpty() ? packaged()
                : PlanCatalogue.loadAll(plansDir);
        if (planId == null) {
            return all;
        }
        List<Plan> chosen = all.stream().filter(p -> p.id().equals(planId)).toList();
        if (chosen.isEmpty()) {
            throw new PlanValidationException(List.of("no plan with id '" + planId + "'; known: "
                    + all.stream().map(Plan::id).toList()));
        }
        return chosen;
    }

    private static List<Plan> packaged() {
        try {
            List<Plan> plans = new ArrayList<>();
            for (Resource r : FolderOrPackaged.packagedYaml("plans")) {
                try (InputStream in = r.getInputStream()) {
                    plans.add(PlanCatalogue.parse(r.getFilename(), in));
                }
            }
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged plan catalogues", e);
        }
    }
}
