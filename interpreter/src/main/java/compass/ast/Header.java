package compass.ast;

import compass.source.Span;
import java.time.LocalDate;

/**
 * The plan header. Settings the plan leaves out are null here; the checker applies defaults (fiscal
 * year from January, half-even rounding) and reports what is missing.
 */
public record Header(
    String name,
    String version,
    Named currency,
    Named fiscalStart,
    Named frequency,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Span effectiveSpan,
    Named rounding,
    Span span) {}
