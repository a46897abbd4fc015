package org.coopole.costs;

/** Someone saved the pool after the person opened it: nothing was written, and the form keeps what was typed. */
public class CostPoolChangedMeanwhile extends RuntimeException {

    public CostPoolChangedMeanwhile() {
        super("the cost pool changed since it was read");
    }
}
