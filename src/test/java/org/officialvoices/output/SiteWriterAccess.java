package org.officialvoices.output;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests elsewhere ask what {@link SiteWriter} would find in the way of removing an old site. */
public final class SiteWriterAccess {

    private SiteWriterAccess() {
    }

    public static IOException obstacle(Path site) {
        return SiteWriter.obstacleToRemoving(site.toAbsolutePath());
    }
}
