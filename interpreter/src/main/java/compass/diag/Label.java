package compass.diag;

import compass.source.Span;

/** A secondary span of a diagnostic, with a short text shown under it. */
public record Label(Span span, String text) {}
