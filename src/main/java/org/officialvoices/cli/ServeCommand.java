package org.officialvoices.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.officialvoices.serve.DevSession;

/**
 * {@code serve [--content DIR] [--templates DIR] [--port N] [--open]}: the editor's command. Runs until
 * stopped (Ctrl+C); content errors are shown, never fatal.
 */
final class ServeCommand {

    static final int DEFAULT_PORT = 8080;

    /** Parsed options; {@code templates} is null when the compiled-in templates are to be used. */
    record Options(Path content, Path templates, int port, boolean open) {

        static Options parse(Deque<String> rest) {
            Path content = Path.of("content");
            Path templates = Files.isDirectory(Path.of("templates")) ? Path.of("templates") : null;
            int port = DEFAULT_PORT;
            boolean open = false;
            while (!rest.isEmpty()) {
                String option = rest.pop();
                switch (option) {
                    case "--content" -> content = Path.of(Main.Options.value(option, rest));
                    case "--templates" -> templates = Path.of(Main.Options.value(option, rest));
                    case "--port" -> port = Main.Options.number(option, Main.Options.value(option, rest));
                    case "--open" -> open = true;
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\" for serve");
                }
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--port needs a number from 1 to 65535 (0 picks a free port)");
            }
            if (!Files.isDirectory(content)) {
                throw new IllegalArgumentException("content folder " + content + " not found; run from the project folder, "
                        + "or pass --content DIR");
            }
            if (templates != null && !Files.isDirectory(templates)) {
                throw new IllegalArgumentException("templates folder " + templates + " not found");
            }
            return new Options(content, templates, port, open);
        }
    }

    private ServeCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        DevSession session;
        try {
            session = DevSession.start(options.content(), options.templates(), options.port(), out);
        } catch (BindException e) {
            err.printf(Locale.ROOT, "error: port %d is in use (%s); pass --port N, or --port 0 for any free port%n",
                    options.port(), e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("error: cannot start the server: " + e.getMessage());
            return Main.USAGE;
        }
        try (session) {
            out.printf(Locale.ROOT, "serving %s from memory (content: %s, templates: %s); only this machine can connect%n",
                    session.uri(), options.content(), options.templates() == null ? "compiled in" : options.templates());
            out.println("watching for changes; save a file to rebuild, Ctrl+C to stop");
            out.flush();
            if (options.open()) {
                open(session.uri(), err);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    session.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }));
            session.run();
            return Main.OK;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Main.INTERNAL;
        }
    }

    /** Opens the default browser, with the command each system has for it. */
    private static void open(URI uri, PrintStream err) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("could not open a browser (" + command.get(0) + ": " + e.getMessage() + "); visit " + uri);
        }
    }
}
