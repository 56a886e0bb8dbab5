// How an answer looks: colour AND an icon AND its word, so that no one depends on colour alone.
import {h} from './dom.js';

const LOOK = {
  'yes': ['yes', '✓'],
  'no': ['no', '✕'],
  'undetermined': ['undetermined', '?'],
  // organization status
  'functioning': ['yes', '✓'],
  'functioning-provisionally': ['provisional', '◐'],
  'terminated': ['ended', '✕'],
  'not-established': ['none', '○'],
  // organ status
  'active': ['yes', '✓'],
  'transitional': ['provisional', '◐'],
  'liquidation-due': ['warning', '!'],
  'dissolved': ['ended', '✕'],
  'ceased': ['ended', '✕'],
};

/** The class that gives an answer its look. */
export const look = value => (LOOK[value] || ['other', '•'])[0];

export function badge(value, extra) {
  const [kind, icon] = LOOK[value] || ['other', '•'];
  return h('span', {class: `badge ${kind}`},
    h('span', {class: 'icon', 'aria-hidden': 'true'}, icon), ' ', String(value ?? '—'),
    extra ? [' ', extra] : null);
}
