/** Stage 1, load: walk content/, read files strictly as UTF-8, split Markdown front matter from the body. */
package org.officialvoices.source;
