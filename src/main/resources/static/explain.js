// The explanation of an answer as a tree: each step names the rule, its legal basis, its text, the facts it
// rests on (with their sources) and the steps it builds on.
import {h} from './dom.js';
import {badge} from './answers.js';

/** "VCLT 25(1)(a): applied provisionally ..." → ["VCLT 25(1)(a)", "applied provisionally ..."] */
function splitRule(rule) {
  const i = (rule || '').indexOf(': ');
  return i > 0 ? [rule.slice(0, i), rule.slice(i + 2)] : ['', rule || '(unnamed rule)'];
}

function factItem(id, context) {
  const fact = context.factsById.get(id);
  if (!fact) return h('li', {class: 'fact'}, h('code', {}, id), ' (not in the facts list)');
  return h('li', {class: 'fact'},
    h('code', {}, id), ' ', h('span', {class: 'fact-what'}, context.describeFact(fact)),
    context.added.has(id) ? h('span', {class: 'tag scenario-tag'}, 'added in the scenario') : null,
    h('div', {class: 'source'}, h('span', {class: 'label'}, 'Source: '), fact.source || 'none given'));
}

function stepItem(step, depth, context) {
  const [citation, name] = splitRule(step.rule);
  const body = [];
  if (step.text) body.push(h('p', {class: 'step-text'}, step.text));
  if (step.basis?.length) {
    body.push(h('div', {class: 'basis'}, h('span', {class: 'label'}, 'Legal basis'),
      h('ul', {}, step.basis.map(b => h('li', {}, b)))));
  }
  if (step.facts?.length) {
    body.push(h('div', {class: 'facts-of-step'}, h('span', {class: 'label'}, 'Facts'),
      h('ul', {}, step.facts.map(id => factItem(id, context)))));
  }
  if (step.premises?.length) {
    body.push(h('div', {class: 'premises'}, h('span', {class: 'label'}, `Because (${step.premises.length})`),
      h('ul', {class: 'tree'}, step.premises.map(p => stepItem(p, depth + 1, context)))));
  }
  return h('li', {class: 'step'},
    h('details', {open: depth < 2},
      h('summary', {}, citation ? h('span', {class: 'citation'}, citation) : null, ' ', h('span', {class: 'rule'}, name)),
      h('div', {class: 'step-body'}, body)));
}

export function steps(because, context) {
  if (!because?.length) return h('p', {class: 'placeholder'}, 'No rule step is recorded for this answer.');
  return h('ul', {class: 'tree root'}, because.map(step => stepItem(step, 0, context)));
}

/**
 * Fills the panel: a title, the answer, its reason, the steps; for a changed answer also the baseline's steps.
 * context: {factsById: Map, describeFact: fact → text, added: Set of added fact ids}
 */
function openAll(button, open) {
  for (const d of button.closest('#why-body, .why-body').querySelectorAll('details')) d.open = open;
}

export function explanation({title, value, reason, because, note, baseline}, context) {
  const parts = [h('h3', {class: 'why-subject'}, title)];
  parts.push(h('div', {class: 'why-tools'},
    h('button', {type: 'button', class: 'small-button expand-all', onclick: e => openAll(e.currentTarget, true)}, 'Expand all steps'),
    h('button', {type: 'button', class: 'small-button collapse-all', onclick: e => openAll(e.currentTarget, false)}, 'Collapse all')));
  if (value) parts.push(h('p', {class: 'why-answer'}, badge(value)));
  if (reason) parts.push(h('p', {class: 'reason'}, h('span', {class: 'label'}, 'Reason: '), reason));
  if (note) parts.push(h('p', {class: 'note'}, note));
  if (because?.length || !note) parts.push(steps(because, context));
  if (baseline) {
    parts.push(h('details', {class: 'baseline-why'},
      h('summary', {}, 'In the baseline: ', badge(baseline.value || 'no')),
      baseline.reason ? h('p', {class: 'reason'}, h('span', {class: 'label'}, 'Reason: '), baseline.reason) : null,
      steps(baseline.because, context)));
  }
  return parts;
}
