// Applications per day as a bar chart drawn in SVG: an image to assistive technology (role="img",
// named by its title, described by a sentence with the total and the busiest day), the numbers
// themselves in the table that follows it. Bars in the key colour; no colour carries meaning alone.
import { useLang } from '../i18n';
import { count } from '../ui/text';

export type Day = { day: string; count: number };

const width = 640;
const height = 200;
const pad = { top: 8, right: 8, bottom: 24, left: 40 };

/** The day as the chart's labels write it: 11/27. */
function short(day: string): string {
  const [, m, d] = day.split('-');
  return `${Number(m)}/${Number(d)}`;
}

export function PerDayChart(props: { days: Day[] }) {
  const { t, lang } = useLang();
  const days = props.days;
  const max = Math.max(...days.map((d) => d.count));
  const busiest = days.find((d) => d.count === max)!;
  const total = days.reduce((n, d) => n + d.count, 0);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = plotW / days.length;
  const barW = Math.max(1, step * 0.7);
  const y = (n: number) => pad.top + plotH - (n / max) * plotH;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="per-day-title per-day-desc">
      <title id="per-day-title">{t('dashboard.perDayChartTitle')}</title>
      <desc id="per-day-desc">
        {t('dashboard.perDayChartDesc', {
          from: days[0].day, to: days[days.length - 1].day, days: days.length, total: count(lang, total),
          max: count(lang, max), maxDay: busiest.day,
        })}
      </desc>
      <line class="chart-axis" x1={pad.left} y1={pad.top + plotH} x2={width - pad.right} y2={pad.top + plotH} />
      <text class="chart-label" x={pad.left - 4} y={y(max) + 4} text-anchor="end">
        {max}
      </text>
      <text class="chart-label" x={pad.left - 4} y={pad.top + plotH} text-anchor="end">
        0
      </text>
      {days.map((d, i) => (
        <rect key={d.day} class="chart-bar" x={pad.left + i * step + (step - barW) / 2} y={y(d.count)} width={barW} height={pad.top + plotH - y(d.count)} />
      ))}
      <text class="chart-label" x={pad.left} y={height - 6}>
        {short(days[0].day)}
      </text>
      <text class="chart-label" x={width - pad.right} y={height - 6} text-anchor="end">
        {short(days[days.length - 1].day)}
      </text>
    </svg>
  );
}
