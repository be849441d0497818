package org.prolotrack.security.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FHIR base URLs one EHR client may have ProloTrack read from. A URL matches an entry only when scheme, host,
 * port and path are the same (a trailing slash aside); no user info, query or fragment; nothing else is fetched.
 */
record FhirServerAllowList(List<String> entries) {

    FhirServerAllowList {
        entries = entries.stream().map(FhirServerAllowList::normalised).flatMap(Optional::stream).toList();
    }

    boolean allows(String fhirServer) {
        return normalised(fhirServer).filter(entries::contains).isPresent();
    }

    static Optional<String> normalised(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return Optional.empty();
        }
        try {
            var u = new URI(url.strip());
            var scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getRawUserInfo() != null
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                return Optional.empty();
            }
            int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            var path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port + path);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
