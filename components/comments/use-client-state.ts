"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/** True once running in the browser (false during the server render and hydration). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}

const STORAGE_EVENT = "local-storage-change";

function subscribeStorage(callback: () => void) {
  window.addEventListener("storage", callback);
  window.addEventListener(STORAGE_EVENT, callback);
  return () => {
    window.removeEventListener("storage", callback);
    window.removeEventListener(STORAGE_EVENT, callback);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage can be unavailable (private mode, blocked): behave as empty.
  }
}

/** A localStorage entry as React state; `write(null)` removes it. */
export function useLocalStorage(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribeStorage, () => read(key), () => null);
  const write = (next: string | null) => {
    try {
      if (next === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, next);
    } catch {
      // Not saving is acceptable.
    }
    window.dispatchEvent(new Event(STORAGE_EVENT));
  };
  return [value, write];
}
