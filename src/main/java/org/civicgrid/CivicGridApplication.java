package org.civicgrid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CivicGridApplication {
    public static void main(String[] args) {
        SpringApplication.run(CivicGridApplication.class, args);
    }
}
