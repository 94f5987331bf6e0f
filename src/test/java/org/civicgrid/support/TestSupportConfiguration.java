package org.civicgrid.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    Api testApi(MockMvc mvc, JsonMapper json) {
        return new Api(mvc, json);
    }

    @Bean
    Pages testPages(MockMvc mvc) {
        return new Pages(mvc);
    }

    @Bean
    DemoRecords demoRecords(JdbcTemplate jdbc) {
        return new DemoRecords(jdbc);
    }
}
