package org.civicgrid.recognition.web;

import java.time.Clock;
import java.util.Set;

import org.civicgrid.recognition.CampaignManagement;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 先进典型 — the public pages: every campaign's candidates and stories, and the results once published. */
@Controller
@RequestMapping("/public/campaigns")
class PublicCampaignController {

    private final CampaignManagement campaigns;
    private final Clock clock;

    PublicCampaignController(CampaignManagement campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Bean
    static NavItem publicCampaignsNav() {
        return new NavItem("public", "nav.campaigns.public", "/public/campaigns", Set.of(NavItem.PUBLIC), 11);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", campaigns.publicCampaigns(Math.max(0, page)));
        model.addAttribute("now", clock.instant());
        return "recognition/public-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.publicCampaign(id));
        model.addAttribute("results", campaigns.publishedResults(id).orElse(null));
        model.addAttribute("now", clock.instant());
        return "recognition/public-detail";
    }
}
