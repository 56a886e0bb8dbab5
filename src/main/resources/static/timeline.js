// The timeline chart (Apache ECharts, vendored as a webjar): one row per organization status, name, membership,
// observer status, treaty status, party and organ; a lighter band where a date is only known to lie in a range,
// stripes where the answer is undetermined, a line at the chosen day.
import {parseRange, isoDay, describe, DAY_MS} from './dates.js';

export const CATEGORIES = [
  ['organizations', 'Organizations'],
  ['memberships', 'Memberships'],
  ['observers', 'Observer status'],
  ['treaties', 'Treaty status'],
  ['parties', 'Parties'],
  ['organs', 'Organs'],
  ['other', 'Other'],
];

export const COLOURS = {
  'functioning': '#2e7d32', 'functioning-provisionally': '#00796b', 'terminated': '#616161', 'not-established': '#9e9e9e',
  'named': '#3949ab', 'member': '#1565c0', 'observer': '#7b1fa2', 'in-force': '#2e7d32', 'provisionally-applied': '#00796b',
  'party': '#283593', 'active': '#2e7d32', 'transitional': '#00796b', 'liquidation-due': '#e65100', 'dissolved': '#616161',
  'ceased': '#616161', 'restriction': '#c62828',
};
const UNDETERMINED = '#b26a00';
/** The colour of what a scenario changed, as in the status view (--changed). */
export const CHANGED = '#7b1fa2';
const CHANGED_TINT = '#f3e5f5';

/** Which row an interval goes in, and under which category. */
export function laneOf(entry, kinds) {
  const s = entry.subject;
  const o = entry.object;
  switch (entry.predicate) {
    case 'member': return {category: 'memberships', label: `${s} · member ${o}`};
    case 'observer': return {category: 'observers', label: `${s} · observer ${o}`};
    case 'party': return {category: 'parties', label: `${s} · party ${o}`};
    case 'provisionally-applied': return {category: 'treaties', label: `${s} · provisionally ${o ?? ''}`.trim()};
    case 'in-force': return {category: 'treaties', label: `${s} · in force`};
    case 'named': return {category: 'organizations', label: `${s} · name`};
    case 'restriction': return {category: 'organizations', label: `${s} · restriction ${o ?? ''}`.trim()};
    default:
      if (kinds.organs.has(s)) return {category: 'organs', label: `${s} · organ`};
      if (kinds.organizations.has(s)) return {category: 'organizations', label: `${s} · status`};
      if (kinds.instruments.has(s)) return {category: 'treaties', label: `${s} · ${entry.predicate}${o ? ' ' + o : ''}`};
      return {category: 'other', label: `${s} · ${entry.predicate}${o ? ' ' + o : ''}`};
  }
}

const escapeHtml = text => String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/** The parts of an interval to draw: the uncertain start, the certain middle, the uncertain end. */
export function segmentsOf(entry, domainEnd) {
  const from = parseRange(entry.from);
  const to = entry.to ? parseRange(entry.to) : null;
  if (!from) return null;
  const solidFrom = from.certain ? from.earliest : from.latest + DAY_MS;
  const solidTo = to ? to.earliest : domainEnd + DAY_MS;
  return {
    startBand: from.certain ? null : [from.earliest, from.latest + DAY_MS],
    solid: solidTo > solidFrom ? [solidFrom, solidTo] : null,
    endBand: to && !to.certain ? [to.earliest, to.latest + DAY_MS] : null,
    open: !to,
  };
}

/** A small striped tile, the fill of undetermined answers. */
function stripes(colour) {
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d');
  g.fillStyle = '#fff3d6';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(-2, 10); g.lineTo(10, -2);
  g.moveTo(-2, 2); g.lineTo(2, -2);
  g.moveTo(6, 10); g.lineTo(10, 6);
  g.stroke();
  return {image: c, repeat: 'repeat'};
}

const STATUS_LANES = new Set(['functioning', 'functioning-provisionally', 'terminated', 'not-established', 'active',
  'transitional', 'liquidation-due', 'dissolved', 'ceased']);

function barText(entry) {
  if (entry.value === 'undetermined') return 'undetermined';
  if (entry.predicate === 'named') return entry.object;
  if (STATUS_LANES.has(entry.predicate)) return entry.predicate;
  return null;
}

/** A lane's label on the axis: long ids are cut in their middle, so that what follows them stays readable. */
export function shortLabel(label, max = 34) {
  if (label.length <= max) return label;
  const [subject, ...rest] = label.split(' · ');
  const tail = rest.join(' · ');
  const room = Math.max(max - tail.length - 4, 8);
  return `${subject.slice(0, room)}… · ${tail}`;
}

export function labelOf(entry) {
  const range = e => parseRange(e)?.certain === false ? `${e} (${describe(e)})` : e;
  return `${entry.value}${entry.object && entry.predicate === 'named' ? ` “${entry.object}”` : ''} from ${range(entry.from)}` +
    (entry.to ? ` to ${range(entry.to)}` : ', still holding');
}

/** One interval's identity: two timelines hold the same interval when these agree. */
export const intervalKey = e => [e.subject, e.predicate, e.object ?? '', e.value, e.from, e.to ?? ''].join('|');

function span(entry) {
  const from = parseRange(entry.from);
  const to = entry.to ? parseRange(entry.to) : null;
  return [from ? from.earliest : -Infinity, to ? to.latest : Infinity];
}

const overlap = (a, b) => {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
};

/**
 * The scenario's intervals against the baseline's, row by row (laneOf gives the row):
 * 'same' (in both), 'changed' (new in the scenario; `was`: the baseline intervals of its row that it overlaps),
 * 'added' (new, and no baseline interval of its row overlaps it), 'gone' (only in the baseline; `replaced` when a
 * changed interval of the scenario stands in its place).
 */
export function compareTimelines(baseline, scenario, rowOf) {
  const inBaseline = new Set(baseline.map(intervalKey));
  const inScenario = new Set(scenario.map(intervalKey));
  const gone = baseline.filter(e => !inScenario.has(intervalKey(e)));
  const goneByRow = new Map();
  for (const e of gone) goneByRow.set(rowOf(e), [...(goneByRow.get(rowOf(e)) || []), e]);
  const replaced = new Set();
  const result = scenario.map(entry => {
    if (inBaseline.has(intervalKey(entry))) return {entry, diff: 'same', was: []};
    const was = (goneByRow.get(rowOf(entry)) || []).filter(b => overlap(b, entry));
    was.forEach(b => replaced.add(b));
    return {entry, diff: was.length ? 'changed' : 'added', was};
  });
  return [...result, ...gone.map(entry => ({entry, diff: 'gone', was: [], replaced: replaced.has(entry)}))];
}

/** How a row of the timeline compares with the baseline, in words. */
export function diffText(row) {
  switch (row.diff) {
    case 'changed': return `differs in the scenario; baseline: ${row.was.map(labelOf).join('; ')}`;
    case 'added': return 'new in the scenario; not in the baseline';
    case 'gone': return 'only in the baseline; not in the scenario';
    default: return 'as in the baseline';
  }
}

export class TimelineChart {
  constructor(container, {onSelect}) {
    this.container = container;
    this.onSelect = onSelect;
    this.chart = null;
    this.rows = [];
    this.asOf = null;
    new ResizeObserver(() => this.chart?.resize()).observe(container);
  }

  get available() {
    return typeof window.echarts !== 'undefined';
  }

  /**
   * rows: [{entry, lane, label, category, diff?}] already filtered; lanes: ordered labels; domain: [startMs, endMs].
   * With scenario, rows carry their diff against the baseline (compareTimelines): the baseline's intervals that
   * the scenario lacks are drawn dashed behind, what the scenario changed is ringed, and its row marked △.
   */
  draw(rows, lanes, domain, asOf, {scenario = false} = {}) {
    // the baseline's intervals first, so that the scenario's are drawn over them
    rows = [...rows.filter(r => r.diff === 'gone'), ...rows.filter(r => r.diff !== 'gone')];
    this.asOf = asOf;
    if (!this.available) {
      this.rows = rows;
      this.container.textContent = 'The chart library did not load; the table below lists the timeline.';
      return;
    }
    const laneHeight = scenario ? 26 : 22;
    const changedLanes = new Set(rows.filter(r => r.diff && r.diff !== 'same').map(r => r.label));
    this.container.style.height = `${Math.max(lanes.length, 3) * laneHeight + 130}px`;
    if (!this.chart) {
      this.chart = window.echarts.init(this.container, null, {renderer: 'canvas'});
      this.chart.on('click', params => {
        const row = this.rows[params.dataIndex];
        if (row) this.onSelect(row.entry, row);
      });
    } else {
      this.chart.resize();
    }
    const [domainStart, domainEnd] = domain;
    const pattern = stripes(UNDETERMINED);
    const data = rows.map((row, index) => {
      const seg = segmentsOf(row.entry, domainEnd);
      row.segments = seg;
      const start = seg.startBand?.[0] ?? seg.solid?.[0] ?? seg.endBand?.[0];
      const end = seg.endBand?.[1] ?? seg.solid?.[1] ?? seg.startBand?.[1];
      return {value: [row.lane, start, end, index], name: row.label};
    });
    // (the rows of this drawing, not this.rows: a resize may redraw the previous option before the next is set)
    const renderItem = (params, api) => {
      const row = rows[params.dataIndex];
      const lane = api.value(0);
      const y = api.coord([domainStart, lane])[1];
      const laneSize = api.size([0, 1])[1];
      const height = laneSize * (scenario ? 0.5 : 0.62);
      const colour = COLOURS[row.entry.predicate] || '#455a64';
      const undetermined = row.entry.value === 'undetermined';
      const fill = undetermined ? pattern : colour;
      const clip = {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height};
      const children = [];
      const rect = ([a, b], style, h = height) => {
        const x1 = api.coord([a, lane])[0];
        const x2 = api.coord([b, lane])[0];
        const shape = window.echarts.graphic.clipRectByRect({x: x1, y: y - h / 2, width: Math.max(x2 - x1, 2), height: h}, clip);
        if (shape) children.push({type: 'rect', shape, style});
      };
      const seg = row.segments;
      const whole = [api.value(1), api.value(2)];
      if (row.diff === 'gone') {
        // the baseline's interval, faint and dashed, taller than the scenario's bars drawn over it
        rect(whole, {fill: CHANGED_TINT, stroke: CHANGED, lineWidth: 1.5, lineDash: [4, 3]}, laneSize * 0.9);
        return {type: 'group', children};
      }
      // a ring (with a white gap) around what the scenario changed
      if (row.diff === 'changed' || row.diff === 'added') {
        rect(whole, {fill: CHANGED}, height + 6);
        rect(whole, {fill: '#fff'}, height + 2);
      }
      if (seg.startBand) rect(seg.startBand, {fill, opacity: 0.3, stroke: colour, lineWidth: 1, lineDash: [3, 2]});
      if (seg.solid) rect(seg.solid, {fill, stroke: undetermined ? UNDETERMINED : colour, lineWidth: undetermined ? 1.5 : 0});
      if (seg.endBand) rect(seg.endBand, {fill, opacity: 0.3, stroke: colour, lineWidth: 1, lineDash: [3, 2]});
      // Names and statuses are written on their bar, so that neighbouring values differ by more than colour.
      const text = barText(row.entry);
      if (text && seg.solid) {
        const x1 = Math.max(api.coord([seg.solid[0], lane])[0], clip.x);
        const x2 = Math.min(api.coord([seg.solid[1], lane])[0], clip.x + clip.width);
        if (x2 - x1 > 40) {
          children.push({type: 'text', silent: true, style: {text, x: x1 + 4, y, verticalAlign: 'middle', width: x2 - x1 - 8,
            overflow: 'truncate', ellipsis: '…', fill: undetermined ? '#4a2a00' : '#fff', font: '600 11px system-ui, sans-serif',
            ...(undetermined ? {backgroundColor: '#fff3d6', padding: [1, 3], borderRadius: 2} : {})}});
        }
      }
      return {type: 'group', children};
    };
    this.rows = rows;
    this.chart.setOption({
      animation: false,
      aria: {enabled: true, label: {description: scenario
        ? `Timeline of the scenario with ${lanes.length} rows; ${changedLanes.size} of them differ from the baseline; ` +
          'the table below the chart lists the intervals and says which differ.'
        : `Timeline with ${lanes.length} rows and ${rows.length} intervals; the table below the chart lists them.`}},
      grid: {left: 10, right: 24, top: 36, bottom: 60, containLabel: true},
      tooltip: {
        trigger: 'item',
        confine: true,
        // Our own formatter escapes every text taken from the data.
        formatter: params => {
          const row = this.rows[params.dataIndex];
          if (!row) return '';
          const e = row.entry;
          const diff = row.diff && row.diff !== 'same'
            ? `<br><strong style="color:${CHANGED}">${row.diff === 'gone' ? '' : '△ '}${escapeHtml(diffText(row))}</strong>` : '';
          const which = row.diff === 'gone' ? 'Baseline: ' : (row.diff ? 'Scenario: ' : '');
          return `<strong>${escapeHtml(row.label)}</strong><br>${which}${escapeHtml(labelOf(e))}` +
            (e.reason ? `<br><em>${escapeHtml(e.reason)}</em>` : '') + diff + '<br><small>Click to see why</small>';
        },
      },
      dataZoom: [
        {type: 'slider', xAxisIndex: [0, 1], filterMode: 'weakFilter', bottom: 8, height: 22, labelFormatter: v => isoDay(v)},
        {type: 'inside', xAxisIndex: [0, 1], filterMode: 'weakFilter', zoomOnMouseWheel: 'shift'},
      ],
      // the years above and below the rows, for long timelines
      xAxis: ['top', 'bottom'].map(position => ({type: 'time', position, min: domainStart, max: domainEnd + DAY_MS,
        splitLine: {show: position === 'top', lineStyle: {color: '#e6e6e6'}}, axisLabel: {hideOverlap: true}})),
      yAxis: {type: 'category', data: lanes, inverse: true, axisTick: {show: false},
        axisLabel: {width: 230, overflow: 'truncate', fontSize: 11, color: '#333',
          formatter: label => changedLanes.has(label) ? `{changed|△ ${shortLabel(label, 31)}}` : shortLabel(label),
          rich: {changed: {color: CHANGED, fontWeight: 'bold', fontSize: 11}}},
        splitLine: {show: true, lineStyle: {color: '#f1f1f1'}}},
      series: [{
        type: 'custom', name: 'timeline', renderItem, encode: {x: [1, 2], y: 0}, data,
        markLine: this.markLine(asOf),
      }],
    }, {notMerge: true});
  }

  markLine(asOf) {
    const t = Date.parse(`${asOf}T00:00:00Z`);
    if (Number.isNaN(t)) return {data: []};
    return {symbol: 'none', silent: true, animation: false, lineStyle: {color: '#c62828', width: 2, type: 'solid'},
      label: {formatter: asOf, color: '#c62828', position: 'end'}, data: [{xAxis: t}]};
  }

  setDate(asOf) {
    this.asOf = asOf;
    if (this.chart) this.chart.setOption({series: [{markLine: this.markLine(asOf)}]});
  }
}
