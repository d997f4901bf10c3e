package org.officialvoices.output;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The output could not be written (a full disk, a folder that cannot be made): a problem of the machine,
 * not of the content or of the generator. The message names the file and the system's reason.
 */
public final class OutputFailed extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public OutputFailed(String what, IOException cause) {
        super(what + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException fs) {
            return "something that is not a folder is in the way at " + fs.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException fs) {
            return "no such folder: " + fs.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException fs) {
            return "permission denied at " + fs.getFile();
        }
        // NIO puts the path in the message and the system's reason ("Not a directory") in getReason()
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " at " + fs.getFile();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(); // "No space left on device"
    }
}
