package org.prolotrack.fhir.internal;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR server: HAPI's plain {@link RestfulServer} as a servlet at /fhir/*, behind the API security chain.
 * Every Spring bean that is an {@link IResourceProvider} (one class per resource type) or a {@link FhirOperations}
 * (server-level operations) is registered — adding a resource type is adding one such class.
 */
@Configuration
class FhirServerConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext ctx, List<IResourceProvider> resourceProviders,
                                                       List<FhirOperations> operations,
                                                       FhirExceptionTranslator translator,
                                                       BundlePost bundlePost, ValidateOperation validate,
                                                       org.prolotrack.security.CurrentUsers users) {
        var server = new RestfulServer(ctx);
        server.setServerName("ProloTrack FHIR R4");
        server.setImplementationDescription("ProloTrack: course of care for prolotherapy clinics");
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setDefaultPrettyPrint(false);
        server.setPagingProvider(new SearchPages(users));
        server.setResourceProviders(resourceProviders);
        server.registerProviders(List.copyOf(operations));
        server.registerInterceptor(translator);
        server.registerInterceptor(bundlePost);
        server.registerInterceptor(validate);
        var registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
