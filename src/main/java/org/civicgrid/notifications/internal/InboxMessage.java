package org.civicgrid.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.notifications.Notice;
import org.civicgrid.shared.audit.AuditExempt;

/**
 * 站内消息 — a message in one person's inbox. Not audited: a message only follows a write that is (a case step,
 * an application), and one case report would otherwise add an audit entry per recipient.
 */
@AuditExempt
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    private Long id;

    private long recipientId;
    private String kind;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected InboxMessage() {}

    public InboxMessage(long recipientId, String kind, String title, String body, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Notice toNotice() {
        return new Notice(id, recipientId, kind, title, body, link, createdAt, readAt);
    }

    public long getRecipientId() {
        return recipientId;
    }
}
