// The what-if editor: forms for added facts that follow the fact vocabulary of the contract, and the table of
// recorded facts to remove.
import {h, clear, nextId, $, $$} from './dom.js';

/** The fact types of the contract and the fields of each (plus an optional `source` for all). */
export const FACT_TYPES = {
  'signature': {label: 'Signature', fields: ['instrument', 'state', 'date']},
  'ratification': {label: 'Ratification (domestic act, not a deposit)', fields: ['instrument', 'state', 'date', 'act']},
  'deposit': {label: 'Deposit of an instrument of consent', fields: ['instrument', 'state', 'date', 'kind']},
  'provisional-application': {label: 'Provisional application', fields: ['instrument', 'state', 'from']},
  'non-participation-notice': {label: 'Notice of intention not to become a party (VCLT art. 25(2))', fields: ['instrument', 'state', 'date']},
  'accession-request': {label: 'Accession request', fields: ['target', 'state', 'date', 'acceptsObligations']},
  'accession-consent': {label: 'Consent to an accession', fields: ['target', 'candidate', 'consentingState', 'date']},
  'observer-admission': {label: 'Admission as observer', fields: ['organization', 'state', 'date']},
  'withdrawal-notice': {label: 'Notice of withdrawal', fields: ['target', 'state', 'date']},
  'notice-withdrawn': {label: 'A notice of withdrawal is withdrawn (VCLT art. 68)', fields: ['notice', 'date']},
  'renaming': {label: 'Renaming of an organization', fields: ['organization', 'name', 'date']},
  'inventory-completed': {label: "Inventory of a predecessor's treaty base completed", fields: ['organization', 'date']},
  'liquidation-completed': {label: 'Liquidation of an organ completed', fields: ['organ', 'date']},
};

const DATE_HINT = 'A day (2002-06-01), a month (2002-06), a year (2002), or between two: 2002-03/2002-06';

const FIELDS = {
  instrument: {label: 'Instrument', kind: 'instrument'},
  organization: {label: 'Organization', kind: 'organization'},
  target: {label: 'Instrument or organization', kind: 'target'},
  organ: {label: 'Organ', kind: 'organ'},
  state: {label: 'State', kind: 'state'},
  candidate: {label: 'Candidate state', kind: 'state'},
  consentingState: {label: 'Consenting state', kind: 'state'},
  date: {label: 'Date', kind: 'date'},
  from: {label: 'Applied from', kind: 'date'},
  kind: {label: 'Kind', kind: 'enum', options: ['ratification', 'acceptance', 'approval', 'accession', 'succession']},
  act: {label: 'Domestic act (optional)', kind: 'text'},
  name: {label: 'New name', kind: 'text'},
  acceptsObligations: {label: 'Accepts the obligations', kind: 'checkbox'},
  notice: {label: 'Notice withdrawn', kind: 'notice'},
  source: {label: 'Source (optional)', kind: 'text'},
};

const short = (text, n = 70) => text && text.length > n ? `${text.slice(0, n - 1)}…` : text;

/** A one-line description of a fact: "non-participation-notice · caco-treaty-2002 · UZ". */
export function describeFact(fact, {withDate = true} = {}) {
  const what = [fact.instrument, fact.organization, fact.organ, fact.state, fact.candidate && `candidate ${fact.candidate}`,
    fact.consentingState && `consent of ${fact.consentingState}`, fact.kind, fact.name && `“${fact.name}”`,
    fact.notice && `notice ${fact.notice}`, fact.act].filter(Boolean);
  const when = fact.date || fact.from;
  return `${fact.type}${what.length ? ' · ' + what.join(' · ') : ''}${when && withDate ? ' · ' + when : ''}`;
}

function select(id, name, options, value, placeholder) {
  const el = h('select', {id, name});
  el.append(h('option', {value: ''}, placeholder));
  for (const o of options) {
    if (o.group) el.append(h('optgroup', {label: o.group}, o.options.map(x => h('option', {value: x.value}, x.text))));
    else el.append(h('option', {value: o.value}, o.text));
  }
  if (value && ![...el.options].some(o => o.value === value)) {
    el.append(h('option', {value}, `${value} (not in this dataset)`));
  }
  el.value = value || '';
  return el;
}

/** Builds the controls of one field; `data-fields` names the fact fields it stands for (for API errors). */
function fieldControl(field, fact, options) {
  const spec = FIELDS[field];
  const id = nextId(`f-${field}`);
  const errorId = `${id}-error`;
  let control;
  let fields = field;
  switch (spec.kind) {
    case 'instrument':
      control = select(id, field, options.instruments.map(i => ({value: i.id, text: `${i.id} — ${short(i.title, 50)}`})), fact.instrument, 'Choose an instrument');
      break;
    case 'organization':
      control = select(id, field, options.organizations.map(o => ({value: o.id, text: `${o.id} — ${o.name}`})), fact.organization, 'Choose an organization');
      break;
    case 'target': {
      fields = 'organization instrument';
      const value = fact.organization ? `organization:${fact.organization}` : fact.instrument ? `instrument:${fact.instrument}` : '';
      control = select(id, field, [
        {group: 'Organizations', options: options.organizations.map(o => ({value: `organization:${o.id}`, text: `${o.id} — ${o.name}`}))},
        {group: 'Instruments', options: options.instruments.map(i => ({value: `instrument:${i.id}`, text: `${i.id} — ${short(i.title, 50)}`}))},
      ], value, 'Choose an organization or instrument');
      break;
    }
    case 'organ':
      control = select(id, field, options.organizations.filter(o => o.organs?.length).map(o => ({
        group: o.name, options: o.organs.map(g => ({value: g.id, text: `${g.id} — ${g.name || g.id}`})),
      })), fact.organ, 'Choose an organ');
      break;
    case 'state':
      control = select(id, field, options.states.map(s => ({value: s.code, text: `${s.code} — ${s.name || s.code}`})), fact[field], 'Choose a state');
      break;
    case 'notice':
      control = select(id, field, options.notices().map(n => ({value: n.id, text: `${n.id} — ${describeFact(n)}`})), fact.notice, 'Choose a notice of withdrawal');
      break;
    case 'enum':
      control = select(id, field, spec.options.map(v => ({value: v, text: v})), fact[field], 'Choose');
      break;
    case 'checkbox':
      control = h('input', {id, name: field, type: 'checkbox', checked: fact[field] !== false});
      break;
    case 'date':
      control = h('input', {id, name: field, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false',
        placeholder: '2002-06-01', value: fact[field] || ''});
      break;
    default:
      control = h('input', {id, name: field, type: 'text', autocomplete: 'off', value: fact[field] || ''});
  }
  control.dataset.fields = fields;
  const describedBy = [errorId];
  let hint = null;
  if (spec.kind === 'date') {
    hint = h('p', {class: 'hint', id: `${id}-hint`}, DATE_HINT);
    describedBy.unshift(hint.id);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  const error = h('p', {class: 'error', id: errorId, hidden: true});
  if (spec.kind === 'checkbox') {
    return h('div', {class: `field check field-${field}`}, control, h('label', {for: id}, spec.label), error);
  }
  return h('div', {class: `field field-${field}`}, h('label', {for: id}, spec.label), control, hint, error);
}

/** The form of one added fact: choosing its type shows its fields. */
export function factForm(fact, number, options, {onChange, onDelete}) {
  const typeId = nextId('f-type');
  const typeSelect = h('select', {id: typeId, name: 'type', 'aria-describedby': `${typeId}-error`, dataset: {fields: 'type'}},
    h('option', {value: ''}, 'Choose the type of fact'),
    Object.entries(FACT_TYPES).map(([value, t]) => h('option', {value}, `${value} — ${t.label}`)));
  typeSelect.value = FACT_TYPES[fact.type] ? fact.type : '';
  const fieldsBox = h('div', {class: 'fact-fields'});
  const legendId = nextId('legend');
  const item = h('li', {class: 'fact-form', dataset: {factId: fact.id}},
    h('fieldset', {'aria-labelledby': legendId},
      h('legend', {id: legendId}, `Added fact ${number}`, h('span', {class: 'muted'}, ` (${fact.id})`)),
      h('div', {class: 'fact-error error', role: 'alert', hidden: true}),
      h('div', {class: 'field field-type'}, h('label', {for: typeId}, 'Type'), typeSelect,
        h('p', {class: 'error', id: `${typeId}-error`, hidden: true})),
      fieldsBox,
      h('button', {type: 'button', class: 'delete', onclick: () => onDelete(fact.id)}, `Delete added fact ${number}`)));

  function renderFields(current) {
    clear(fieldsBox);
    const type = FACT_TYPES[typeSelect.value];
    if (!type) return;
    for (const field of [...type.fields, 'source']) fieldsBox.append(fieldControl(field, current, options));
  }
  renderFields(fact);
  typeSelect.addEventListener('change', () => {
    renderFields(readFact(item)); // keep what the fields have in common (state, date, source…)
    onChange();
    $('select, input', fieldsBox)?.focus();
  });
  fieldsBox.addEventListener('input', onChange);
  fieldsBox.addEventListener('change', onChange);
  return item;
}

/** The fact a form describes, as the API takes it. */
export function readFact(item) {
  const fact = {};
  const type = $('select[name="type"]', item).value;
  if (type) fact.type = type;
  fact.id = item.dataset.factId;
  for (const control of $$('.fact-fields [name]', item)) {
    const name = control.name;
    if (control.type === 'checkbox') fact[name] = control.checked;
    else if (name === 'target') {
      const [kind, id] = control.value.split(/:(.*)/s);
      if (id) fact[kind] = id;
    } else if (control.value.trim() !== '') fact[name] = control.value.trim();
  }
  return fact;
}

/** Shows the API's errors of one added fact next to its fields; the rest on the fact itself. */
export function showFactErrors(item, errors) {
  const general = $('.fact-error', item);
  const rest = [];
  for (const e of errors) {
    const control = $$('[data-fields]', item).find(c => c.dataset.fields.split(' ').includes(e.subfield));
    if (control) {
      const out = document.getElementById(`${control.id}-error`);
      const message = out.hidden ? e.message : `${out.textContent}; ${e.message}`;
      out.textContent = message;
      out.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.closest('.field')?.classList.add('invalid');
    } else {
      rest.push(e.subfield ? `${e.subfield}: ${e.message}` : e.message);
    }
  }
  if (rest.length) {
    general.textContent = rest.join('; ');
    general.hidden = false;
  }
}

export function clearErrors(root) {
  for (const out of $$('.error', root)) {
    out.hidden = true;
    out.textContent = '';
  }
  for (const c of $$('[aria-invalid]', root)) c.removeAttribute('aria-invalid');
  for (const f of $$('.invalid', root)) f.classList.remove('invalid');
}

/** The recorded facts, searchable, each with a button to leave it out of the scenario. */
export function renderFactsTable(tbody, facts, removed, query, onToggle) {
  clear(tbody);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const fact of facts) {
    const text = `${fact.id} ${describeFact(fact)} ${fact.source || ''}`.toLowerCase();
    if (!words.every(w => text.includes(w))) continue;
    shown++;
    const isRemoved = removed.includes(fact.id);
    tbody.append(h('tr', {class: isRemoved ? 'removed' : '', dataset: {factId: fact.id}},
      h('td', {},
        h('button', {type: 'button', class: `toggle ${isRemoved ? 'restore' : 'remove'}`, 'aria-pressed': String(isRemoved),
          'aria-label': `${isRemoved ? 'Restore' : 'Remove'} fact ${fact.id}`, onclick: () => onToggle(fact.id)},
          isRemoved ? 'Restore' : 'Remove'),
        h('p', {class: 'error', hidden: true})),
      h('td', {}, h('code', {}, fact.id), h('div', {class: 'small'}, describeFact(fact, {withDate: false})),
        isRemoved ? h('span', {class: 'tag removed-tag'}, 'removed in the scenario') : null),
      h('td', {class: 'nowrap'}, fact.date || fact.from || ''),
      h('td', {class: 'small'}, fact.source || '')));
  }
  return shown;
}
