/** Several calls for the same key in a row: one run, `ms` after the last. */
export function debounce(run: (key: string) => void, ms = 150) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return (key: string) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        run(key);
      }, ms),
    );
  };
}
