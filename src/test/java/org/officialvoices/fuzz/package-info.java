/**
 * Fuzz tests (Jazzer): the readers, the site settings and whole builds fed mutated content. In a plain
 * {@code mvn test} they replay their corpus ({@code src/test/resources/fuzz/<Test>Inputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} one target fuzzes, coverage-guided ({@code bench/fuzz.sh}).
 */
package org.officialvoices.fuzz;
