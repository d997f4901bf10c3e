/** Stage 4, model: indexes over checked content, the plan of every page and file, and the typed views templates take. */
package org.officialvoices.site;
