package org.prolotrack.web;

import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model for the navigation bar. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavigationAdvice {

    private final CurrentUsers users;

    NavigationAdvice(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return users.current().orElse(null);
    }
}
