package org.civicgrid.notifications.internal;

import java.time.Instant;

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
}
