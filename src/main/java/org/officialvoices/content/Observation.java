package org.officialvoices.content;

import java.math.BigDecimal;
import java.util.Objects;

import org.officialvoices.diag.Pos;

/**
 * One figure, true on one date, read from one source: "about 530,000 followers on 21 May 2019 (date inferred)".
 *
 * @param valueInferred true when we worked the number out rather than read it in the source
 * @param dateInferred  true when we worked out the date on which the figure was true
 * @param claimed       true when the figure is the owner's own claim about itself, not an outside count
 * @param note          why the figure is recorded as it is, in our words; required when anything is inferred
 */
public record Observation(Metric metric, BigDecimal value, Qualifier qualifier, PartialDate date,
        boolean valueInferred, boolean dateInferred, boolean claimed, Ref source, String note, Pos pos) {

    public Observation {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /** True when the value, the date or both were worked out rather than read. */
    public boolean inferred() {
        return valueInferred || dateInferred;
    }

    /** True when the source hedges the value (about, more than, nearly) or the value was inferred. */
    public boolean valueUncertain() {
        return valueInferred || qualifier != Qualifier.EXACT;
    }

    /** True when the value is uncertain or the date was inferred: a point on a time chart is then drawn hollow. */
    public boolean uncertain() {
        return valueUncertain() || dateInferred;
    }
}
