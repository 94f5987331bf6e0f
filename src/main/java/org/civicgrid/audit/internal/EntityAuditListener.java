package org.civicgrid.audit.internal;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.shared.audit.AuditExempt;
import org.civicgrid.shared.audit.Sensitive;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit entry for every entity insert, update and delete, in the same transaction and on
 * the same connection as the write itself: if the write rolls back, so does its entry. Updates record
 * only the fields that changed; fields marked {@link Sensitive} are written as {@code ***}.
 */
@Component
class EntityAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String INSERT_SQL = """
            insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, region_path, summary,
              before_state, after_state) values (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Class<?>, Set<String>> sensitive = new ConcurrentHashMap<>();

    EntityAuditListener(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity())) {
            write(event.getSession(), "INSERT", event.getPersister(), event.getEntity(), event.getId(), null,
                    state(event.getPersister(), event.getEntity(), event.getState(), null));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        int[] dirty = event.getDirtyProperties();
        Object[] old = event.getOldState();
        if (dirty == null && old != null) {
            dirty = changed(old, event.getState());
        }
        if (dirty != null && dirty.length == 0) {
            return;
        }
        write(event.getSession(), "UPDATE", event.getPersister(), event.getEntity(), event.getId(),
                old == null ? null : state(event.getPersister(), event.getEntity(), old, dirty),
                state(event.getPersister(), event.getEntity(), event.getState(), dirty));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity())) {
            write(event.getSession(), "DELETE", event.getPersister(), event.getEntity(), event.getId(),
                    state(event.getPersister(), event.getEntity(), event.getDeletedState(), null), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(Object entity) {
        return !entity.getClass().isAnnotationPresent(AuditExempt.class);
    }

    private void write(SharedSessionContractImplementor session, String action, EntityPersister persister, Object entity,
            Object id, Map<String, Object> before, Map<String, Object> after) {
        String type = entity.getClass().getSimpleName();
        String regionPath = regionPath(persister, after != null ? after : before);
        try (PreparedStatement ps = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement(INSERT_SQL)) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, CurrentUsers.actor());
            ps.setString(3, action);
            ps.setString(4, type);
            ps.setString(5, String.valueOf(id));
            ps.setString(6, regionPath);
            ps.setString(7, action.toLowerCase() + " " + type + " " + id);
            ps.setString(8, before == null ? null : json.writeValueAsString(before));
            ps.setString(9, after == null ? null : json.writeValueAsString(after));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit entry for " + type + " " + id, e);
        }
    }

    private static String regionPath(EntityPersister persister, Map<String, Object> state) {
        if (state != null && state.get("regionPath") instanceof String path) {
            return path;
        }
        return null;
    }

    private Map<String, Object> state(EntityPersister persister, Object entity, Object[] values, int[] only) {
        String[] names = persister.getPropertyNames();
        Set<String> hidden = sensitive.computeIfAbsent(entity.getClass(), EntityAuditListener::sensitiveFields);
        Map<String, Object> out = new LinkedHashMap<>();
        if (only == null) {
            for (int i = 0; i < names.length; i++) {
                out.put(names[i], render(names[i], values[i], hidden));
            }
        } else {
            for (int i : only) {
                out.put(names[i], render(names[i], values[i], hidden));
            }
            // keep the region path, so that scoped searches find updates too
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals("regionPath")) {
                    out.putIfAbsent(names[i], values[i]);
                }
            }
        }
        return out;
    }

    private static Object render(String name, Object value, Set<String> hidden) {
        if (value == null) {
            return null;
        }
        if (hidden.contains(name)) {
            return "***";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Collection<?> c) {
            try {
                return c.stream().map(String::valueOf).toList();
            } catch (RuntimeException e) {
                return "[…]";
            }
        }
        String text = String.valueOf(value);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static int[] changed(Object[] old, Object[] now) {
        return java.util.stream.IntStream.range(0, Math.min(old.length, now.length))
                .filter(i -> !java.util.Objects.equals(old[i], now[i])).toArray();
    }

    private static Set<String> sensitiveFields(Class<?> type) {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Sensitive.class)) {
                    names.add(f.getName());
                }
            }
        }
        return Set.copyOf(names);
    }
}
