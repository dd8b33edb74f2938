/* Views: entity autocomplete over names and aliases (GET /api/search) — arrows, Enter, Esc; reused by search and paths. */

import type { SearchHit } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import { typeColor } from '../core/appearance/palette.js';
import { clear, h } from './dom.js';
import { errorMessage } from './status.js';

export interface Autocomplete {
  root: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

/** `accept`: keep only some hits (e.g. entities of one type for "merge into…"). */
export function createAutocomplete(
  placeholder: string,
  onPick: (hit: SearchHit) => void,
  className = '',
  accept?: (hit: SearchHit) => boolean,
): Autocomplete {
  const input = h('input', {
    type: 'search',
    class: 'ac-input',
    placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
  });
  const list = h('ul', { class: 'ac-list', role: 'listbox', hidden: true });
  const root = h('div', { class: `ac ${className}` }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };
  const render = (message?: string) => {
    clear(
      list,
      message
        ? h('li', { class: 'ac-empty' }, message)
        : hits.map((hit, i) =>
            h(
              'li',
              {
                class: `ac-item${i === active ? ' active' : ''}`,
                role: 'option',
                'aria-selected': String(i === active),
                dataset: { id: hit.id },
                onmousedown: (e: Event) => (e.preventDefault(), pick(hit)),
              },
              h('span', { class: 'swatch swatch-dot', style: `--swatch:${typeColor(hit.type)}` }),
              h('span', { class: 'ac-name' }, hit.name),
              hit.aliases.length ? h('span', { class: 'ac-aliases' }, hit.aliases.slice(0, 3).join(', ')) : null,
              h('span', { class: 'ac-type' }, hit.type),
            ),
          ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const query = async () => {
    const q = input.value.trim();
    if (q.length < 2) return close();
    const mine = ++seq;
    root.classList.add('busy');
    try {
      const response = await api.search(q, 10);
      if (mine !== seq) return;
      hits = accept ? response.hits.filter(accept) : response.hits;
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : `No entity matches “${q}”`);
    } catch (error) {
      if (mine === seq) render(errorMessage(error));
    } finally {
      if (mine === seq) root.classList.remove('busy');
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(query, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden) pick(hits[active]);
      else void query();
    } else if (e.key === 'Escape') {
      if (!list.hidden) close();
      else input.blur();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  return { root, input, setValue: (text) => (input.value = text) };
}
