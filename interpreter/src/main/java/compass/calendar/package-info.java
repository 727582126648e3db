/**
 * Fiscal calendar and pay periods (SEMANTICS 2): {@link compass.calendar.FiscalCalendar} turns a
 * fiscal year start month into {@link compass.calendar.Period}s and reads and writes their labels
 * ({@code 2027-03}, {@code 2027-Q1}, {@code FY2027-H1}, {@code FY2027}).
 */
package compass.calendar;
