// The load by week: people down, the horizon's ISO weeks across, each cell coloured by load % with
// the team's warning and error shares. Hovering (or tapping) a cell says the hours and the initiatives
// they come from; a person's name links to their warnings. Sticky names and week headers keep a
// team of 200 over 26 weeks readable while it scrolls.
import { json } from './api.js';
import { byId, byName, fill, h } from './dom.js';

/** Shades of the within-capacity colour, by quarter of the warning share. */
const SHADES = 4;
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

let shown = null;
let wired = false;

export function loadWeeks(ctx) {
  return json(`${ctx.base}/workload?by=week`);
}

/**
 * Draws the weeks of {@code data} (the answer of GET …/workload?by=week) in the #heatmap table,
 * sorted as the Workload view's select says; {@code person} (an id, or null) is highlighted.
 */
export function drawHeatmap(data, settings, order, person) {
  wireOnce();
  const runs = new Map(data.initiatives.map((run) => [run.initiativeId, run]));
  const people = data.people.map((p) => ({ ...p, peak: Math.max(0, ...p.load.map(severity)) }));
  people.sort(order === 'name' ? (a, b) => byName(a.name, b.name) : (a, b) => b.peak - a.peak || byName(a.name, b.name));
  shown = { data, runs, people, settings };
  fill(byId('heatmap'),
    h('caption', { class: 'visually-hidden' }, 'Load as a percentage of each week\'s capacity, per person and ISO week'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'corner' }, 'Person'),
      data.periods.map((week, i) => h('th', { scope: 'col', title: `${week.label}: ${span(week)}` },
        week.label.slice(5), h('span', { class: 'day' }, monday(week, data.periods[i - 1])))))),
    h('tbody', {}, people.map((p, row) => h('tr', { 'data-person': p.person, class: String(p.person) === person ? 'highlight' : null },
      h('th', { scope: 'row' }, h('a', {
        href: `#/warnings?person=${p.person}`,
        'aria-label': `${p.name}: ${peakText(p)}. Show the warnings about ${p.name}`,
      }, p.name)),
      p.load.map((load, week) => h('td', { class: level(load, settings), 'data-row': row, 'data-week': week, title: detail(p, week) },
        cellText(load)))))));
  say(person ? people.find((p) => String(p.person) === person) : null);
  byId('heatmap').querySelector('tr.highlight')?.scrollIntoView({ block: 'center' });
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  const table = byId('heatmap');
  const explain = (event) => {
    const cell = event.target.closest('td[data-week]');
    if (cell && shown) {
      const person = shown.people[Number(cell.dataset.row)];
      fill(byId('heat-detail'), detail(person, Number(cell.dataset.week)));
    }
  };
  table.addEventListener('mouseover', explain);
  table.addEventListener('click', explain);
}

/** The share of capacity; load without capacity is worse than any share, a week off without load nothing. */
function severity(load) {
  if (load.loadPercent !== null) {
    return load.loadPercent;
  }
  return load.loadHours > 0 ? Infinity : 0;
}

function level(load, settings) {
  const percent = severity(load);
  if (load.capacityHours === 0) {
    return percent === Infinity ? 'heat heat-error heat-off' : 'heat heat-off';
  }
  if (percent > settings.capacityErrorPercent) {
    return 'heat heat-error';
  }
  if (percent > settings.capacityWarnPercent) {
    return 'heat heat-warn';
  }
  return percent === 0 ? 'heat heat-0' : `heat heat-ok-${Math.min(SHADES, Math.ceil(percent / settings.capacityWarnPercent * SHADES))}`;
}

function cellText(load) {
  return load.loadPercent === null ? 'off' : String(Math.round(load.loadPercent));
}

/** "Dana, 2027-W01 (4 Jan – 10 Jan): 89.5 h of 40 h, 223.7 %. Phoenix 55.4 h, Atlas 34.1 h" */
function detail(person, week) {
  const period = shown.data.periods[week];
  const load = person.load[week];
  const share = load.loadPercent === null ? (load.loadHours > 0 ? 'no capacity' : 'off, nothing to do') : `${load.loadPercent} %`;
  const parts = person.initiatives
    .map((i) => ({ name: shown.runs.get(i.initiativeId).name, hours: i.hours * shown.runs.get(i.initiativeId).runningDays[week] / period.workingDays }))
    .filter((part) => part.hours > 0)
    .sort((a, b) => b.hours - a.hours)
    .map((part) => `${part.name} ${part.hours.toFixed(1)} h`);
  return `${person.name}, ${period.label} (${span(period)}): ${load.loadHours} h of ${load.capacityHours} h, ${share}`
    + (parts.length ? `. ${parts.join(', ')}` : '');
}

function peakText(person) {
  if (person.peak === 0) {
    return 'no load in these weeks';
  }
  const week = person.load.findIndex((load) => severity(load) === person.peak);
  const label = shown?.data.periods[week]?.label;
  return person.peak === Infinity ? `load without capacity in ${label}` : `peak ${person.peak} % in ${label}`;
}

/** "4 Jan", with the year where the week-based year starts anew (and in the first column): 2026-W53 is followed by 2027-W01. */
function monday(week, before) {
  const day = DAY.format(new Date(week.start));
  return before && before.label.slice(0, 4) === week.label.slice(0, 4) ? day : `${day} ${week.start.slice(0, 4)}`;
}

function span(period) {
  return `${DAY.format(new Date(period.start))} – ${DAY.format(new Date(period.end))}`;
}

function say(person) {
  fill(byId('heat-detail'), person ? `${person.name}: ${peakText(person)}. Hover or tap a week for its hours.`
    : 'Hover or tap a week for its hours and the initiatives they come from.');
}
