/**
 * Evaluation: the checked plan is compiled once into small typed nodes (closures) that run per
 * participant and span; definition values are memoised per participant and span. The same code
 * path produces the notes that explain each line item.
 */
package compass.eval;
