/**
 * The demo host page's own script (a module, no inline script): points the host-API embed at this
 * page's origin (its `origins`), sends commands from the buttons and logs the embed's events.
 */
import './demo.css';

const frame = document.getElementById('api-embed') as HTMLIFrameElement | null;
const log = document.getElementById('api-log');
if (frame) {
  const embedUrl = new URL(`embed.html?${frame.dataset.query ?? ''}`, location.href);
  embedUrl.searchParams.set('origins', location.origin);
  frame.src = embedUrl.href;
  const embedOrigin = embedUrl.origin;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-cmd]')) {
    b.addEventListener('click', () => {
      const cmd = b.dataset.cmd!;
      const msg: Record<string, string> = { atlas: cmd };
      if (cmd === 'select-place') msg.place = b.dataset.arg!;
      if (cmd === 'set-lang') msg.lang = b.dataset.arg!;
      frame.contentWindow?.postMessage(msg, embedOrigin);
    });
  }
  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || e.origin !== embedOrigin) return;
    const d = e.data as { atlas?: unknown; place?: unknown };
    if (!d || typeof d !== 'object' || typeof d.atlas !== 'string' || d.atlas === 'height') return;
    if (log) log.textContent = `${d.atlas}${typeof d.place === 'string' ? `: ${d.place}` : ''}`;
    document.body.dataset.lastEvent = JSON.stringify(d);
  });
}
