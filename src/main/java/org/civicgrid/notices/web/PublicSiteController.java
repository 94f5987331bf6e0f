package org.civicgrid.notices.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civicgrid.notices.ArticleView;
import org.civicgrid.notices.GuideManagement;
import org.civicgrid.notices.NoticeCategory;
import org.civicgrid.notices.NoticeManagement;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 居民服务站 — the public, mobile-first site: news and notices per community (pinned first), one article,
 * service guides, and an Atom feed per community. No sign-in needed; only published, due items show.
 */
@Controller
@RequestMapping("/public")
class PublicSiteController {

    private static final int PAGE_SIZE = 10;

    private final NoticeManagement notices;
    private final GuideManagement guides;
    private final Regions regions;
    private final MessageSource messages;

    PublicSiteController(NoticeManagement notices, GuideManagement guides, Regions regions, MessageSource messages) {
        this.notices = notices;
        this.guides = guides;
        this.regions = regions;
        this.messages = messages;
    }

    @Bean
    static NavItem publicNewsNav() {
        return new NavItem("public", "nav.notices.public", "/public", Set.of(NavItem.PUBLIC), 10);
    }

    @Bean
    static NavItem publicGuidesNav() {
        return new NavItem("public", "nav.guides.public", "/public/guides", Set.of(NavItem.PUBLIC), 12);
    }

    @GetMapping
    String home(@RequestParam(required = false) NoticeCategory category, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", notices.publicAll(category, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("category", category);
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("communities", regions.within(regions.root().path(), RegionLevel.COMMUNITY));
        return "notices/public-home";
    }

    /** The community picker's target (a form cannot put the choice into the path without a script). */
    @GetMapping("/community")
    String pick(@RequestParam(required = false) Long community) {
        return community == null ? "redirect:/public" : "redirect:/public/communities/" + community(community).id();
    }

    @GetMapping("/communities/{id}")
    String community(@PathVariable long id, @RequestParam(required = false) NoticeCategory category,
            @RequestParam(defaultValue = "0") int page, Model model) {
        RegionRef community = community(id);
        model.addAttribute("community", community);
        model.addAttribute("lineage", regions.lineage(community.regionId()));
        model.addAttribute("page", notices.publicFor(community, category, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("category", category);
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("guides", guides.publicGuides(community));
        return "notices/public-community";
    }

    @GetMapping("/notices/{id}")
    String article(@PathVariable long id, Model model) {
        ArticleView article = notices.publicArticle(id);
        model.addAttribute("article", article);
        model.addAttribute("region", regions.find(new RegionId(article.regionId())).orElse(null));
        return "notices/public-article";
    }

    @GetMapping("/guides")
    String guides(@RequestParam(required = false) Long community, Model model) {
        RegionRef c = community == null ? null : community(community);
        model.addAttribute("community", c);
        model.addAttribute("guides", guides.publicGuides(c));
        model.addAttribute("communities", regions.within(regions.root().path(), RegionLevel.COMMUNITY));
        return "notices/public-guides";
    }

    @GetMapping("/guides/{id}")
    String guide(@PathVariable long id, Model model) {
        model.addAttribute("guide", guides.publicGuide(id));
        return "notices/public-guide";
    }

    @GetMapping("/communities/{id}/feed.atom")
    ResponseEntity<String> communityFeed(@PathVariable long id) {
        RegionRef community = community(id);
        List<ArticleView> items = notices.publicFor(community, null, PageRequest.of(0, 50)).getContent();
        String xml = AtomFeed.write("community/" + community.id(), community.name() + " · 社区资讯",
                community.name() + "居委会", base(), "/public/communities/" + id + "/feed.atom",
                "/public/communities/" + id, items, notices.now(), this::categoryLabel);
        return atom(xml);
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> cityFeed() {
        List<ArticleView> items = notices.publicAll(null, PageRequest.of(0, 50)).getContent();
        RegionRef city = regions.root();
        return atom(AtomFeed.write("city/" + city.id(), city.name() + " · 社区资讯", city.name(), base(), "/public/feed.atom",
                "/public", items, notices.now(), this::categoryLabel));
    }

    private String categoryLabel(ArticleView a) {
        return messages.getMessage("notices.category." + a.category().name(), null, a.category().name(),
                Locale.SIMPLIFIED_CHINESE);
    }

    private static ResponseEntity<String> atom(String xml) {
        return ResponseEntity.ok().header("Content-Type", AtomFeed.CONTENT_TYPE)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(xml);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private RegionRef community(long id) {
        return regions.find(new RegionId(id)).filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new NotFoundException("Community", id));
    }
}
