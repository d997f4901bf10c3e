package org.officialvoices.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.officialvoices.content.json.JNode;
import org.officialvoices.content.json.JsonTreeReader;
import org.officialvoices.content.json.ObjectFields;
import org.officialvoices.diag.Diagnostics;
import org.officialvoices.source.SourceFile;

/** Reads one {@code accounts/<id>.json} file into an {@link Account}. */
final class AccountReader {

    static final Set<String> FIELDS = Set.of("id", "name", "nameZh", "handle", "platform", "owner", "kind", "country",
            "created", "status", "source", "summary", "events", "observations", "disagreements");

    private AccountReader() {
    }

    static Optional<Account> read(SourceFile file, Diagnostics d, Values values) {
        return JsonTreeReader.read(file, d)
                .flatMap(root -> ObjectFields.of(root, file.path(), d, "account", FIELDS)
                        .flatMap(f -> account(f, file, d, values, Translations.collect(root, file.path(), d))));
    }

    private static Optional<Account> account(ObjectFields f, SourceFile file, Diagnostics d, Values values,
            java.util.Map<String, String> zh) {
        String id = f.requiredString("id");
        if (id != null && !id.equals(file.stem())) {
            d.error(file.path(), f.pos("id"), "account id \"" + id + "\" does not match its file name",
                    "set \"id\": \"" + file.stem() + "\" (the id is the file name), or rename the file");
        }
        String name = f.requiredString("name");
        String nameZh = f.optionalString("nameZh").orElse(null);
        String handle = f.optionalString("handle").orElse(null);
        Ref platform = values.ref(f, "platform", true);
        String owner = values.shared(f.requiredString("owner"));
        Ref kind = values.ref(f, "kind", true);
        String country = values.shared(f.requiredString("country"));
        Dated created = values.dated(f, "created");
        Status status = Values.choice(f, "status", Status::byId, Status.ids(), null);
        Ref source = values.ref(f, "source", true);
        String summary = f.optionalString("summary").orElse(null);
        List<Event> events = new ArrayList<>();
        for (JNode node : f.array("events", false)) {
            values.event(node, file.path(), d).ifPresent(events::add);
        }
        List<Observation> observations = new ArrayList<>();
        for (JNode node : f.array("observations", false)) {
            Values.fields(node, file.path(), d, "observation", Values.OBSERVATION_FIELDS)
                    .flatMap(values::observation).ifPresent(observations::add);
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (JNode node : f.array("disagreements", false)) {
            values.disagreement(node, file.path(), d).ifPresent(disagreements::add);
        }
        if (id == null || name == null || platform == null || owner == null || kind == null || country == null
                || status == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Account(id, f.pos("id"), name, nameZh, handle, platform, owner, kind, country,
                f.pos("country"), created, status, source, summary, events, observations, disagreements,
                file.path(), zh));
    }
}
