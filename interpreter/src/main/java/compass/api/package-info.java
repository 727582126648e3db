/**
 * The one facade every front end uses (CLI, REPL, tests, benchmarks): check, run, explain and
 * format a plan, and open what-if sessions ({@link compass.api.Compass#session}). The types it
 * hands out live in the packages below it (result, session, diag, source), which front ends may use
 * too; nothing else (LayeringTest).
 */
package compass.api;
