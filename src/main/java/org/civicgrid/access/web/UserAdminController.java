package org.civicgrid.access.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 — officials list the accounts in their region; the platform administrator creates and unlocks them. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    record UserForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 100) String displayName, @NotNull Role role, @NotNull Long regionId) {

        static UserForm empty() {
            return new UserForm("", "", "", Role.RESIDENT, null);
        }
    }

    private final AccountManagement accounts;
    private final Regions regions;

    UserAdminController(AccountManagement accounts, Regions regions) {
        this.accounts = accounts;
        this.regions = regions;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @PageableDefault(size = 30, sort = "username") Pageable pageable, Model model) {
        Page<UserSummary> page = accounts.search(q, role, pageable);
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("canCreate", CurrentUsers.require().has(Role.PLATFORM_ADMIN));
        return "admin/users";
    }

    @GetMapping(value = "/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) Role role) {
        List<UserSummary> rows = accounts.search(q, role, PageRequest.of(0, 10_000, Sort.by("username"))).getContent();
        return ExcelExport.<UserSummary>sheet("users")
                .column("用户名 Username", UserSummary::username)
                .column("姓名 Name", UserSummary::displayName)
                .column("角色 Roles", u -> String.join(",", u.roles().stream().map(Role::name).sorted().toList()))
                .column("区域 Region", u -> regions.find(new org.civicgrid.region.RegionId(u.regionId()))
                        .map(RegionRef::name).orElse(""))
                .column("已锁定 Locked", UserSummary::locked)
                .column("最近登录 Last sign-in", UserSummary::lastLoginAt)
                .download("users", rows);
    }

    @GetMapping("/new")
    String newUser(Model model) {
        if (!CurrentUsers.require().has(Role.PLATFORM_ADMIN)) {
            throw new org.civicgrid.shared.ForbiddenException("Only the platform administrator creates accounts");
        }
        model.addAttribute("form", UserForm.empty());
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            accounts.create(new CreateUser(form.username(), form.password(), form.displayName(),
                    Set.of(form.role().name()), form.regionId()));
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return form(model);
        } catch (ConflictException e) {
            result.rejectValue("username", "taken", e.detail());
            return form(model);
        }
        redirect.addFlashAttribute("flash", "users.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(new UserId(id));
        redirect.addFlashAttribute("flash", "users.unlocked");
        return "redirect:/admin/users";
    }

    private String form(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("regionOptions", regions.within(regions.root().path(), null));
        return "admin/user-form";
    }
}
