# Standard measures, for plans to import: `import "stdlib/lib/measures.comp"`.
# They read a deal money field `amount` and a `quota` that the importing plan defines.

# Bookings: the credited amount of the participant's deals in the span (a split counts at the
# participant's share).
bookings = sum of amount

# Attainment: bookings against quota, a percent.
attainment = bookings / quota

# Deals won in the span.
deals_won = count of deals
