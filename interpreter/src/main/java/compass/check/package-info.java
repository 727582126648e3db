/**
 * Checking, before any data is read: names, types and units, plan shape (tier bands, cycles). The
 * result is a {@link compass.check.CheckedPlan}; only a checked plan can be compiled or run.
 */
package compass.check;
