/**
 * {@code compass serve}: the analyst's local dashboard (payouts, statements, what-ifs, plan
 * history) and the pages reps and managers open through shared links, with a JSON twin of every
 * page under {@code /api/}. Pages are precompiled jte templates (every value escaped); the engine
 * is reached only through {@code compass.api} and the session it opens.
 */
package compass.web.server;
