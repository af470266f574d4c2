"use client";

import { useState } from "react";

/**
 * The values an edit form shows for a row under optimistic concurrency, and the version it will name on save.
 * When the page refreshes with a newer version (someone else's edit, a reassignment, a status update), an untouched
 * form takes the server's values and version; a form with unsaved edits keeps them and gets the conflict on save.
 * Controlled forms change values through `edit`; uncontrolled ones call `touch` from the form's onChange.
 */
export function useVersionedValues<V>(server: V, serverVersion: number) {
  const [values, setValues] = useState(server);
  const [version, setVersion] = useState(serverVersion);
  const [touched, setTouched] = useState(false);
  // Saved and not edited since: the refresh after our own save brings our version, which the form then follows.
  const [savedClean, setSavedClean] = useState(false);
  const [synced, setSynced] = useState({ version: serverVersion, values: server });
  if (serverVersion !== synced.version) {
    const untouched = !touched && JSON.stringify(values) === JSON.stringify(synced.values);
    if (untouched || (savedClean && version === serverVersion)) {
      setValues(server);
      setVersion(serverVersion);
      setTouched(false);
    }
    setSynced({ version: serverVersion, values: server });
  }

  return {
    values,
    version,
    edit: (patch: Partial<V>) => {
      setValues((v) => ({ ...v, ...patch }));
      setSavedClean(false);
    },
    touch: () => {
      setTouched(true);
      setSavedClean(false);
    },
    /** After a successful save: these values are now the row's, at this version. */
    saved: (next: V, nextVersion: number) => {
      setValues(next);
      setVersion(nextVersion);
      setTouched(false);
      setSavedClean(true);
    },
    /** Start again from values the server sent (a conflict's current row). */
    replace: (next: V, nextVersion: number) => {
      setValues(next);
      setVersion(nextVersion);
      setTouched(false);
    },
  };
}
