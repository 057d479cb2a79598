// Pages whose content changes as new items are published: a fact cited to one may scroll away.
const listingPage = /\/(tag|tags|category|categories|itemlist|search)(\/|\?|$)|\/archives?\/?$|\/page\/\d+|[?&](start|offset|paged)=\d+/i;
// The scheme and host, and the fragment: what is left is the path and the query. A string match,
// not `new URL`, since `stats` asks this of every source on a cold start.
const outside = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*|#.*$/gis;

/** Whether a URL is a tag, category, search, archive or paginated page rather than an article. */
export const isListingPage = (url: string): boolean => listingPage.test(url.replace(outside, ''));
