/**
 * Evaluation: the checked plan is compiled once into small typed nodes (closures) that run per
 * participant and span; definition values are memoised per participant and span. The same code path
 * records how each line item was computed as trace steps ({@code compass.explain}) when the run
 * keeps line items with notes; a plain run passes the no-op tracer and records nothing.
 */
package compass.eval;
