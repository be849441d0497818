package org.prolotrack.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.PropertyPlaceholderHelper;

/** The embedded default's JDBC URL exactly as application.yml configures it, with the data folder put elsewhere. */
final class EmbeddedDatabaseUrl {

    private EmbeddedDatabaseUrl() {
    }

    static String inFolder(Path dataDir) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var configured = yaml.getObject().getProperty("spring.datasource.url");
        var placeholders = new PropertyPlaceholderHelper("${", "}", ":", null, false);
        return placeholders.replacePlaceholders(configured,
                Map.of("PROLOTRACK_DATA_DIR", dataDir.toAbsolutePath().toString())::get);
    }
}
