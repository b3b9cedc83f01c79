/** A value a container reads once and keeps for a while: settings, secrets. */
export interface Kept<T> {
  /** The kept value, or a new read when there is none or it is older than the keeping time. */
  get(): Promise<T>;
  /** Drops the kept value: the next `get` reads again. */
  forget(): void;
}

/** Keeps what `read` answers for `ms`; a failed read is not kept, so the next call reads again. */
export function keptFor<T>(ms: number, read: () => Promise<T>): Kept<T> {
  let kept: { value: Promise<T>; at: number } | undefined;
  return {
    get() {
      const now = Date.now();
      if (!kept || now - kept.at > ms) {
        const fresh = { value: read(), at: now };
        fresh.value.catch(() => {
          if (kept === fresh) kept = undefined;
        });
        kept = fresh;
      }
      return kept.value;
    },
    forget() {
      kept = undefined;
    },
  };
}
