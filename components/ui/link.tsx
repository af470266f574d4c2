"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The app's link: Next's `Link` that prefetches on intent (the pointer over it, or keyboard focus) instead of whenever
 * it scrolls into view. Every agency page is dynamic, so a viewport prefetch is a server render of that route (up to
 * its loading boundary, behind the session check): the nav and a list's rows made 24–61 such requests per page view,
 * measured on Northwind's pages, each view itself being one. A `prefetch` prop still decides where one is given.
 * This is the pattern Next's Link documentation gives for prefetching on hover.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch !== undefined ? prefetch : intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
