/** Problems in the input, located at file, line and column, and the exception that carries them to the CLI. */
package org.officialvoices.diag;
