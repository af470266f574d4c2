const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a URL, a cookie or a token can name a row: anything else is answered as "not found" early. */
export const isUuid = (value: string) => UUID.test(value);
