package org.coopole.costs;

import org.coopole.common.OrganisationId;

import java.math.BigDecimal;

/** An organisation sharing a pool, with its figures for the keys by area, headcount and fixed percentage. */
public record ShareData(OrganisationId organisation, BigDecimal areaM2, BigDecimal headcount, BigDecimal percent) {

    public ShareData {
        areaM2 = areaM2 == null ? BigDecimal.ZERO : areaM2;
        headcount = headcount == null ? BigDecimal.ZERO : headcount;
        percent = percent == null ? BigDecimal.ZERO : percent;
    }
}
