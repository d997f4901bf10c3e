/**
 * The editor's preview ({@code serve}): builds into memory, rebuilds only the pages a saved file affects,
 * serves on the loopback interface with live reload and an error overlay. Never writes the site folder.
 */
package org.officialvoices.serve;
