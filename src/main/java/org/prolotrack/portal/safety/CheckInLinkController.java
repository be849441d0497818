package org.prolotrack.portal.safety;

import java.util.List;

import org.prolotrack.safety.CheckIns;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The post-procedure check-in a patient opens from a personal link (no account; phone-sized). */
@Controller
class CheckInLinkController {

    private final CheckIns checkIns;

    CheckInLinkController(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/q/c/{token}")
    String form(@PathVariable String token, Model model) {
        var checkIn = checkIns.open(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("symptoms", checkIns.symptoms());
        model.addAttribute("token", token);
        return checkIn.submitted() ? "safety/checkin-received" : "safety/checkin";
    }

    @PostMapping("/q/c/{token}")
    String submit(@PathVariable String token, @RequestParam(required = false) List<String> symptoms,
                  @RequestParam(required = false) Integer painNow, @RequestParam(required = false) String comment,
                  Model model) {
        if (checkIns.open(token).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var stored = checkIns.submit(token, symptoms == null ? List.of() : symptoms, painNow, comment);
        model.addAttribute("checkIn", stored);
        model.addAttribute("symptoms", checkIns.symptoms());
        return "safety/checkin-received";
    }
}
