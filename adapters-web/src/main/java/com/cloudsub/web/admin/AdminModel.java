package com.cloudsub.web.admin;

import java.security.Principal;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every admin page shows in its navigation: the operator's name and whether the clock control exists. */
@ControllerAdvice(basePackageClasses = AdminModel.class)
class AdminModel {

    private final boolean simulation;

    AdminModel(Environment environment) {
        this.simulation = environment.acceptsProfiles(Profiles.of("simulation"));
    }

    @ModelAttribute("operator")
    String operator(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("simulation")
    boolean simulation() {
        return simulation;
    }
}
