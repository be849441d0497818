package org.prolotrack.fhir.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;

/**
 * Search results paged by HAPI ({@code _count}, default 50, at most 500 a page; next/previous links). The first page
 * is served in the search's own request, the later ones from memory (the last {@value #KEPT} searches; a Patient
 * search keeps only summaries, see {@link PatientMatches}). A later page
 * is served only to the user who searched: to anyone else the search does not exist (HAPI answers 410, as for an
 * expired one).
 */
class SearchPages extends FifoMemoryPagingProvider {

    static final int KEPT = 50;

    private final Map<String, String> owners = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    private final CurrentUsers users;

    SearchPages(CurrentUsers users) {
        super(KEPT);
        this.users = users;
        setDefaultPageSize(50);
        setMaximumPageSize(500);
    }

    @Override
    public synchronized String storeResultList(RequestDetails request, IBundleProvider results) {
        var id = super.storeResultList(request, results);
        owners.put(id, currentUser());
        return id;
    }

    @Override
    public synchronized IBundleProvider retrieveResultList(RequestDetails request, String id) {
        if (!owners.containsKey(id) || !Objects.equals(owners.get(id), currentUser())) {
            return null;
        }
        return super.retrieveResultList(request, id);
    }

    private String currentUser() {
        return users.current().map(CurrentUser::username).orElse(null);
    }
}
