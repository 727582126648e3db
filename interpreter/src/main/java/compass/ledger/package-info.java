/**
 * The paid record (issue 16): one folder per closed pay period, plain text meant for git, with the
 * statement and line items as they were paid, a manifest of the hashes they were computed from and
 * a checksum that catches a hand edit. Evaluation will ask this package what was paid; it never
 * recomputes history. Only {@code compass.api} writes it.
 */
package compass.ledger;
