package compass.ast;

import compass.source.Span;

/** A name as written, with where it was written. */
public record Named(String text, Span span) {}
