package org.officialvoices.site;

import java.util.List;

import org.officialvoices.content.Observation;
import org.officialvoices.content.Qualifier;

/**
 * How a chart draws a figure's hedging, the same on bars, trend lines and the compare view: a hedged or inferred
 * value is hollow with a dashed outline; "more than" adds an arrowhead pointing past the value, "less than" one
 * pointing back from it. On a time chart an inferred date makes a point hollow too, as its place across is worked out.
 *
 * @param hedged  the source hedges the value (about, nearly, more than, less than) or we inferred it
 * @param above   the true figure is higher than the one drawn ("more than")
 * @param below   the true figure is lower than the one drawn ("less than")
 */
public record Marks(boolean hedged, boolean above, boolean below) {

    /** Marks of a bar, whose length shows only the value. */
    static Marks of(Observation o) {
        return of(o, false);
    }

    /** Marks of a figure; {@code overTime} when its date places it, so that an inferred date hedges it too. */
    static Marks of(Observation o, boolean overTime) {
        return new Marks(overTime ? o.uncertain() : o.valueUncertain(), o.qualifier() == Qualifier.MORE_THAN,
                o.qualifier() == Qualifier.LESS_THAN);
    }

    /** The CSS classes of a bar or point with these marks, after {@code base}. */
    public String classes(String base) {
        return base + (hedged ? " " + base + "-hedged" : "") + (above ? " " + base + "-above" : "")
                + (below ? " " + base + "-below" : "");
    }

    /**
     * Which marks a chart's legend explains: only those its figures carry.
     *
     * @param exact true when some figure is drawn plain, so the legend shows the plain key too
     */
    public record Legend(boolean exact, boolean hedged, boolean above, boolean below) {

        /** Nothing to explain when every figure is drawn plain. */
        public boolean needed() {
            return hedged || above || below;
        }
    }

    static Legend legend(List<Observation> observations, boolean overTime) {
        boolean exact = false;
        boolean hedged = false;
        boolean above = false;
        boolean below = false;
        for (Observation o : observations) {
            Marks m = of(o, overTime);
            exact |= !m.hedged();
            hedged |= m.hedged();
            above |= m.above();
            below |= m.below();
        }
        return new Legend(exact, hedged, above, below);
    }
}
