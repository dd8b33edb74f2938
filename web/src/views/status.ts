/* Views: loading bar driven by pending requests, and short-lived toasts for results and errors. */

import { onPendingChange } from '../api/http.js';
import { h } from './dom.js';

export function bindLoadingBar(bar: HTMLElement): void {
  onPendingChange((n) => {
    bar.classList.toggle('active', n > 0);
    document.body.dataset.pending = String(n);
  });
}

let toastHost: HTMLElement | null = null;

export function setToastHost(host: HTMLElement): void {
  toastHost = host;
}

export function toast(message: string, kind: 'info' | 'error' = 'info', ms = kind === 'error' ? 8000 : 3500): void {
  if (!toastHost) return;
  const el = h(
    'div',
    { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    message,
    h('button', { class: 'toast-close', type: 'button', 'aria-label': 'Dismiss', onclick: () => el.remove() }, '×'),
  );
  toastHost.append(el);
  window.setTimeout(() => el.remove(), ms);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
