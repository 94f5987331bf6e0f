package org.civicgrid.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.civicgrid.access.internal.PasswordPolicy;
import org.civicgrid.access.internal.UserAccount;
import org.civicgrid.access.internal.UserAccountRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks after user accounts; every read is limited to the caller's region. */
@Service
public class AccountManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** 创建用户 — a new account with roles and a home region. */
    public record CreateUser(String username, String password, String displayName, Set<String> roles, Long regionId) {}

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Regions regions;
    private final Clock clock;
    /** The demo password and its one hash, so the demo accounts cost one slow hash per start, not one each. */
    private volatile String[] demoHash;

    AccountManagement(UserAccountRepository users, PasswordEncoder encoder, Regions regions, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.regions = regions;
        this.clock = clock;
    }

    /** Only the platform administrator creates accounts. */
    @Transactional
    public UserSummary create(CreateUser command) {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("Only the platform administrator creates accounts");
        }
        return register(command);
    }

    /** Creates an account without a caller check: for start-up data and the module's own flows. */
    @Transactional
    public UserSummary register(CreateUser command) {
        return register(command, encoder::encode);
    }

    /**
     * Creates a demo account (start-up demo data only). All demo accounts share one published password,
     * so its hash is computed once and reused; a hash costs about 100 ms on purpose, and the demo data
     * holds dozens of accounts.
     */
    @Transactional
    public UserSummary registerDemo(CreateUser command) {
        return register(command, raw -> {
            String[] known = demoHash;
            if (known == null || !known[0].equals(raw)) {
                known = new String[] {raw, encoder.encode(raw)};
                demoHash = known;
            }
            return known[1];
        });
    }

    private UserSummary register(CreateUser command, UnaryOperator<String> hash) {
        List<FieldError> errors = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "3–64 lower-case letters, digits, '.', '_' or '-'"));
        }
        PasswordPolicy.refusal(username, command.password())
                .ifPresent(reason -> errors.add(new FieldError("password", "password " + reason)));
        if (command.displayName() == null || command.displayName().isBlank() || command.displayName().length() > 100) {
            errors.add(new FieldError("display_name", "1–100 characters"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (command.roles() == null || command.roles().isEmpty()) {
            errors.add(new FieldError("roles", "at least one role"));
        } else {
            for (String name : command.roles()) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new FieldError("roles", "unknown role " + name));
                }
            }
        }
        Optional<RegionRef> region = command.regionId() == null ? Optional.empty()
                : regions.find(new RegionId(command.regionId()));
        if (region.isEmpty()) {
            errors.add(new FieldError("region_id", "no such region"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (users.existsByUsername(username)) {
            throw usernameTaken(username);
        }
        UserAccount account = new UserAccount(username, hash.apply(command.password()), command.displayName().trim(),
                roles, region.get().id(), region.get().path(), clock.instant());
        try {
            users.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw usernameTaken(username);
        }
        return summary(account);
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(String query, Role role, Pageable pageable) {
        CurrentUser caller = CurrentUsers.require();
        requireStaff(caller);
        String q = query == null || query.isBlank() ? null : "%" + query.trim() + "%";
        return users.search(caller.scope().likePattern(), q, role, pageable).map(this::summary);
    }

    /**
     * One account: the caller's own, or — for officials and community workers, who also list users — one of
     * their region.
     *
     * @throws ForbiddenException when the caller asks for another's account and is not staff
     * @throws NotFoundException when the user does not exist or lies outside the caller's region
     */
    @Transactional(readOnly = true)
    public UserSummary get(UserId id) {
        CurrentUser caller = CurrentUsers.require();
        if (id.value() != caller.id()) {
            requireStaff(caller);
        }
        UserAccount account = users.findById(id.value()).filter(u -> caller.canSee(u.getRegionPath())
                        || u.getId() == caller.id())
                .orElseThrow(() -> new NotFoundException("User", id));
        return summary(account);
    }

    /** For other modules: who holds this username (no scope check; callers apply their own). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.toLowerCase(Locale.ROOT)).map(this::summary);
    }

    /** For other modules: one user by id (no scope check; callers apply their own). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(UserId id) {
        return users.findById(id.value()).map(this::summary);
    }

    /** For other modules: the users with {@code role} whose home region is exactly {@code region}. */
    @Transactional(readOnly = true)
    public List<UserSummary> holdersOf(Role role, RegionId region) {
        return users.findByRegionIdAndRole(region.value(), role).stream().map(this::summary).toList();
    }

    @Transactional
    public void unlock(UserId id) {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("Only the platform administrator unlocks accounts");
        }
        UserAccount account = users.findById(id.value()).orElseThrow(() -> new NotFoundException("User", id));
        account.unlock();
    }

    private void requireStaff(CurrentUser caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("Only officials and community workers list users");
        }
    }

    private static ConflictException usernameTaken(String username) {
        return (ConflictException) new ConflictException("username-taken", "Username taken",
                "The username " + username + " is already taken").with("username", username);
    }

    private UserSummary summary(UserAccount u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getRegionId(),
                u.getRegionPath(), u.isEnabled(), u.isLocked(clock.instant()), u.getFailedAttempts(), u.getLockedUntil(),
                u.getLastLoginAt(), u.getCreatedAt());
    }
}
