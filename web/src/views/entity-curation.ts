/* Views: curating an entity in the details panel — rename, change type, aliases add/remove, merge into another entity of its type. */

import type { GraphNode } from '../../../ontology/api-types.js';
import { PRIMARY_ENTITY_LABELS } from '../../../ontology/labels.js';
import type { Curation } from '../app/curation-actions.js';
import { createAutocomplete } from './autocomplete.js';
import { clear, h } from './dom.js';

/** The aliases as chips, each removable, and a field to add one. */
export function aliasesBlock(node: GraphNode, curation: Curation): HTMLElement {
  const input = h('input', {
    type: 'text',
    class: 'text-input',
    placeholder: 'Add an alias…',
    'aria-label': 'New alias',
    dataset: { field: 'alias' },
  });
  const add = async () => {
    const alias = input.value.trim();
    if (!alias) return;
    if (await curation.edit(node.id, { addAliases: [alias] }, `Alias “${alias}” added to ${node.name}.`)) input.value = '';
  };
  input.addEventListener('keydown', (e) => e.key === 'Enter' && (e.preventDefault(), void add()));
  return h(
    'section',
    { class: 'block aliases' },
    h('h3', null, 'Aliases'),
    node.aliases.length
      ? h(
          'div',
          { class: 'chips' },
          node.aliases.map((a) =>
            h(
              'span',
              { class: 'chip', dataset: { alias: a } },
              a,
              h(
                'button',
                {
                  type: 'button',
                  class: 'chip-x',
                  title: `Remove the alias “${a}”`,
                  'aria-label': `Remove ${a}`,
                  dataset: { action: 'remove-alias' },
                  onclick: () => void curation.edit(node.id, { removeAliases: [a] }, `Alias “${a}” removed.`),
                },
                '×',
              ),
            ),
          ),
        )
      : h('p', { class: 'muted small' }, 'No aliases.'),
    h(
      'div',
      { class: 'curate-row' },
      input,
      h('button', { type: 'button', class: 'btn', dataset: { action: 'add-alias' }, onclick: () => void add() }, 'Add'),
    ),
  );
}

/** Rename, change type and merge into…; every change is a decision kept in the graph (History undoes it). */
export function curateBlock(node: GraphNode, curation: Curation): HTMLElement {
  const name = h('input', { type: 'text', class: 'text-input', value: node.name, 'aria-label': 'Name', dataset: { field: 'name' } });
  const rename = async () => {
    const next = name.value.trim();
    if (next && next !== node.name) await curation.edit(node.id, { name: next }, `Renamed “${node.name}” to “${next}”.`);
  };
  name.addEventListener('keydown', (e) => e.key === 'Enter' && (e.preventDefault(), void rename()));
  const type = h(
    'select',
    { 'aria-label': 'Type', dataset: { field: 'type' } },
    PRIMARY_ENTITY_LABELS.map((t) => h('option', { value: t, selected: t === node.type }, t)),
  );
  const retype = () => {
    if (type.value !== node.type) void curation.edit(node.id, { type: type.value }, `${node.name} is now a ${type.value}.`);
  };

  const confirmSlot = h('div', { class: 'merge-confirm', hidden: true });
  const target = createAutocomplete(
    `Merge into another ${node.type.toLowerCase()}…`,
    (hit) => {
      confirmSlot.hidden = false;
      clear(
        confirmSlot,
        h(
          'p',
          null,
          'Merge ',
          h('strong', null, node.name),
          ' into ',
          h('strong', null, hit.name),
          '? ',
          h(
            'span',
            { class: 'muted' },
            `${hit.name} stays; the aliases, relationships with their evidence, and mentions of ${node.name} move to it.`,
          ),
        ),
        h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn primary',
              dataset: { action: 'merge-confirm' },
              onclick: () => void curation.merge(hit.id, [node.id], `Merged “${node.name}” into “${hit.name}”.`),
            },
            `Merge into ${hit.name}`,
          ),
          h('button', { type: 'button', class: 'btn', onclick: () => ((confirmSlot.hidden = true), target.setValue('')) }, 'Cancel'),
        ),
      );
    },
    'ac-inline ac-merge',
    (hit) => hit.type === node.type && hit.id !== node.id,
  );

  return h(
    'section',
    { class: 'block curate' },
    h('h3', null, 'Curate'),
    h(
      'div',
      { class: 'curate-row' },
      name,
      h('button', { type: 'button', class: 'btn', dataset: { action: 'rename' }, onclick: () => void rename() }, 'Rename'),
    ),
    h(
      'div',
      { class: 'curate-row' },
      type,
      h('button', { type: 'button', class: 'btn', dataset: { action: 'change-type' }, onclick: retype }, 'Change type'),
    ),
    h('div', { class: 'curate-row' }, target.root),
    confirmSlot,
  );
}
