/**
 * The web front end: statement pages a rep opens in a browser and the analyst's local dashboard.
 * Like the command line, it sees the engine only through {@code compass.api}.
 */
package compass.web;
