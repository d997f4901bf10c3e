/** New content files ({@code new case-study}, {@code new account}) that pass {@code check} as written. */
package org.officialvoices.scaffold;
