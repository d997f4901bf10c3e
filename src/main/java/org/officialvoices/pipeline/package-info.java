/** The build as a sequence of stages: load, read, check, plan, render, write. */
package org.officialvoices.pipeline;
