/**
 * A log line that may come once per request in a bad moment (the database unreachable: every
 * request answers 503) but should reach the log once per `intervalMs`: the first line is
 * written at once; lines within the interval after it are only counted, and the next line
 * written after the interval says how many were left out. Nothing is written by a timer.
 */
export interface ThrottledLogOptions {
  intervalMs: number;
  write?: (line: string) => void;
  now?: () => number;
}

export function throttledLog({
  intervalMs,
  write = (line) => console.error(line),
  now = Date.now,
}: ThrottledLogOptions): (line: string) => void {
  let lastWrittenAt: number | null = null;
  let suppressed = 0;
  return (line) => {
    const at = now();
    if (lastWrittenAt !== null && at - lastWrittenAt < intervalMs) {
      suppressed++;
      return;
    }
    const seconds = lastWrittenAt === null ? 0 : Math.round((at - lastWrittenAt) / 1000);
    write(
      suppressed > 0
        ? `${line} (${suppressed} weitere solche Meldung${suppressed === 1 ? "" : "en"} in den ${seconds} s davor nicht geschrieben)`
        : line,
    );
    lastWrittenAt = at;
    suppressed = 0;
  };
}
