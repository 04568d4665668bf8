// Dependency-free, so the server's parsing, the forms and the browser's live search share them without pulling
// server code into the page's JavaScript.

/** Characters of a query kept; the rest is cut off. */
export const MAX_QUERY_LENGTH = 200;

/** Result pages a query can ask for (a higher number shows the last page). */
export const MAX_RESULTS_PAGE = 100;
