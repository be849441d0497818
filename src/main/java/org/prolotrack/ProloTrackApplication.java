package org.prolotrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ProloTrack: one deployable, one module per clinical capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class ProloTrackApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProloTrackApplication.class, args);
    }
}
