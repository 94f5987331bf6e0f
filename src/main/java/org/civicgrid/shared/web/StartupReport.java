package org.civicgrid.shared.web;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints one line when the platform is ready: where to open it and how long start-up took (JVM start to ready). */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger("org.civicgrid.Startup");

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("CivicGrid is ready on http://localhost:{} — start-up took {} s (JVM start to ready, demo data included)",
                env.getProperty("local.server.port", env.getProperty("server.port", "8080")),
                String.format("%.1f", sinceJvmStart / 1000.0));
    }
}
