/** The thin command-line entry point: parse arguments, run the pipeline, print diagnostics, return an exit code. */
package org.officialvoices.cli;
