import { LIGHT_LABEL, type Light } from "@/lib/recommendations/traffic-light";

const STYLE: Record<Light, { className: string; symbol: string }> = {
  done: { className: "border-green-800 bg-green-50 text-green-900", symbol: "✓" },
  "on-track": { className: "border-amber-800 bg-amber-50 text-amber-900", symbol: "●" },
  overdue: { className: "border-red-800 bg-red-50 text-red-900", symbol: "!" },
  cancelled: { className: "border-gray-600 bg-gray-50 text-gray-800", symbol: "–" },
};

/** The traffic light as text with a symbol and a colour (never colour alone). */
export function TrafficLight({ light }: { light: Light }) {
  const style = STYLE[light];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${style.className}`}
      data-light={light}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {LIGHT_LABEL[light]}
    </span>
  );
}
