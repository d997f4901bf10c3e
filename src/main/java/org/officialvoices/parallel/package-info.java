/** Running a stage's independent items on every core, handed out in small batches so no core waits near the end. */
package org.officialvoices.parallel;
