/** A page's query string as Next passes it: a key repeated in the URL arrives as an array. */
export type SearchRecord = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?q=a&q=b` reads as "a"). */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
