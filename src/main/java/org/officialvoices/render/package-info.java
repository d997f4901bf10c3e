/** Stage 5, render: Markdown to safe HTML and pages through the precompiled jte templates. */
package org.officialvoices.render;
