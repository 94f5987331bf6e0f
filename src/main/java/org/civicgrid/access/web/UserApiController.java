package org.civicgrid.access.web;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserApiController {

    record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 100) String displayName, @NotEmpty @Size(max = 11) Set<String> roles,
            @NotNull Long regionId) {}

    record UserResponse(long id, String username, String displayName, Set<Role> roles, long regionId, boolean locked) {

        static UserResponse of(UserSummary u) {
            return new UserResponse(u.id(), u.username(), u.displayName(), u.roles(), u.regionId(), u.locked());
        }
    }

    private final AccountManagement accounts;

    UserApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @Operation(summary = "Create a user (platform administrator)")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        UserSummary user = accounts.create(new CreateUser(request.username(), request.password(), request.displayName(),
                request.roles(), request.regionId()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.of(user));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own account")
    UserResponse me() {
        return UserResponse.of(accounts.get(CurrentUsers.require().userId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user inside the caller's region")
    UserResponse get(@PathVariable long id) {
        return UserResponse.of(accounts.get(new UserId(id)));
    }
}
