// The median round of one case for one provider, from the JSON lines bench/run wrote for it (one per round).
// Usage: node median.mjs FILE KEY  (KEY: rps or fps). Prints that round's summary with, added,
// per_cpu_median (the median of the rounds' requests per CPU-second of the server, not necessarily the same
// round's) and spread (each round's KEY, in the order of the rounds).
import { readFileSync } from 'node:fs';

const [file, key] = process.argv.slice(2);
const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const rate = (x) => (x >= 100 ? Math.round(x) : +x.toFixed(1));
const byRate = [...rows].sort((a, b) => a[key] - b[key]);
const mid = { ...byRate[(byRate.length - 1) >> 1] };
mid[key] = rate(mid[key]);
mid.per_cpu_median = rate(median(rows.map((r) => r.per_cpu)));
mid.spread = rows.map((r) => rate(r[key])).join(' / ');
console.log(JSON.stringify(mid));
