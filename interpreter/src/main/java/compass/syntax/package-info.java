/**
 * Parsing: the facade over ANTLR's generated parser, the error listener that turns ANTLR's messages
 * into diagnostics, and the builder from parse tree to AST. Nothing outside this package touches
 * the generated classes.
 */
package compass.syntax;
