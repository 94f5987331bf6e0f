package org.civicgrid.access.web;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a public welcome for visitors, the user's own workbench once signed in. */
@Controller
class HomeController {

    private final Regions regions;

    HomeController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUsers.current().ifPresent(me -> model.addAttribute("myRegion", regions.lineage(new RegionId(me.regionId()))));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return CurrentUsers.current().isPresent() ? "redirect:/" : "login";
    }
}
