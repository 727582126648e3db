/**
 * Types with units (money, percent, number, date ...) and the rules for combining them (SEMANTICS
 * 1).
 */
package compass.types;
