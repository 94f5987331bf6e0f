package org.civicgrid.shared.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: names fields in snake_case as the JSON does (springdoc
 * reads models with its own mapper, which does not see the application's naming strategy) and
 * declares the bearer token every {@code /api/v1} call takes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenAPI civicGridOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CivicGrid API").version("v1")
                        .description("株洲市网格化社会治理平台. JSON fields are snake_case; times are ISO-8601 with offset "
                                + "(Asia/Shanghai); errors are RFC 9457 problem details. Get a token from "
                                + "POST /api/v1/auth/token. Open311 GeoReport v2 lives under /open311/v2."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
