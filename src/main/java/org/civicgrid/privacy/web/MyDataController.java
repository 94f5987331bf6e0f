package org.civicgrid.privacy.web;

import java.util.Set;

import org.civicgrid.privacy.PersonalDataExport;
import org.civicgrid.privacy.PersonalDataExport.MyData;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 我的数据 — a page that says what the copy holds, and the copy itself as a file. */
@Controller
class MyDataController {

    private final PersonalDataExport export;

    MyDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/me/data")
    String page(Model model) {
        model.addAttribute("sections", export.sectionIds());
        return "privacy/my-data";
    }

    @GetMapping("/me/data/download")
    @ResponseBody
    ResponseEntity<MyData> download() {
        return MyDataApiController.asFile(export.mine());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        /** Every signed-in user may take a copy of their own data. */
        @Bean
        NavItem myDataNav() {
            return new NavItem("work", "nav.myData", "/me/data", Set.of(), 95);
        }
    }
}
