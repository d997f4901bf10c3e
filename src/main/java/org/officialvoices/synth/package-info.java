/** Deterministic synthetic content in the real format, for benchmarks and scale tests. */
package org.officialvoices.synth;
