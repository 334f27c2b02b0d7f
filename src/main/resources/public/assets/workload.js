// The workload chart: a bar per person, this week's load as % of capacity against the 100 % line, as
// inline SVG; below it the load by week (heatmap.js).
import { json } from './api.js';
import { byId, byName, fill, s } from './dom.js';
import { drawHeatmap, loadWeeks } from './heatmap.js';

const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 26;
const VALUE_WIDTH = 130;
// below this width the value label drops the hours, leaving the bars room
const COMPACT_WIDTH = 600;
const COMPACT_VALUE_WIDTH = 64;
const TICK_PERCENT = 50;
const COMPACT_TICK_PERCENT = 100;

const state = { rows: [], weeks: null, settings: null, person: null };
let wired = false;

export async function showWorkload(ctx, params) {
  wireOnce();
  const [rows, weeks, team] = await Promise.all([json(`${ctx.base}/workload`), loadWeeks(ctx), json(ctx.base)]);
  state.rows = rows;
  state.weeks = weeks;
  state.settings = team.settings;
  state.person = params.get('person');
  for (const [id, limit] of [['warn-limit', 'capacityWarnPercent'], ['error-limit', 'capacityErrorPercent'],
    ['heat-warn-limit', 'capacityWarnPercent'], ['heat-error-limit', 'capacityErrorPercent']]) {
    fill(byId(id), team.settings[limit]);
  }
  draw();
  drawWeeks();
  byId('chart').querySelector('.highlight')?.scrollIntoView({ block: 'center' });
}

function drawWeeks() {
  drawHeatmap(state.weeks, state.settings, byId('workload-sort').value, state.person);
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  byId('workload-sort').addEventListener('change', () => {
    draw();
    drawWeeks();
  });
  let pending = null;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => !byId('view-workload').hidden && draw(), 150);
  });
}

/** Someone without capacity has no percentage (null); carrying load, they are over every limit. */
function percentOf(row) {
  return row.loadPercent ?? (row.loadHours > 0 ? Infinity : 0);
}

function shownPercent(row) {
  return row.loadPercent == null ? 'no capacity' : `${row.loadPercent} %`;
}

function sorted() {
  const names = (a, b) => byName(a.name, b.name);
  return [...state.rows].sort(byId('workload-sort').value === 'name'
    ? names
    : (a, b) => percentOf(b) - percentOf(a) || names(a, b));
}

/** Drawn at the container's width, so names and numbers keep their size on any screen. */
function draw() {
  const chart = byId('chart');
  const rows = sorted();
  const width = Math.max(300, chart.clientWidth);
  const nameWidth = Math.min(180, Math.round(width * 0.3));
  const compact = width < COMPACT_WIDTH;
  const valueWidth = compact ? COMPACT_VALUE_WIDTH : VALUE_WIDTH;
  const top = Math.max(100, state.settings.capacityErrorPercent, ...rows.map(percentOf).filter(Number.isFinite)) * 1.05;
  const scale = (percent) => nameWidth + (width - nameWidth - valueWidth) * percent / top;
  const height = AXIS_HEIGHT + rows.length * ROW_HEIGHT + 4;
  fill(chart, s('svg', {
    width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-labelledby': 'workload-heading',
  },
  s('desc', {}, 'Each bar is one person\'s estimated weekly load as a percentage of their capacity.'),
  axis(scale, top, height, compact ? COMPACT_TICK_PERCENT : TICK_PERCENT),
  rows.map((row, index) => bar(row, AXIS_HEIGHT + index * ROW_HEIGHT, scale, nameWidth, compact, top))));
}

function axis(scale, top, height, step) {
  const ticks = [];
  for (let p = 0; p <= top; p += step) {
    const x = scale(p);
    ticks.push(s('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 4, y2: height, class: p === 100 ? 'line-100' : 'grid' }),
      s('text', { x, y: AXIS_HEIGHT - 9, class: 'tick', 'text-anchor': 'middle' }, `${p} %`));
  }
  return s('g', { 'aria-hidden': 'true' }, ticks);
}

function bar(row, y, scale, nameWidth, compact, top) {
  const percent = percentOf(row);
  const level = percent > state.settings.capacityErrorPercent ? 'error'
    : percent > state.settings.capacityWarnPercent ? 'warn' : 'ok';
  const drawn = Math.min(percent, top);
  const summary = `${row.name}: ${shownPercent(row)}${row.loadPercent == null ? '' : ' of capacity'}, ${row.loadHours} h of ${row.capacityHours} h a week`
    + (row.roles.length ? `; roles: ${row.roles.join(', ')}` : '');
  const highlighted = state.person === String(row.personId);
  return s('g', { class: `person level-${level}${highlighted ? ' highlight' : ''}`, 'data-person': row.personId },
    s('title', {}, summary),
    highlighted && s('rect', { x: 0, y: y + 1, width: '100%', height: ROW_HEIGHT - 2, class: 'marked' }),
    s('a', { href: `#/warnings?person=${row.personId}`, 'aria-label': `${summary}. Show the warnings about ${row.name}` },
      s('text', { x: nameWidth - 8, y: y + ROW_HEIGHT / 2 + 4, 'text-anchor': 'end', class: 'name' },
        clip(row.name, nameWidth))),
    s('rect', { x: scale(0), y: y + 5, width: Math.max(1, scale(drawn) - scale(0)), height: ROW_HEIGHT - 10, class: `bar bar-${level}` }),
    s('text', { x: scale(drawn) + 6, y: y + ROW_HEIGHT / 2 + 4, class: 'value' },
      compact ? shownPercent(row) : `${shownPercent(row)} · ${row.loadHours} h`));
}

/** Long names are cut to the label column; the full name is in the bar's title. */
function clip(name, width) {
  const fits = Math.floor((width - 12) / 7);
  return name.length > fits ? `${name.slice(0, fits - 1)}…` : name;
}
