package org.officialvoices.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a deploy has to do, worked out from values alone: the local files, the keys the bucket holds under
 * the prefix, and the last manifest. A file goes up when the bucket lacks it or the manifest does not
 * confirm its fingerprint; an object goes when no local file has its key. The manifest itself is never
 * deleted. Usage: {@code DeployPlan.of(files, bucketKeys, manifest).uploads()}.
 *
 * @param uploads in the order they go up: by {@link ServingRules.Phase}, then by path
 * @param deletes paths inside the site whose objects are to be deleted, sorted
 * @param unchanged how many local files are already in the bucket as they are
 * @param manifest the manifest to write once every upload succeeded
 * @param writeManifest false when the stored manifest already says exactly this
 */
public record DeployPlan(List<Upload> uploads, List<String> deletes, int unchanged, Manifest manifest,
        boolean writeManifest) {

    public DeployPlan {
        uploads = List.copyOf(uploads);
        deletes = List.copyOf(deletes);
    }

    /** Why a file goes up. */
    public enum Reason {
        /** Neither the bucket nor the manifest has it. */
        NEW,
        /** The manifest has another fingerprint for it, or the bucket has an object the manifest does not confirm. */
        CHANGED,
        /** The manifest lists it, but the bucket lacks it (deleted by hand, or a deploy stopped). */
        MISSING
    }

    /** One file to send. */
    public record Upload(LocalFile file, Reason reason) {
    }

    /**
     * The plan for {@code local} files (sorted or not), given the paths the bucket holds under the prefix
     * ({@code remote}, the manifest's own name included or not) and the stored manifest ({@code previous}).
     */
    public static DeployPlan of(List<LocalFile> local, Set<String> remote, Manifest previous) {
        List<Upload> uploads = new ArrayList<>();
        Set<String> kept = new HashSet<>(local.size() * 2);
        int unchanged = 0;
        for (LocalFile file : local) {
            kept.add(file.path());
            String confirmed = previous.files().get(file.path());
            boolean stored = remote.contains(file.path());
            if (stored && file.fingerprint().equals(confirmed)) {
                unchanged++;
            } else {
                Reason reason = !stored && file.fingerprint().equals(confirmed) ? Reason.MISSING
                        : !stored && confirmed == null ? Reason.NEW : Reason.CHANGED;
                uploads.add(new Upload(file, reason));
            }
        }
        uploads.sort(Comparator.comparing((Upload u) -> ServingRules.phase(u.file().path()))
                .thenComparing(u -> u.file().path()));
        List<String> deletes = remote.stream().filter(path -> !kept.contains(path) && !path.equals(Manifest.NAME))
                .sorted().toList();
        Manifest next = Manifest.of(local);
        boolean write = !uploads.isEmpty() || !next.equals(previous) || !remote.contains(Manifest.NAME);
        return new DeployPlan(uploads, deletes, unchanged, next, write);
    }

    /** The uploads of one phase, in order. */
    public List<Upload> uploads(ServingRules.Phase phase) {
        return uploads.stream().filter(u -> ServingRules.phase(u.file().path()) == phase).toList();
    }

    /** True when nothing is to be uploaded, deleted or written. */
    public boolean nothingToDo() {
        return uploads.isEmpty() && deletes.isEmpty() && !writeManifest;
    }
}
