/** The one facade every front end uses (CLI, REPL, tests): load, check and run a plan. */
package compass.api;
