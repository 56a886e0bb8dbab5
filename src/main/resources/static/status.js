// The status view: organizations and instruments as of a day; every answer is a button that explains itself.
import {h, srOnly} from './dom.js';
import {badge, look} from './answers.js';
import {describe, isUncertain} from './dates.js';

export const keyOf = (subject, predicate, object) => `${subject}|${predicate}|${object ?? ''}`;

/** Every answer of a report by its key (the keys of the what-if `changes`), with what explains it. */
export function answersOf(report) {
  const answers = new Map();
  const put = (subject, predicate, object, entry) => answers.set(keyOf(subject, predicate, object), entry);
  for (const i of report?.instruments || []) {
    const why = {because: i.because, reason: i.reason};
    put(i.id, 'binding', null, {...why, value: i.binding});
    put(i.id, 'inForce', null, {...why, value: i.inForce});
    put(i.id, 'provisionallyApplied', null, {...why, value: i.provisionallyApplied});
    put(i.id, 'entryIntoForce', null, {...why, value: i.entryIntoForce});
    for (const p of i.parties || []) put(i.id, 'party', p.state, p);
  }
  for (const o of report?.organizations || []) {
    put(o.id, 'status', null, {value: o.status, reason: o.reason, because: o.because});
    put(o.id, 'name', null, {value: o.name, because: o.because});
    for (const m of o.members || []) put(o.id, 'member', m.state, m);
    for (const m of o.observers || []) put(o.id, 'observer', m.state, m);
    for (const g of o.organs || []) {
      put(g.id, 'status', null, {value: g.status, reason: g.reason, because: g.because});
      if (g.liquidation) {
        put(g.id, 'liquidationOrdered', null, {value: g.liquidation.ordered, because: g.because});
        put(g.id, 'liquidationDue', null, {value: g.liquidation.due, because: g.because});
      }
    }
    for (const r of o.restrictions || []) put(o.id, 'restriction', r.id, {value: r.applies, reason: r.reason, because: r.because});
  }
  return answers;
}

/** A date as the API gives it, marked when it is not one known day. */
export function dateText(text) {
  if (!text) return h('span', {class: 'muted'}, 'not known');
  if (!isUncertain(text)) return h('time', {datetime: text}, text);
  return h('span', {class: 'uncertain', title: `Uncertain: ${describe(text)}`},
    h('span', {class: 'icon', 'aria-hidden': 'true'}, '≈'), srOnly('uncertain, '), text,
    h('span', {class: 'muted'}, ` (${describe(text)})`));
}

function outstanding(list) {
  if (!list?.length) return null;
  return h('div', {class: 'outstanding'}, h('h5', {}, 'Still missing'), h('ul', {}, list.map(x => h('li', {}, x))));
}

export function renderStatus(report, ctx) {
  const {stateName, changes, explain} = ctx;
  const changedStates = (subject, predicate) => [...changes.values()]
    .filter(c => c.subject === subject && c.predicate === predicate && c.object).map(c => c.object);

  /** A button showing one answer; pressing it explains the answer. */
  function answer({key, title, value, label, extra, entry, className = ''}) {
    const button = h('button', {type: 'button', class: `answer ${look(value)} ${className}`, dataset: {key, value: value ?? ''},
        onclick: () => explain({key, title, entry: entry || {value}})},
      label ? h('span', {class: 'answer-label'}, label) : null, badge(value), extra);
    return button;
  }

  function standings(subject, predicate, list, what) {
    const byState = new Map((list || []).map(s => [s.state, s]));
    // A state missing from the list is "no": show it where the scenario changed it.
    for (const state of changedStates(subject, predicate)) {
      if (!byState.has(state)) byState.set(state, {state, value: 'no', absent: true});
    }
    if (!byState.size) return h('p', {class: 'muted'}, 'None.');
    return h('ul', {class: 'standings'}, [...byState.values()].map(s => {
      const key = keyOf(subject, predicate, s.state);
      const name = stateName(s.state);
      const details = [];
      if (s.since) details.push(h('span', {class: 'since'}, 'since ', dateText(s.since)));
      if (s.until) details.push(h('span', {class: 'until'}, 'until ', dateText(s.until)));
      if (s.provisional) details.push(h('span', {class: 'tag'}, 'provisionally'));
      return h('li', {},
        answer({key, title: `${name} (${s.state}): ${what}`, value: s.value, entry: s,
          label: h('span', {class: 'state'}, h('strong', {}, s.state), ' ', h('span', {class: 'state-name'}, name)),
          extra: details.length ? h('span', {class: 'answer-extra'}, details) : null}),
        s.reason ? h('p', {class: 'reason'}, s.reason) : null);
    }));
  }

  const organizations = (report.organizations || []).map(o => {
    const organs = (o.organs || []).length ? h('div', {class: 'table-scroll'}, h('table', {class: 'organs'},
      h('caption', {class: 'sr-only'}, `Organs of ${o.name}`),
      h('thead', {}, h('tr', {}, ['Organ', 'Status', 'Seat', 'Liquidation'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, o.organs.map(g => h('tr', {dataset: {organ: g.id}},
        h('th', {scope: 'row'}, g.name || g.id, h('div', {class: 'muted small'}, g.id),
          g.role ? h('div', {class: 'small role'}, g.role) : null),
        h('td', {}, answer({key: keyOf(g.id, 'status'), title: `${g.name || g.id}: organ status`, value: g.status,
          entry: g}), g.reason ? h('p', {class: 'reason'}, g.reason) : null),
        h('td', {}, g.seat || h('span', {class: 'muted'}, '—')),
        h('td', {}, g.liquidation ? h('dl', {class: 'liquidation'},
          h('dt', {}, 'Ordered'), h('dd', {}, answer({key: keyOf(g.id, 'liquidationOrdered'),
            title: `${g.name || g.id}: liquidation ordered`, value: g.liquidation.ordered, entry: {...g, value: g.liquidation.ordered}})),
          h('dt', {}, 'By'), h('dd', {}, g.liquidation.responsible || '—'),
          h('dt', {}, 'Under the law of'), h('dd', {}, g.liquidation.law ? `${stateName(g.liquidation.law)} (${g.liquidation.law})` : '—'),
          h('dt', {}, 'Due'), h('dd', {dataset: {key: keyOf(g.id, 'liquidationDue')}}, g.liquidation.due ? dateText(g.liquidation.due)
            : h('span', {class: 'muted'}, 'no date set'))) : h('span', {class: 'muted'}, 'none'))))))) : h('p', {class: 'muted'}, 'None.');

    const restrictions = (o.restrictions || []).length ? h('ul', {class: 'restrictions'}, o.restrictions.map(r => h('li', {},
      answer({key: keyOf(o.id, 'restriction', r.id), title: `${o.name}: restriction ${r.id}`, value: r.applies, entry: r,
        label: h('span', {class: 'answer-label'}, r.text)}),
      r.reason ? h('p', {class: 'reason'}, r.reason) : null))) : h('p', {class: 'muted'}, 'None.');

    return h('article', {class: 'card org', dataset: {organization: o.id}, 'aria-labelledby': `org-${o.id}`},
      h('header', {class: 'card-head'},
        h('h4', {id: `org-${o.id}`}, h('span', {dataset: {key: keyOf(o.id, 'name')}}, o.name), ' ', h('small', {}, o.id)),
        answer({key: keyOf(o.id, 'status'), title: `${o.name}: status`, value: o.status, entry: o, label: 'Status'})),
      o.reason ? h('p', {class: 'reason'}, o.reason) : null,
      h('div', {class: 'columns'},
        h('div', {}, h('h5', {}, `Members (${(o.members || []).length})`), standings(o.id, 'member', o.members, `member of ${o.name}`)),
        h('div', {}, h('h5', {}, `Observers (${(o.observers || []).length})`), standings(o.id, 'observer', o.observers, `observer at ${o.name}`))),
      h('h5', {}, 'Organs'), organs,
      h('h5', {}, 'Restrictions'), restrictions,
      outstanding(o.outstanding));
  });

  const instruments = (report.instruments || []).map(i => {
    const entry = {because: i.because, reason: i.reason};
    const title = i.title || i.id;
    const wide = (i.parties || []).length > 8 ? ' wide' : '';
    return h('article', {class: `card instrument${wide}`, dataset: {instrument: i.id}, 'aria-labelledby': `ins-${i.id}`},
      h('header', {class: 'card-head'}, h('h4', {id: `ins-${i.id}`}, title, ' ', h('small', {}, `${i.id} · ${i.kind || ''}`))),
      h('div', {class: 'answers'},
        answer({key: keyOf(i.id, 'binding'), title: `${title}: binding`, value: i.binding, entry: {...entry, value: i.binding}, label: 'Binding'}),
        answer({key: keyOf(i.id, 'inForce'), title: `${title}: in force`, value: i.inForce, entry: {...entry, value: i.inForce}, label: 'In force'}),
        answer({key: keyOf(i.id, 'provisionallyApplied'), title: `${title}: provisionally applied`, value: i.provisionallyApplied,
          entry: {...entry, value: i.provisionallyApplied}, label: 'Provisionally applied'})),
      h('p', {class: 'eif', dataset: {key: keyOf(i.id, 'entryIntoForce')}}, h('span', {class: 'label'}, 'Entry into force: '),
        i.entryIntoForce ? dateText(i.entryIntoForce) : h('span', {class: 'muted'}, 'not (yet) established')),
      i.reason ? h('p', {class: 'reason'}, i.reason) : null,
      h('h5', {}, `Parties (${(i.parties || []).length})`), standings(i.id, 'party', i.parties, `party to ${i.id}`),
      outstanding(i.outstanding));
  });

  return [
    h('h3', {}, 'Organizations'),
    organizations.length ? h('div', {class: 'orgs'}, organizations) : h('p', {class: 'muted'}, 'This dataset has no organization.'),
    h('h3', {}, 'Instruments'),
    h('div', {class: 'instruments'}, instruments),
  ];
}

/** Marks the answers a scenario changed, saying what they were, and returns the changes not shown. */
export function markChanges(root, changes) {
  const unplaced = [];
  for (const [key, change] of changes) {
    const el = root.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (!el) {
      unplaced.push(change);
      continue;
    }
    el.classList.add('changed');
    el.append(h('span', {class: 'was'}, h('span', {class: 'icon', 'aria-hidden': 'true'}, '△'), ` changed, was: ${change.baseline ?? 'none'}`));
  }
  return unplaced;
}
