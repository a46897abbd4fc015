/**
 * Cost sharing (clés de répartition): the pole's and its organisations' cost pools, shared by keys mixing hours
 * booked, m² occupied, headcount, equal shares and fixed percentages, and each organisation's statement for a period,
 * to the cent, with what its bookings cost at their rates.
 */
package org.coopole.costs;
