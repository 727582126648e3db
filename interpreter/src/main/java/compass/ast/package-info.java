/**
 * The plan as records: what the parser read, with a span on every node. Passes (checker, compiler,
 * formatter) live outside the nodes.
 */
package compass.ast;
