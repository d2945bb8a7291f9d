// The triage page: sends pasted text or a file to POST /v1/triage, which reads, classifies and
// orders it, and shows the queue. Message text only ever reaches the page as textContent, never as
// markup, so a message holding <script> or <img onerror> is shown as the characters it is.
'use strict';

(() => {
  const GROUPS = [
    { id: 'poor', name: 'poor' },
    { id: 'unread', name: 'not classified' },
    { id: 'good', name: 'good' },
    { id: 'kudos', name: 'exceptional' },
  ];
  const LANGS = { hi: 'Hindi', fi: 'Finnish', ur: 'Urdu', ta: 'Tamil', en: 'English', und: 'undetermined' };

  const $ = (id) => document.getElementById(id);
  const state = { upload: null, queue: null };

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (k === 'text') node.textContent = v;
        else if (k === 'className') node.className = v;
        else node.setAttribute(k, v);
      }
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c); // strings become text nodes
    }
    return node;
  }

  function status(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', Boolean(isError));
  }

  function headers(contentType) {
    const h = { 'Content-Type': contentType };
    const token = $('token').value.trim();
    if (token) h.Authorization = 'Bearer ' + token;
    return h;
  }

  /** POSTs the upload; resolves to the Response when it is a success, else throws with the server's message. */
  async function send(upload, format) {
    const params = new URLSearchParams();
    if (upload.name !== null) params.set('name', upload.name);
    if (format) params.set('format', format);
    const query = params.toString();
    const type = upload.name === null ? 'text/plain; charset=utf-8' : 'application/octet-stream';
    const res = await fetch('/v1/triage' + (query ? '?' + query : ''), {
      method: 'POST', headers: headers(type), body: upload.body,
    });
    if (res.ok) return res;
    let message = 'the server answered ' + res.status;
    try {
      const body = await res.json();
      if (body && body.error && body.error.message) message = body.error.message;
    } catch (e) {
      // not JSON: keep the status
    }
    if (res.status === 401) {
      $('token-box').hidden = false;
      $('token').focus();
    }
    throw new Error(message);
  }

  async function triage(upload) {
    state.upload = upload;
    status(upload.name === null ? 'Classifying…' : 'Reading ' + upload.name + '…');
    try {
      const res = await send(upload, null);
      state.queue = await res.json();
      render();
      const n = state.queue.count;
      status(n + (n === 1 ? ' message' : ' messages') + ' from ' + state.queue.source + '.');
    } catch (e) {
      status(e.message, true);
    }
  }

  /** The message text with its evidence words marked, built from the spans' offsets. */
  function highlighted(text, evidence) {
    const p = el('p', { className: 'text', dir: 'auto' });
    const spans = (evidence || [])
      .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.end > e.start && e.end <= text.length)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // overlaps a span already marked
      if (s.start > at) p.append(text.slice(at, s.start));
      p.append(el('mark', { text: text.slice(s.start, s.end), title: 'evidence' }));
      at = s.end;
    }
    if (at < text.length) p.append(text.slice(at));
    return p;
  }

  function row(m) {
    const tr = el('tr', { className: 'group-' + m.group });
    tr.dataset.group = m.group;
    tr.dataset.lang = m.lang;
    const label = m.label === null
      ? el('span', { className: 'badge unread', text: 'not classified' })
      : el('span', { className: 'badge ' + m.label, text: m.label });
    const labelCell = el('td', { className: 'label' }, label);
    if (m.needs_review) labelCell.append(el('span', { className: 'review', text: 'needs review', title: 'confidence under the review threshold' }));
    const conf = m.confidence === null ? '' : m.confidence.toFixed(3);
    const message = el('td', { className: 'message' });
    const text = m.text || '';
    if (m.from || m.subject) {
      // the subject is shown on its own only when it is not the start of the text classified (a reply's)
      const ownSubject = m.subject && text.startsWith(m.subject.trim());
      message.append(el('p', { className: 'mail' },
        el('span', { className: 'from', dir: 'auto', text: m.from || '' }),
        ownSubject ? null : el('span', { className: 'subject', dir: 'auto', text: m.subject || '' }),
        el('span', { className: 'date', text: m.date || '' })));
    }
    if (text) message.append(highlighted(text, m.evidence));
    if (m.error) message.append(el('p', { className: 'error', dir: 'auto', text: m.error }));
    tr.append(
      el('td', { className: 'id', text: m.id, title: 'position ' + m.position + ' in the upload' }),
      labelCell,
      el('td', { className: 'confidence', text: conf }),
      el('td', { className: 'lang', text: m.lang, title: (LANGS[m.lang] || m.lang) + ' (' + m.lang_source + ')' }),
      message);
    return tr;
  }

  function render() {
    const q = state.queue;
    const counts = $('counts');
    counts.replaceChildren(...GROUPS.map((g) => el('button', {
      type: 'button', className: 'count ' + g.id, 'data-group': g.id,
    }, el('b', { text: String(q.groups[g.id] || 0) }), ' ' + g.name)));

    const langs = [...new Set(q.messages.map((m) => m.lang))].sort();
    const langFilter = $('filter-lang');
    const chosen = langFilter.value;
    langFilter.replaceChildren(el('option', { value: '', text: 'all' }),
      ...langs.map((l) => el('option', { value: l, text: l + ' · ' + (LANGS[l] || l) })));
    langFilter.value = langs.includes(chosen) ? chosen : '';

    $('queue').tBodies[0].replaceChildren(...q.messages.map(row));
    $('results').hidden = false;
    filter();
  }

  function filter() {
    const group = $('filter-label').value;
    const lang = $('filter-lang').value;
    let shown = 0;
    for (const tr of $('queue').tBodies[0].rows) {
      const visible = (!group || tr.dataset.group === group) && (!lang || tr.dataset.lang === lang);
      tr.hidden = !visible;
      if (visible) shown++;
    }
    const total = state.queue ? state.queue.count : 0;
    $('shown').textContent = shown === total ? '' : shown + ' of ' + total + ' messages shown';
  }

  async function download(format) {
    if (!state.upload) return;
    status('Preparing the ' + format.toUpperCase() + '…');
    try {
      const res = await send(state.upload, format);
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const base = state.upload.name === null ? 'pasted' : state.upload.name.replace(/\.[^.]*$/, '');
      const a = el('a', { href: url, download: base + '-queue.' + format });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      status('Downloaded ' + base + '-queue.' + format + '.');
    } catch (e) {
      status(e.message, true);
    }
  }

  function chooseFile(file) {
    if (file) triage({ name: file.name, body: file });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('paste-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const text = $('paste').value;
      if (!text.trim()) {
        status('Paste one or more messages first.', true);
        return;
      }
      triage({ name: null, body: text });
    });
    $('file').addEventListener('change', () => {
      chooseFile($('file').files[0]);
      $('file').value = ''; // the same file chosen again is read again
    });
    const drop = $('drop');
    for (const type of ['dragenter', 'dragover']) {
      drop.addEventListener(type, (ev) => {
        ev.preventDefault();
        drop.classList.add('over');
      });
    }
    for (const type of ['dragleave', 'drop']) {
      drop.addEventListener(type, () => drop.classList.remove('over'));
    }
    drop.addEventListener('drop', (ev) => {
      ev.preventDefault();
      chooseFile(ev.dataTransfer.files[0]);
    });
    $('filter-label').addEventListener('change', filter);
    $('filter-lang').addEventListener('change', filter);
    $('counts').addEventListener('click', (ev) => {
      const b = ev.target.closest('button[data-group]');
      if (!b) return;
      const f = $('filter-label');
      f.value = f.value === b.dataset.group ? '' : b.dataset.group;
      filter();
    });
    $('download-csv').addEventListener('click', () => download('csv'));
    $('download-jsonl').addEventListener('click', () => download('jsonl'));
  });
})();
