/** JSON parsed into a tree that keeps each value's line and column, and typed reading of its fields. */
package org.officialvoices.content.json;
