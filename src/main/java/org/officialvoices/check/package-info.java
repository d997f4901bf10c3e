/** Stage 3, check: validation rules over the whole content, one small class each, all problems collected. */
package org.officialvoices.check;
