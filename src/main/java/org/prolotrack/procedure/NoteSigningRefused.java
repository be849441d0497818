package org.prolotrack.procedure;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** A note may not be signed yet: 409 naming everything that is missing or over a limit. */
public class NoteSigningRefused extends Refusal {

    private final List<String> missing;

    public NoteSigningRefused(UUID noteId, List<String> missing) {
        super(Kind.CONFLICT, "Note not ready to sign", "The note cannot be signed yet: " + String.join("; ", missing),
                Map.of("noteId", noteId, "missing", List.copyOf(missing)));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
