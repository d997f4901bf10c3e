package org.officialvoices.pipeline;

import java.io.Console;
import java.util.Map;

/**
 * What decides whether a person watches the output: whether it goes to a terminal, and the environment
 * ({@code CI} set, or {@code TERM=dumb}, means no one does). A value, so tests need not depend on how
 * the JVM running them was started.
 *
 * @param attached whether standard output and error are a terminal
 * @param env      the environment variables
 */
record Terminal(boolean attached, Map<String, String> env) {

    Terminal {
        env = Map.copyOf(env);
    }

    /** This process's terminal and environment. */
    static Terminal ofThisProcess() {
        return new Terminal(attached(System.console()), System.getenv());
    }

    boolean interactive() {
        return attached && !env.containsKey("CI") && !"dumb".equals(env.get("TERM"));
    }

    /**
     * From JDK 22 {@code System.console()} is never null, even when output is piped; {@code isTerminal()}
     * (JDK 22+, called by reflection since we compile for 17) then tells. On 17 to 21 a console means a terminal.
     */
    static boolean attached(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
