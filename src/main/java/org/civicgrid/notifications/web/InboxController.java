package org.civicgrid.notifications.web;

import java.util.Set;

import org.civicgrid.notifications.Notice;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 消息 — the signed-in user's inbox. Opening a message marks it read and follows its link. */
@Controller
class InboxController {

    private final Notifications notifications;

    InboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Bean
    static NavItem inboxNav() {
        return new NavItem("work", "nav.inbox", "/inbox", Set.of(), 1);
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @PageableDefault(size = 30) Pageable pageable,
            Model model) {
        model.addAttribute("page", notifications.mine(unread, pageable));
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", notifications.unreadCount());
        return "notifications/inbox";
    }

    @PostMapping("/inbox/{id}/open")
    String open(@PathVariable long id) {
        Notice notice = notifications.markRead(id);
        return "redirect:" + (notice.link() != null && notice.link().startsWith("/") && !notice.link().startsWith("//")
                ? notice.link() : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/inbox";
    }
}
