// The analyst's page: status as of a day, why, the timeline, and what-if scenarios kept in the address.
import {h, append, clear, $, $$} from './dom.js';
import {api, Problem} from './api.js';
import {parseRange, isoDay, dayMs, addMonths, DAY_MS} from './dates.js';
import {badge} from './answers.js';
import {explanation} from './explain.js';
import {renderStatus, answersOf, markChanges, keyOf, dateText} from './status.js';
import {factForm, readFact, showFactErrors, clearErrors, renderFactsTable, describeFact} from './whatif.js';
import {TimelineChart, CATEGORIES, COLOURS, laneOf, labelOf, compareTimelines, diffText, intervalKey} from './timeline.js';

const el = {
  controls: $('#controls'), dataset: $('#dataset'), asOf: $('#as-of'), slider: $('#as-of-slider'),
  ticks: $('#year-ticks'), scale: $('#slider-scale'),
  pageError: $('#page-error'), mode: $('#mode'), changes: $('#changes'), busy: $('#status-busy'), statusBody: $('#status-body'),
  why: $('#why'), whyBody: $('#why-body'), whyClose: $('#why-close'),
  categories: $('#timeline-categories'), subject: $('#timeline-subject'), chart: $('#timeline-chart'),
  legend: $('#timeline-legend'), timelineTable: $('#timeline-table'), timelineSection: $('#timeline'),
  timelineMode: $('#timeline-mode'), timelineBusy: $('#timeline-busy'), timelineTableTitle: $('#timeline-table-title'),
  whatIfForm: $('#what-if-form'), addedList: $('#added-list'), addedEmpty: $('#added-empty'), addFact: $('#add-fact'),
  search: $('#fact-search'), factsTable: $('#facts-table tbody'), factsCount: $('#facts-count'), removedList: $('#removed-list'),
  whatIfErrors: $('#what-if-errors'), whatIfResult: $('#what-if-result'), reset: $('#reset-scenario'), copy: $('#copy-link'),
};

const state = {
  ds: null,
  dataset: null,
  factsById: new Map(),
  kinds: {organizations: new Set(), instruments: new Set(), organs: new Set()},
  stateNames: new Map(),
  order: new Map(),
  domain: [0, 0],
  asOf: '',
  draft: {add: [], remove: []}, // what the what-if forms say; kept in the address
  applied: {add: [], remove: []}, // what the status view shows
  result: null, // {report, answers, baselineAnswers, changes: Map}
  baseline: null, // the last status fetched, {key: dataset and day, report}: a what-if reports only what it touches
  timeline: [],
  scenarioTimeline: null, // the applied scenario's timeline, fetched subject by subject: {key, scenario, loaded, pending, ...}
  categories: new Set(CATEGORIES.map(([id]) => id)),
  explained: null, // the answer shown in the panel, refreshed when the day changes
  controller: null,
  hashWritten: '',
};

const chart = new TimelineChart(el.chart, {onSelect: (entry, row) => explainInterval(entry, row)});

// ---------------------------------------------------------------- the address keeps the scenario

function writeHash() {
  const scenario = {ds: state.ds, asOf: state.asOf, add: state.draft.add, remove: state.draft.remove};
  const hash = '#' + encodeURIComponent(JSON.stringify(scenario));
  state.hashWritten = hash;
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

function readHash() {
  if (!/^#(%7B|\{)/i.test(location.hash)) return null;
  try {
    const s = JSON.parse(decodeURIComponent(location.hash.slice(1)));
    if (typeof s !== 'object' || s === null) throw new Error('not an object');
    return {
      ds: typeof s.ds === 'string' ? s.ds : null,
      asOf: typeof s.asOf === 'string' ? s.asOf : null,
      add: Array.isArray(s.add) ? s.add.filter(f => f && typeof f === 'object') : [],
      remove: Array.isArray(s.remove) ? s.remove.filter(x => typeof x === 'string') : [],
    };
  } catch {
    pageError('The address holds no readable scenario; showing the default one.');
    return null;
  }
}

// ---------------------------------------------------------------- messages

function pageError(message) {
  el.pageError.textContent = message || '';
  el.pageError.hidden = !message;
}

function fieldError(control, message) {
  const out = document.getElementById(`${control.id}-error`);
  out.textContent = message || '';
  out.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  control.closest('.field')?.classList.toggle('invalid', !!message);
}

// ---------------------------------------------------------------- dataset and day

const stateName = code => state.stateNames.get(code) || code;

function factDates(fact) {
  return [fact.date, fact.from].map(parseRange).filter(Boolean);
}

function defaultDay() {
  const latest = Math.max(...state.dataset.facts.flatMap(factDates).map(r => r.latest));
  return Number.isFinite(latest) ? isoDay(latest) : isoDay(Date.now());
}

/** The slider spans the years of the dataset's facts, and the chosen day if it lies outside them. */
function setDomain() {
  const ranges = [...state.dataset.facts.flatMap(factDates),
    ...state.timeline.flatMap(e => [parseRange(e.from), parseRange(e.to)]).filter(Boolean)];
  const day = dayMs(state.asOf);
  const first = Math.min(...ranges.map(r => r.earliest), Number.isNaN(day) ? Infinity : day);
  const last = Math.max(...ranges.map(r => r.latest), Number.isNaN(day) ? -Infinity : day);
  const y0 = Number.isFinite(first) ? new Date(first).getUTCFullYear() : new Date().getUTCFullYear() - 10;
  const y1 = Number.isFinite(last) ? new Date(last).getUTCFullYear() + 1 : new Date().getUTCFullYear();
  state.domain = [Date.UTC(y0, 0, 1), Date.UTC(y1, 11, 31)];
  const days = Math.round((state.domain[1] - state.domain[0]) / DAY_MS);
  el.slider.max = String(days);
  clear(el.ticks);
  clear(el.scale);
  const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0; y <= y1; y++) {
    const offset = Math.round((Date.UTC(y, 0, 1) - state.domain[0]) / DAY_MS);
    el.ticks.append(h('option', {value: offset, label: String(y)}));
    if ((y - y0) % every === 0) {
      const mark = h('span', {}, String(y));
      mark.style.left = `${(100 * offset / days).toFixed(2)}%`;
      el.scale.append(mark);
    }
  }
}

function syncSlider() {
  const t = dayMs(state.asOf);
  if (Number.isNaN(t)) return;
  if (t < state.domain[0] || t > state.domain[1]) setDomain();
  el.slider.value = String(Math.round((t - state.domain[0]) / DAY_MS));
  el.slider.setAttribute('aria-valuetext', state.asOf);
}

let dayTimer = null;
function setDay(day, {immediate = false, fromSlider = false} = {}) {
  if (!day.trim()) { // an empty field keeps the day shown
    el.asOf.value = state.asOf;
    return;
  }
  state.asOf = day.trim();
  if (el.asOf.value !== state.asOf) el.asOf.value = state.asOf;
  if (!fromSlider) syncSlider();
  else el.slider.setAttribute('aria-valuetext', state.asOf);
  chart.setDate(state.asOf);
  writeHash();
  clearTimeout(dayTimer);
  if (immediate) evaluate();
  else dayTimer = setTimeout(() => evaluate(), 250);
}

async function loadDataset(ds, scenario) {
  state.ds = ds;
  state.baseline = null; // the dataset may have been stored again since
  el.dataset.value = ds;
  fieldError(el.dataset, '');
  state.explained = null;
  clear(el.whyBody).append(h('p', {class: 'placeholder'}, 'Choose any answer to see why.'));
  let dataset;
  try {
    [dataset, state.timeline] = await Promise.all([api.dataset(ds), api.timeline(ds)]);
  } catch (e) {
    if (e instanceof Problem) fieldError(el.dataset, e.errors.map(x => x.message).join('; '));
    else pageError(`The dataset could not be loaded: ${e.message}`);
    return;
  }
  state.dataset = {...dataset, organizations: dataset.organizations || [], instruments: dataset.instruments || [],
    states: dataset.states || [], facts: dataset.facts || []};
  state.factsById = new Map(state.dataset.facts.map(f => [f.id, f]));
  state.kinds = {
    organizations: new Set(state.dataset.organizations.map(o => o.id)),
    instruments: new Set(state.dataset.instruments.map(i => i.id)),
    organs: new Set(state.dataset.organizations.flatMap(o => (o.organs || []).map(g => g.id))),
  };
  state.stateNames = new Map(state.dataset.states.map(s => [s.code, s.name || s.code]));
  state.order = new Map([...state.kinds.organizations, ...state.kinds.instruments, ...state.kinds.organs].map((id, i) => [id, i]));
  state.asOf = scenario?.asOf || defaultDay();
  el.asOf.value = state.asOf;
  state.draft = {add: (scenario?.add || []).map(withId), remove: [...new Set(scenario?.remove || [])]};
  state.applied = clone(state.draft);
  setDomain();
  syncSlider();
  renderAdded();
  renderFacts();
  forgetScenarioTimeline();
  renderTimelineFilters();
  drawTimeline();
  writeHash();
  await evaluate();
}

// ---------------------------------------------------------------- status and what-if

const clone = x => JSON.parse(JSON.stringify(x));
const isEmpty = s => !s.add.length && !s.remove.length;

/** The dataset's status as of a day, fetched once while the day and the dataset stay the same. */
async function baselineOf(ds, asOf, signal) {
  const key = `${ds}|${asOf}`;
  if (state.baseline?.key !== key) {
    const report = await api.status(ds, asOf, signal);
    state.baseline = {key, report};
  }
  return state.baseline.report;
}

/** A report with the instruments and organizations that another (a what-if's, on the same day) reports on. */
function replacing(report, touched) {
  const instruments = new Map(touched.instruments.map(i => [i.id, i]));
  const organizations = new Map(touched.organizations.map(o => [o.id, o]));
  return {...report, instruments: report.instruments.map(i => instruments.get(i.id) || i),
    organizations: report.organizations.map(o => organizations.get(o.id) || o)};
}

async function evaluate({focusErrors = false} = {}) {
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const scenario = clone(state.applied);
  const asOf = state.asOf;
  fieldError(el.asOf, '');
  clearErrors(el.whatIfForm);
  el.whatIfErrors.hidden = true;
  el.busy.textContent = isEmpty(scenario) ? 'Evaluating…' : 'Evaluating the scenario…';
  el.statusBody.setAttribute('aria-busy', 'true');
  let shown = false;
  let failed = '';
  try {
    let result;
    const baseline = await baselineOf(state.ds, asOf, controller.signal);
    if (isEmpty(scenario)) {
      result = {report: baseline, answers: answersOf(baseline), baselineAnswers: null, changes: null};
    } else {
      const r = await api.whatIf(state.ds, {asOf, add: scenario.add, remove: scenario.remove}, controller.signal);
      const report = replacing(baseline, r.scenario);
      result = {report, answers: answersOf(report), baselineAnswers: answersOf(baseline),
        changes: new Map(r.changes.map(c => [keyOf(c.subject, c.predicate, c.object), c]))};
    }
    if (controller.signal.aborted) return;
    state.result = {...result, scenario};
    pageError('');
    renderResult();
    showScenarioTimeline(scenario);
    shown = true;
    clear(el.whatIfResult);
    if (result.changes) {
      el.whatIfResult.append(`Evaluated as of ${asOf}: ${result.changes.size} ${result.changes.size === 1 ? 'answer' : 'answers'} changed. `,
        h('button', {type: 'button', class: 'link', onclick: () => { el.changes.scrollIntoView({block: 'start'}); el.changes.focus(); }},
          'See what changed'));
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (!(e instanceof Problem)) {
      pageError(`The server could not be reached: ${e.message}`);
      failed = 'Not evaluated: the server could not be reached.';
      return;
    }
    failed = 'Not evaluated: see the errors.';
    // a scenario that could not be evaluated is not drawn: the timeline keeps to what the status shows
    if (isEmpty(scenario) || state.scenarioTimeline?.key !== scenarioKey(scenario)) showScenarioTimeline(null);
    routeErrors(e, scenario, focusErrors);
    el.whatIfResult.textContent = isEmpty(scenario) ? '' : 'The scenario was not evaluated: see the errors.';
    el.mode.textContent = 'Not evaluated: see the errors.';
  } finally {
    if (state.controller === controller) {
      el.busy.textContent = shown ? announcement() : failed;
      el.statusBody.setAttribute('aria-busy', 'false');
    }
  }
}

/** Shows each error of the API next to the field at fault: asOf, add[i].field, remove[i]. */
function routeErrors(problem, scenario, focus) {
  const general = [];
  const byFact = new Map();
  for (const error of problem.errors) {
    const field = error.field || '';
    const message = error.message || problem.message;
    let m;
    if (field === 'asOf') {
      fieldError(el.asOf, message);
    } else if (field === 'ds') {
      fieldError(el.dataset, message);
    } else if ((m = /^add\[(\d+)\](?:\.(.+))?$/.exec(field))) {
      const fact = scenario.add[+m[1]];
      const item = fact && $$('.fact-form', el.addedList).find(li => li.dataset.factId === fact.id);
      if (!item) general.push(`Added fact ${+m[1] + 1}: ${message}`);
      else byFact.set(item, [...(byFact.get(item) || []), {subfield: m[2] || '', message}]);
    } else if ((m = /^remove\[(\d+)\]$/.exec(field))) {
      const id = scenario.remove[+m[1]];
      const row = $$('tr', el.factsTable).find(tr => tr.dataset.factId === id);
      const out = row && $('.error', row);
      if (out) {
        out.textContent = message;
        out.hidden = false;
      } else {
        general.push(h('span', {}, `Removed fact “${id}”: ${message} `, h('button', {type: 'button', class: 'link',
          onclick: () => toggleRemoved(id)}, `Forget “${id}”`)));
      }
    } else {
      general.push(`${field ? field + ': ' : ''}${message}`);
    }
  }
  for (const [item, errors] of byFact) showFactErrors(item, errors);
  if (general.length) {
    clear(el.whatIfErrors).append(h('p', {}, problem.body.title || 'Error'), h('ul', {}, general.map(g => h('li', {}, g))));
    el.whatIfErrors.hidden = false;
  }
  if (focus) {
    const first = $('[aria-invalid="true"]', document) || (general.length ? el.whatIfErrors : null);
    if (first) {
      if (first === el.whatIfErrors) first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }
}

const PREDICATES = {inForce: 'in force', provisionallyApplied: 'provisionally applied', entryIntoForce: 'entry into force',
  liquidationOrdered: 'liquidation ordered', liquidationDue: 'liquidation due'};

function subjectName(id) {
  const org = state.dataset.organizations.find(o => o.id === id);
  if (org) return id;
  for (const o of state.dataset.organizations) {
    const organ = (o.organs || []).find(g => g.id === id);
    if (organ) return `${organ.name || id}`;
  }
  return id;
}

function renderResult() {
  const {report, changes, scenario} = state.result;
  const changeMap = changes || new Map();
  append(clear(el.statusBody), renderStatus(report, {stateName, changes: changeMap, explain: explainAnswer}));
  const heading = $('#status-title');
  heading.textContent = `Status as of ${report.asOf}`;
  if (!changes) {
    el.mode.textContent = 'Baseline: the facts as recorded.';
    el.changes.hidden = true;
    clear(el.changes);
  } else {
    el.mode.textContent = `Scenario: ${scenario.add.length} ${scenario.add.length === 1 ? 'fact' : 'facts'} added, ` +
      `${scenario.remove.length} removed. Changed answers are outlined.`;
    const unplaced = markChanges(el.statusBody, changeMap);
    append(clear(el.changes), [
      h('h3', {}, changes.size ? `What changed against the baseline (${changes.size})` : 'Nothing changed against the baseline'),
      changes.size ? h('ul', {class: 'change-list'}, [...changeMap.entries()].map(([key, c]) => h('li', {},
        h('button', {type: 'button', class: 'change', dataset: {key}, onclick: () => showAnswer(key)},
          h('span', {class: 'change-what'}, `${subjectName(c.subject)} · ${PREDICATES[c.predicate] || c.predicate}${c.object ? ' · ' + c.object : ''}`),
          h('span', {class: 'change-values'},
            badge(valueWord(c.baseline), rest(c.baseline)), h('span', {'aria-hidden': 'true'}, ' → '), h('span', {class: 'sr-only'}, ' becomes '),
            badge(valueWord(c.scenario), rest(c.scenario))))))) : h('p', {}, `As of ${report.asOf}, every answer is the same as in the baseline.`),
      unplaced.length ? h('p', {class: 'muted small'}, `${unplaced.length} of them are not shown in the view above.`) : null]);
    el.changes.hidden = false;
  }
  if (state.explained) explainAnswer({...state.explained, quiet: true});
}

/** What the live region says once the status is shown: short, not the whole view. */
function announcement() {
  const {report, changes} = state.result;
  const text = `Showing the status as of ${report.asOf}`;
  return changes ? `${text}, in the scenario: ${changes.size} ${changes.size === 1 ? 'answer' : 'answers'} changed.` : `${text}.`;
}

const valueWord = v => v == null ? 'none' : String(v).split(' ')[0];
const rest = v => v == null ? null : String(v).split(' ').slice(1).join(' ') || null;

function showAnswer(key) {
  const target = el.statusBody.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (!target) return;
  target.scrollIntoView({block: 'center', behavior: 'smooth'});
  if (target.tagName === 'BUTTON') target.focus({preventScroll: true});
  if (target.tagName === 'BUTTON') target.click();
}

// ---------------------------------------------------------------- why

let lastTrigger = null;

function explanationContext() {
  const factsById = new Map(state.factsById);
  const added = new Set();
  for (const f of state.result?.scenario?.add || []) {
    factsById.set(f.id, f);
    added.add(f.id);
  }
  return {factsById, added, describeFact};
}

const narrow = () => window.matchMedia('(max-width: 1000px)').matches;

/** Whether the panel, in its place beside the status, can be seen. */
function whyInView() {
  const box = el.why.getBoundingClientRect();
  return box.bottom > 200 && box.top < window.innerHeight - 120;
}

function openWhy(parts, {quiet = false} = {}) {
  append(clear(el.whyBody), parts);
  if (quiet) return;
  lastTrigger = document.activeElement;
  document.body.classList.add('why-open');
  // Asked from the timeline or the what-if editor, the panel comes to the reader as a drawer.
  if (!narrow() && !el.why.classList.contains('floating') && !whyInView()) el.why.classList.add('floating');
  el.why.focus({preventScroll: true});
}

function closeWhy() {
  document.body.classList.remove('why-open');
  el.why.classList.remove('floating');
  if (lastTrigger && document.contains(lastTrigger)) lastTrigger.focus();
}

function explainAnswer({key, title, quiet = false}) {
  const entry = state.result.answers.get(key);
  const change = state.result.changes?.get(key);
  const baseline = change ? state.result.baselineAnswers.get(key) || {value: 'no'} : null;
  state.explained = {key, title};
  const asOf = state.result.report.asOf;
  const scenarioWord = state.result.changes ? 'in the scenario' : '';
  openWhy(explanation({
    title: `${title}, as of ${asOf}${scenarioWord ? ' ' + scenarioWord : ''}`,
    value: entry ? entry.value : 'no',
    reason: entry?.reason,
    because: entry?.because,
    note: entry ? null : 'No rule concludes this: a state missing from the list is “no”.',
    baseline,
  }, explanationContext()), {quiet});
}

/** Why an interval of the timeline holds: of the scenario when the timeline shows one, else of the baseline. */
async function explainInterval(entry, row = null) {
  const label = laneOf(entry, state.kinds).label;
  const st = row?.diff && row.diff !== 'gone' ? state.scenarioTimeline : null;
  state.explained = null;
  openWhy([h('p', {class: 'busy'}, `Looking up why: ${label}…`)]);
  const same = x => y => y.predicate === x.predicate && (y.object ?? null) === (x.object ?? null)
    && y.from === x.from && (y.to ?? null) === (x.to ?? null) && y.value === x.value;
  try {
    const [explained, baseline] = await Promise.all([
      st ? api.whatIfTimeline(state.ds, entry.subject, st.scenario, {explain: true}) : api.explainedTimeline(state.ds, entry.subject),
      st && row.was?.length ? api.explainedTimeline(state.ds, entry.subject) : null]);
    const match = explained.find(same(entry));
    const was = baseline && row.was[0] ? baseline.find(same(row.was[0])) : null;
    const where = !row?.diff ? '' : row.diff === 'gone' ? ' (in the baseline only)' : ' in the scenario';
    openWhy(explanation({title: `${label}: ${labelOf(entry)}${where}`, value: entry.value, reason: entry.reason,
      because: match?.because, note: row?.diff && row.diff !== 'same' ? `${diffText(row).replace(/^./, c => c.toUpperCase())}.` : null,
      baseline: was ? {value: was.value, reason: was.reason, because: was.because} : null},
    st ? explanationContext() : {...explanationContext(), added: new Set()}), {quiet: true});
  } catch (e) {
    openWhy([h('p', {class: 'error'}, `The explanation could not be loaded: ${e.message}`)], {quiet: true});
  }
}

// ---------------------------------------------------------------- timeline

function renderTimelineFilters() {
  clear(el.categories);
  const present = new Set(state.timeline.map(e => laneOf(e, state.kinds).category));
  for (const [id, label] of CATEGORIES) {
    if (!present.has(id)) continue;
    const input = h('input', {type: 'checkbox', id: `cat-${id}`, checked: state.categories.has(id), onchange: e => {
      if (e.target.checked) state.categories.add(id); else state.categories.delete(id);
      drawTimeline();
    }});
    el.categories.append(h('span', {class: 'check'}, input, h('label', {for: input.id}, label)));
  }
  const previous = el.subject.value;
  clear(el.subject).append(h('option', {value: ''}, 'All subjects'),
    h('optgroup', {label: 'Organizations'}, state.dataset.organizations.map(o => h('option', {value: o.id}, `${o.id} — ${o.name}`))),
    h('optgroup', {label: 'Instruments'}, state.dataset.instruments.map(i => h('option', {value: i.id}, i.id))),
    h('optgroup', {label: 'Organs'}, state.dataset.organizations.flatMap(o => (o.organs || []).map(g => h('option', {value: g.id}, `${g.id} — ${g.name || ''}`)))),
    h('optgroup', {label: 'States'}, state.dataset.states.map(s => h('option', {value: s.code}, `${s.code} — ${s.name || ''}`))));
  el.subject.value = [...el.subject.options].some(o => o.value === previous) ? previous : '';
  clear(el.legend).append(
    ...[['member', 'member'], ['observer', 'observer'], ['in-force', 'in force / functioning / active'],
      ['functioning-provisionally', 'provisional / transitional'], ['party', 'party'], ['named', 'name'],
      ['terminated', 'terminated / ceased'], ['liquidation-due', 'liquidation due']]
      .map(([p, text]) => h('span', {class: 'key'}, h('span', {class: 'swatch', style: `background:${COLOURS[p]}`}), text)),
    h('span', {class: 'key'}, h('span', {class: 'swatch uncertain-swatch'}), 'date only known within this band'),
    h('span', {class: 'key'}, h('span', {class: 'swatch undetermined-swatch'}), 'undetermined'),
    h('span', {class: 'key'}, h('span', {class: 'swatch asof-swatch'}), 'the chosen day'),
    h('span', {class: 'key scenario-key'}, h('span', {class: 'swatch changed-swatch'}), '△ differs in the scenario'),
    h('span', {class: 'key scenario-key'}, h('span', {class: 'swatch baseline-swatch'}), 'the baseline, where the scenario differs'));
}

// ---------------------------------------------------------------- the scenario's timeline

const scenarioKey = scenario => JSON.stringify({ds: state.ds, add: scenario.add, remove: scenario.remove});
const FETCHES_AT_ONCE = 4;

/** The ids whose timelines, together, make the whole history: organizations, instruments, organs (and any other subject). */
function historySubjects() {
  const ids = new Set([...state.kinds.organizations, ...state.kinds.instruments, ...state.kinds.organs]);
  for (const e of state.timeline) ids.add(e.subject);
  return [...ids];
}

function forgetScenarioTimeline() {
  state.scenarioTimeline?.controller.abort();
  state.scenarioTimeline = null;
}

/** The timeline follows the scenario that the status shows: null or an empty one is the baseline. */
function showScenarioTimeline(scenario) {
  const key = scenario && !isEmpty(scenario) ? scenarioKey(scenario) : null;
  if (key === (state.scenarioTimeline?.key ?? null)) return;
  forgetScenarioTimeline();
  if (key) {
    state.scenarioTimeline = {key, scenario: clone(scenario), loaded: new Map(), pending: new Map(),
      controller: new AbortController(), failed: null};
  }
  drawTimeline();
}

/** Fetches the scenario's timeline of each subject not yet fetched, a few at a time; resolves when all are in. */
function loadScenarioSubjects(st, subjects) {
  const missing = subjects.filter(s => !st.loaded.has(s) && !st.pending.has(s));
  if (missing.length) {
    const queue = [...missing];
    const worker = async () => {
      while (queue.length) {
        const subject = queue.shift();
        st.loaded.set(subject, await api.whatIfTimeline(state.ds, subject, st.scenario, {signal: st.controller.signal}));
      }
    };
    const batch = Promise.all(Array.from({length: Math.min(FETCHES_AT_ONCE, missing.length)}, worker));
    missing.forEach(s => st.pending.set(s, batch));
  }
  return Promise.all(subjects.map(s => st.pending.get(s)));
}

/** The scenario's intervals for the chosen subject (all when none), or null while they are being fetched. */
function scenarioIntervals(st, subject) {
  const all = historySubjects();
  const complete = all.every(s => st.loaded.has(s));
  const wanted = subject && !complete ? [subject] : all;
  if (!wanted.every(s => st.loaded.has(s))) {
    loadScenarioSubjects(st, wanted).then(() => {
      if (state.scenarioTimeline === st) drawTimeline();
    }, e => {
      if (e.name === 'AbortError' || state.scenarioTimeline !== st) return;
      st.failed = e.message;
      drawTimeline();
    });
    return null;
  }
  const byKey = new Map();
  for (const s of wanted) for (const e of st.loaded.get(s)) byKey.set(intervalKey(e), e);
  return [...byKey.values()];
}

function timelineHeading(st, rows) {
  const differ = rows.filter(r => r.diff && r.diff !== 'same' && !r.replaced).length;
  el.timelineSection.dataset.showing = st ? 'scenario' : 'baseline';
  el.timelineSection.classList.toggle('scenario', !!st);
  const bands = 'Lighter bands: the date is only known to lie within them; striped: undetermined.';
  if (st) {
    const {add, remove} = st.scenario;
    el.timelineMode.textContent = `Of the scenario (${add.length} ${add.length === 1 ? 'fact' : 'facts'} added, ` +
      `${remove.length} removed), against the baseline: rows marked △ differ, their changed intervals are ringed, ` +
      `and the dashed band behind shows the baseline. ${bands}`;
  } else {
    el.timelineMode.textContent = `Of the dataset as recorded (the baseline). ${bands}`;
  }
  if (st) el.timelineBusy.textContent = `The timeline shows the scenario: ${differ} ${differ === 1 ? 'interval differs' : 'intervals differ'} from the baseline.`;
  el.timelineTableTitle.textContent = st
    ? `The scenario's timeline as a table (${differ} ${differ === 1 ? 'interval differs' : 'intervals differ'} from the baseline)`
    : 'The timeline as a table';
}

function drawTimeline() {
  const subject = el.subject.value;
  const st = state.scenarioTimeline;
  let scenario = null;
  if (st && !st.failed) {
    scenario = scenarioIntervals(st, subject);
    if (!scenario) { // keep what is drawn until the scenario's intervals are in
      el.timelineBusy.textContent = 'Working out the timeline of the scenario…';
      el.timelineSection.setAttribute('aria-busy', 'true');
      el.timelineSection.dataset.showing = 'loading';
      return;
    }
  }
  el.timelineSection.setAttribute('aria-busy', 'false');
  el.timelineBusy.textContent = st?.failed ? `The timeline of the scenario could not be worked out (${st.failed}); it shows the baseline.`
    : '';
  const shown = e => {
    const lane = laneOf(e, state.kinds);
    return state.categories.has(lane.category) && (!subject || e.subject === subject || e.object === subject);
  };
  const rowOf = e => laneOf(e, state.kinds).label;
  const compared = scenario
    ? compareTimelines(state.timeline.filter(shown), scenario.filter(shown), rowOf)
    : state.timeline.filter(shown).map(entry => ({entry}));
  const rows = compared.map(c => ({...c, ...laneOf(c.entry, state.kinds)}));
  const catIndex = new Map(CATEGORIES.map(([id], i) => [id, i]));
  const order = s => state.order.has(s) ? state.order.get(s) : 1e6;
  rows.sort((a, b) => catIndex.get(a.category) - catIndex.get(b.category) || order(a.entry.subject) - order(b.entry.subject)
    || a.label.localeCompare(b.label) || (parseRange(a.entry.from)?.earliest ?? 0) - (parseRange(b.entry.from)?.earliest ?? 0)
    || (a.diff === 'gone') - (b.diff === 'gone'));
  const lanes = [...new Set(rows.map(r => r.label))];
  const laneIndex = new Map(lanes.map((l, i) => [l, i]));
  rows.forEach(r => { r.lane = laneIndex.get(r.label); });
  const shownScenario = !!scenario;
  timelineHeading(shownScenario ? st : null, rows);
  chart.draw(rows, lanes, state.domain, state.asOf, {scenario: shownScenario});
  el.chart.hidden = !rows.length;
  // in the table, a baseline interval that a changed one replaces is told in that one's row
  const listed = rows.filter(r => !r.replaced);
  const changedLanes = new Set(rows.filter(r => r.diff && r.diff !== 'same').map(r => r.label));
  const headers = ['Row', 'Value', 'From', 'To', ...(shownScenario ? ['Against the baseline'] : []), ''];
  clear(el.timelineTable).append(listed.length ? h('div', {class: 'table-scroll'}, h('table', {class: 'timeline'},
    h('caption', {class: 'sr-only'}, shownScenario
      ? 'The intervals of the timeline in the scenario, and how each compares with the baseline'
      : 'The intervals of the timeline'),
    h('thead', {}, h('tr', {}, headers.map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, listed.map(r => h('tr', {class: r.diff && r.diff !== 'same' ? `differs diff-${r.diff}` : null,
      dataset: r.diff ? {diff: r.diff} : {}},
      h('th', {scope: 'row'}, changedLanes.has(r.label) ? h('span', {class: 'lane-mark', 'aria-hidden': 'true'}, '△ ') : null, r.label,
        r.entry.predicate === 'named' ? h('div', {class: 'small'}, `“${r.entry.object}”`) : null),
      h('td', {}, badge(r.entry.value), r.entry.reason ? h('p', {class: 'reason'}, r.entry.reason) : null),
      h('td', {}, dateText(r.entry.from)),
      h('td', {}, r.entry.to ? dateText(r.entry.to) : h('span', {class: 'muted'}, 'still holds')),
      shownScenario ? h('td', {class: 'against'}, diffCell(r)) : null,
      h('td', {}, h('button', {type: 'button', class: 'small-button', onclick: () => explainInterval(r.entry, r)},
        'Why?', h('span', {class: 'sr-only'}, ` ${r.label}${r.diff === 'gone' ? ' in the baseline' : ''}`)))))))) : h('p', {class: 'muted'}, 'Nothing to show for this choice.'));
}

/** The table's words for how a row compares with the baseline. */
function diffCell(row) {
  switch (row.diff) {
    case 'changed': return h('span', {class: 'was'}, h('span', {class: 'icon', 'aria-hidden': 'true'}, '△'),
      ' differs; baseline: ', row.was.map(labelOf).join('; '));
    case 'added': return h('span', {class: 'was'}, h('span', {class: 'icon', 'aria-hidden': 'true'}, '△'),
      ' new in the scenario; not in the baseline');
    case 'gone': return h('span', {class: 'was'}, h('span', {class: 'icon', 'aria-hidden': 'true'}, '✕'),
      ' only in the baseline; not in the scenario');
    default: return h('span', {class: 'muted'}, 'same');
  }
}

// ---------------------------------------------------------------- what-if editor

function withId(fact) {
  return {...fact, id: typeof fact.id === 'string' && fact.id ? fact.id : nextAddedId()};
}

function nextAddedId(taken = state.draft.add) {
  const used = new Set(taken.map(f => f.id));
  let n = 1;
  while (used.has(`added-${n}`) || state.factsById.has(`added-${n}`)) n++;
  return `added-${n}`;
}

const formOptions = () => ({
  instruments: state.dataset.instruments,
  organizations: state.dataset.organizations,
  states: state.dataset.states,
  notices: () => [...state.dataset.facts, ...state.draft.add].filter(f => f.type === 'withdrawal-notice'),
});

function renderAdded() {
  clear(el.addedList);
  state.draft.add.forEach((fact, i) => {
    el.addedList.append(factForm(fact, i + 1, formOptions(), {
      onChange: () => {
        state.draft.add = $$('.fact-form', el.addedList).map(readFact);
        writeHash();
      },
      onDelete: id => {
        state.draft.add = state.draft.add.filter(f => f.id !== id);
        renderAdded();
        writeHash();
        el.addFact.focus();
      },
    }));
  });
  el.addedEmpty.hidden = state.draft.add.length > 0;
}

function renderFacts() {
  const shown = renderFactsTable(el.factsTable, state.dataset.facts, state.draft.remove, el.search.value, toggleRemoved);
  const total = state.dataset.facts.length;
  el.factsCount.textContent = `${shown === total ? `${total} facts` : `${shown} of ${total} facts`}` +
    (state.draft.remove.length ? `; ${state.draft.remove.length} removed in the scenario` : '');
  clear(el.removedList);
  if (state.draft.remove.length) {
    el.removedList.append(h('span', {class: 'label'}, 'Removed:'), ...state.draft.remove.map(id =>
      h('button', {type: 'button', class: 'small-button', 'aria-label': `Restore fact ${id}`, onclick: () => toggleRemoved(id)},
        h('code', {}, id), h('span', {'aria-hidden': 'true'}, ' ↺'))));
  }
}

function toggleRemoved(id) {
  const removed = state.draft.remove.includes(id);
  state.draft.remove = removed ? state.draft.remove.filter(x => x !== id) : [...state.draft.remove, id];
  renderFacts();
  writeHash();
  const button = $$('tr', el.factsTable).find(tr => tr.dataset.factId === id)?.querySelector('button');
  (button || el.search).focus();
  el.whatIfErrors.hidden = true;
}

// ---------------------------------------------------------------- events

function bind() {
  el.controls.addEventListener('submit', e => {
    e.preventDefault();
    setDay(el.asOf.value, {immediate: true});
  });
  el.asOf.addEventListener('change', () => setDay(el.asOf.value, {immediate: true}));
  el.slider.addEventListener('input', () => setDay(isoDay(state.domain[0] + Number(el.slider.value) * DAY_MS), {fromSlider: true}));
  for (const button of $$('button.step', el.controls)) {
    button.addEventListener('click', () => {
      const base = Number.isNaN(dayMs(state.asOf)) ? defaultDay() : state.asOf;
      const step = button.dataset.step;
      const months = (step.endsWith('y') ? 12 : 1) * parseInt(step, 10);
      setDay(addMonths(base, months));
    });
  }
  el.dataset.addEventListener('change', () => loadDataset(el.dataset.value, null));
  el.subject.addEventListener('change', drawTimeline);
  el.whyClose.addEventListener('click', closeWhy);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && document.body.classList.contains('why-open')) closeWhy();
  });
  el.addFact.addEventListener('click', () => {
    state.draft.add = [...state.draft.add, {id: nextAddedId()}];
    renderAdded();
    writeHash();
    $('.fact-form:last-child select[name="type"]', el.addedList)?.focus();
  });
  el.search.addEventListener('input', renderFacts);
  el.whatIfForm.addEventListener('submit', async e => {
    e.preventDefault();
    state.draft.add = $$('.fact-form', el.addedList).map(readFact);
    writeHash();
    const missingType = $$('.fact-form', el.addedList).filter(li => !$('select[name="type"]', li).value);
    clearErrors(el.whatIfForm);
    if (missingType.length) {
      for (const li of missingType) showFactErrors(li, [{subfield: 'type', message: 'Choose the type of the fact.'}]);
      $('[aria-invalid="true"]', el.addedList)?.focus();
      return;
    }
    state.applied = clone(state.draft);
    await evaluate({focusErrors: true});
  });
  el.reset.addEventListener('click', () => {
    state.draft = {add: [], remove: []};
    state.applied = clone(state.draft);
    renderAdded();
    renderFacts();
    writeHash();
    evaluate();
  });
  el.copy.addEventListener('click', async () => {
    writeHash();
    try {
      await navigator.clipboard.writeText(location.href);
      el.whatIfResult.textContent = 'The link to this scenario is copied.';
    } catch {
      el.whatIfResult.textContent = `Copy this link: ${location.href}`;
    }
  });
  // The address's fragment holds the scenario: links within the page scroll to their target instead.
  document.addEventListener('click', e => {
    const link = e.target.closest('a[href^="#"]');
    if (!link || e.defaultPrevented) return;
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({block: 'start'});
    target.focus({preventScroll: true});
  });
  window.addEventListener('hashchange', () => {
    if (location.hash === state.hashWritten) return;
    if (!/^#(%7B|\{)/i.test(location.hash)) { // an anchor, not a scenario: keep the scenario
      history.replaceState(null, '', state.hashWritten);
      return;
    }
    const scenario = readHash();
    if (scenario) loadDataset(scenario.ds || state.ds, scenario);
  });
}

async function init() {
  bind();
  let datasets;
  try {
    datasets = await api.datasets();
  } catch (e) {
    pageError(`The datasets could not be loaded: ${e.message}`);
    return;
  }
  el.dataset.append(...datasets.map(d => h('option', {value: d.id}, d.title ? `${d.id} — ${d.title}` : d.id)));
  const scenario = readHash();
  const ids = datasets.map(d => d.id);
  let ds = scenario?.ds;
  if (ds && !ids.includes(ds)) {
    pageError(`The address names the dataset “${ds}”, which does not exist; showing another one.`);
    ds = null;
  }
  ds = ds || (ids.includes('central-asia') ? 'central-asia' : ids[0]);
  if (!ds) {
    pageError('There is no dataset.');
    return;
  }
  await loadDataset(ds, scenario && (!scenario.ds || scenario.ds === ds) ? scenario : null);
  document.body.dataset.ready = 'true';
}

init();
