/**
 * Values and exact money arithmetic: currencies with their minor units, rounding policies and
 * splitting amounts over periods, all over {@link java.math.BigDecimal} (SEMANTICS 1, 13a).
 */
package compass.value;
