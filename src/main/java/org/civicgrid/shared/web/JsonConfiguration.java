package org.civicgrid.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * API JSON: snake_case (set in application.properties), unknown fields refused, and instants written
 * with the platform's offset, e.g. {@code 2026-05-09T10:00:00+08:00}.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(TimeConfiguration.ZONE);

    @Bean
    JsonMapperBuilderCustomizer civicGridJson() {
        SimpleModule module = new SimpleModule("civicgrid-time");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(OFFSET.format(value.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            }
        });
        return builder -> builder.addModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
