package org.civicgrid.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.notifications.internal.InboxMessage;
import org.civicgrid.notifications.internal.InboxRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends messages to people's inboxes (and any other channel) and lets them read their own. */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final InboxRepository inbox;
    private final AccountManagement accounts;
    private final List<NotificationChannel> channels;
    private final Clock clock;

    Notifications(InboxRepository inbox, AccountManagement accounts, List<NotificationChannel> channels, Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * Puts a message in one person's inbox.
     *
     * @param kind  a short code the sender chooses, e.g. {@code case.dispatched}
     * @param link  the page the message points at, e.g. {@code /cases/42}
     */
    @Transactional
    public Notice send(UserId recipient, String kind, String title, String body, String link) {
        InboxMessage message = inbox.save(new InboxMessage(recipient.value(), kind, title, body, link, clock.instant()));
        Notice notice = message.toNotice();
        for (NotificationChannel channel : channels) {
            try {
                accounts.findById(recipient).ifPresent(u -> channel.deliver(notice, u.username()));
            } catch (RuntimeException e) {
                log.warn("Channel {} could not deliver message {}: {}", channel.name(), notice.id(), e.getMessage());
            }
        }
        return notice;
    }

    /** Sends the same message to everyone holding {@code role} whose home region is exactly {@code region}. */
    @Transactional
    public int sendToRole(Role role, RegionId region, String kind, String title, String body, String link) {
        List<UserSummary> holders = accounts.holdersOf(role, region);
        holders.forEach(u -> send(new UserId(u.id()), kind, title, body, link));
        return holders.size();
    }

    @Transactional
    public void sendToAll(Collection<UserId> recipients, String kind, String title, String body, String link) {
        Set.copyOf(recipients).forEach(r -> send(r, kind, title, body, link));
    }

    /** The signed-in user's inbox, newest first. */
    @Transactional(readOnly = true)
    public Page<Notice> mine(boolean unreadOnly, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return (unreadOnly ? inbox.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(me.id(), pageable)
                : inbox.findByRecipientIdOrderByCreatedAtDescIdDesc(me.id(), pageable)).map(InboxMessage::toNotice);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return CurrentUsers.current().map(me -> inbox.countByRecipientIdAndReadAtIsNull(me.id())).orElse(0L);
    }

    /** Marks one of the signed-in user's messages read; another user's message is not found. */
    @Transactional
    public Notice markRead(long id) {
        CurrentUser me = CurrentUsers.require();
        InboxMessage message = inbox.findById(id).filter(m -> m.getRecipientId() == me.id())
                .orElseThrow(() -> new NotFoundException("Message", id));
        message.markRead(clock.instant());
        return message.toNotice();
    }

    @Transactional
    public int markAllRead() {
        return inbox.markAllRead(CurrentUsers.require().id(), clock.instant());
    }

    /** Messages of one kind a person has received, e.g. to avoid sending the same reminder twice. */
    @Transactional(readOnly = true)
    public long countSent(UserId recipient, String kind, String link) {
        return inbox.countByRecipientIdAndKindAndLink(recipient.value(), kind, link);
    }
}
