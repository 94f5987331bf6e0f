package org.civicgrid.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.notifications.Notice;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface InboxRepository extends ListCrudRepository<InboxMessage, Long> {

    Page<InboxMessage> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    Page<InboxMessage> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    long countByRecipientIdAndKindAndLink(long recipientId, String kind, String link);

    @Modifying
    @Query("update InboxMessage m set m.readAt = :at where m.recipientId = :recipient and m.readAt is null")
    int markAllRead(@Param("recipient") long recipientId, @Param("at") Instant at);

    /** The newest messages one person received, read without the entity, through {@code inbox_message_recipient_idx}. */
    @Query("""
            select new org.civicgrid.notifications.Notice(m.id, m.recipientId, m.kind, m.title, m.body, m.link,
             m.createdAt, m.readAt) from InboxMessage m where m.recipientId = ?1 order by m.createdAt desc, m.id desc""")
    List<Notice> received(long recipientId, Pageable page);

    /** The next messages one person received before the message ({@code createdAt}, {@code id}), newest first. */
    @Query("""
            select new org.civicgrid.notifications.Notice(m.id, m.recipientId, m.kind, m.title, m.body, m.link,
             m.createdAt, m.readAt) from InboxMessage m
             where m.recipientId = ?1 and m.createdAt <= ?2 and (m.createdAt < ?2 or m.id < ?3)
             order by m.createdAt desc, m.id desc""")
    List<Notice> receivedBefore(long recipientId, Instant createdAt, long id, Pageable page);
}
