package org.officialvoices.content;

import java.math.BigDecimal;
import java.util.Objects;

import org.officialvoices.diag.Pos;

/**
 * One figure, true on one date, read from one source: "about 530,000 followers on 21 May 2019 (inferred)".
 *
 * @param inferred true when we worked the value or its date out from the source rather than read it there
 * @param note     why the figure is recorded as it is, in our words; may be null
 */
public record Observation(Metric metric, BigDecimal value, Qualifier qualifier, PartialDate date, boolean inferred,
        Ref source, String note, Pos pos) {

    public Observation {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
