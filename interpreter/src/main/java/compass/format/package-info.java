/**
 * The canonical layout of plan text ({@code compass fmt}): indentation, spacing between tokens,
 * blank lines and comment placement, computed from the token stream so that every comment is kept
 * and constructs the formatter has no rule for are still laid out sensibly.
 */
package compass.format;
