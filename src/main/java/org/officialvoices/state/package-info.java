/**
 * What the last successful build into an output folder read and wrote, kept beside it ({@code .site.state})
 * so that the next build reads, checks and renders again only what changed.
 */
package org.officialvoices.state;
