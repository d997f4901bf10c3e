/** Stage 6, write: stage the new site beside the target and swap it in whole. */
package org.officialvoices.output;
