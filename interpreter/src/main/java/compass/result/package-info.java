/**
 * What a run produces, as plain records: statement rows, line items, the reconciliation of every
 * deal, the rows --keep-going left out and explanations. They sit below {@code eval} (which fills
 * them) and are part of the facade's vocabulary: {@code api} returns them and every front end reads
 * them.
 */
package compass.result;
