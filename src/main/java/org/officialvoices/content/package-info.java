/** Stage 2, read: typed records built from the loaded files, with every field's position kept for checks. */
package org.officialvoices.content;
