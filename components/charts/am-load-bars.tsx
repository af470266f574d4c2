export type AmLoadDatum = {
  id: string;
  name: string;
  weightedLoad: number;
  load: number;
  headroom: number;
  statusLabel: string;
  /** Bar colour (recharts reads `fill` from the data entry). */
  fill: string;
};

type Props = {
  data: AmLoadDatum[];
  band: { min: number; max: number };
  bandColor: string;
  /** Accessible name of the chart image; the same numbers are in the table beside it. */
  label: string;
};

const formatLoad = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Horizontal bars of weighted load per AM with the guideline band shaded between two dashed lines, drawn with plain
 * HTML and CSS: the dashboard's first chart costs no charting library (recharts is ~100 KB gzipped) and renders on
 * the server. Hovering a bar shows the AM's status, load and headroom (a native title).
 */
export function AmLoadBars({ data, band, bandColor, label }: Props) {
  const highest = Math.max(band.max, ...data.map((d) => d.weightedLoad));
  const step = highest < 16 ? 2 : highest < 40 ? 5 : 10;
  const domainMax = Math.ceil((highest + 0.5) / step) * step;
  const ticks = Array.from({ length: domainMax / step + 1 }, (_, i) => i * step);
  const at = (value: number) => `${(value / domainMax) * 100}%`;
  return (
    <div role="img" aria-label={label} data-testid="am-load-chart" className="text-xs text-slate-700">
      <div className="grid grid-cols-[8rem_1fr_2.5rem] items-center gap-x-2">
        <span />
        <div className="relative h-5">
          <span className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: at((band.min + band.max) / 2) }}>
            guideline {band.min}–{band.max}
          </span>
        </div>
        <span />
        {data.map((d) => (
          <div key={d.id} className="contents" data-am-bar={d.id}>
            <span className="truncate text-right" title={d.name}>
              {d.name}
            </span>
            <div className="relative h-6">
              <div
                aria-hidden="true"
                data-band
                className="absolute inset-y-0 border-x border-dashed"
                style={{
                  left: at(band.min),
                  width: at(band.max - band.min),
                  backgroundColor: `${bandColor}24`,
                  borderColor: bandColor,
                }}
              />
              <div
                data-bar
                className="absolute inset-y-1 left-0 rounded-r"
                style={{ width: `max(2px, ${at(d.weightedLoad)})`, backgroundColor: d.fill }}
                title={`${d.name}: ${d.statusLabel}, weighted load ${formatLoad(d.weightedLoad)} (${d.load} accounts); ${
                  d.headroom >= 0 ? `headroom ${formatLoad(d.headroom)}` : `${formatLoad(-d.headroom)} over the maximum`
                }`}
              />
            </div>
            <span className="font-mono text-slate-900 tabular-nums">{formatLoad(d.weightedLoad)}</span>
          </div>
        ))}
        <span />
        <div aria-hidden="true" className="relative h-5 border-t border-slate-300">
          {ticks.map((tick) => (
            <span key={tick} className="absolute top-1 -translate-x-1/2 text-slate-500" style={{ left: at(tick) }}>
              {tick}
            </span>
          ))}
        </div>
        <span />
      </div>
    </div>
  );
}
