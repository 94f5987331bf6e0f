package org.civicgrid.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.notifications.Notice;
import org.civicgrid.notifications.Notifications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox")
class InboxApiController {

    record InboxPage(java.util.List<Notice> items, long total, long unread) {}

    private final Notifications notifications;

    InboxApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's messages, newest first")
    InboxPage inbox(@RequestParam(defaultValue = "false") boolean unread, @PageableDefault(size = 30) Pageable pageable) {
        Page<Notice> page = notifications.mine(unread, pageable);
        return new InboxPage(page.getContent(), page.getTotalElements(), notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's messages read")
    Notice read(@PathVariable long id) {
        return notifications.markRead(id);
    }
}
