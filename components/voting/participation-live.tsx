"use client";

import { useEffect, useState } from "react";

/**
 * Participation while a poll is open: refreshed every 5 seconds (no live announcement, so a
 * screen reader is not interrupted; the numbers are read when reached). Without JavaScript
 * the page shows the numbers of its last load.
 */
export function ParticipationLive({
  url,
  voted,
  entitled,
  open,
}: {
  url: string;
  voted: number;
  entitled: number;
  open: boolean;
}) {
  const [data, setData] = useState({ voted, entitled });
  // new numbers from the server (after a vote on this page) replace the polled ones; adjusted
  // while rendering, as React recommends, instead of in an effect that renders twice
  const [fromServer, setFromServer] = useState({ voted, entitled });
  if (fromServer.voted !== voted || fromServer.entitled !== entitled) {
    setFromServer({ voted, entitled });
    setData({ voted, entitled });
  }
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(async () => {
      const response = await fetch(url, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setData(await response.json());
    }, 5000);
    return () => clearInterval(timer);
  }, [url, open]);
  return (
    <div className="mt-2">
      <p>
        Abgestimmt: <strong data-testid="beteiligung">{data.voted}</strong> von {data.entitled}{" "}
        {data.entitled === 1 ? "Sitz" : "Sitzen"}
      </p>
      <progress
        value={data.voted}
        max={Math.max(data.entitled, 1)}
        aria-label="Beteiligung"
        className="mt-1 h-3 w-full max-w-md"
      />
    </div>
  );
}
