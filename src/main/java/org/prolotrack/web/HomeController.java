package org.prolotrack.web;

import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: patients go to the portal, researchers to the registry, staff to their patients. */
@Controller
class HomeController {

    private final CurrentUsers users;

    HomeController(CurrentUsers users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = users.current().orElseThrow();
        if (user.is(Role.PATIENT)) {
            return "redirect:/portal";
        }
        if (user.is(Role.RESEARCHER)) {
            return "redirect:/registry";
        }
        return "redirect:/patients";
    }
}
