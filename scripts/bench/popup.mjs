// popup_ready_100k: from navigation to the popup's due list painted (the 'due-painted' mark the
// due screen sets after its first paint with data), with 100,000 people and leads, 1,000,000
// activities and a few hundred due reminders in the extension's database. Baseline, in the same
// run: a bare Preact page that renders the same 50 due items from memory and marks its paint the
// same way, so the figure's ratio is what the popup adds (extension page, background round trips,
// the real components) over the cheapest possible render.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// BENCH_POPUP_N lets a developer try a smaller run; the figure is named for and reported at 100,000.
const LEADS = Number(process.env.BENCH_POPUP_N ?? 100_000);
const ACTIVITIES_PER_LEAD = 10;
const DUE = 300;
const LATER = 700;
const RUNS = 7;
const BASELINE_ORIGIN = 'https://popup-baseline.leadtrail.test';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round = (value) => Math.round(value * 10) / 10;

/** Raw IndexedDB puts into the extension's own database, one big transaction per call. */
async function seed(page, log) {
  // The background opens (and upgrades) the database on its first message; seeding waits for that.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'app.status', payload: {} }));
  const CHUNK = 20_000;
  for (let offset = 0; offset < LEADS; offset += CHUNK) {
    await page.evaluate(
      async ({ offset: from, size, perLead }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('leadtrail');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const now = Date.now();
        const tx = db.transaction(['people', 'companies', 'leads', 'activities'], 'readwrite', { durability: 'relaxed' });
        const [people, companies, leads, activities] = ['people', 'companies', 'leads', 'activities'].map((name) => tx.objectStore(name));
        for (let i = from; i < from + size; i++) {
          const at = now - 400 * 86_400_000 + i * 1000;
          const stamp = { createdAt: at, updatedAt: at };
          const companyId = `bench-c${i % 5000}`;
          if (i < 5000) companies.put({ id: companyId, name: `Company ${i}`, domain: `company${i}.example`, phones: [], emails: [], tags: [], ...stamp });
          const email = `person${i}@company${i % 5000}.example`;
          people.put({
            id: `bench-p${i}`, fullName: `Person${i} Surname${i % 997}`, emails: [email], phones: [], profiles: [], notes: '', tags: [],
            companyId, isDecisionMaker: false, ...stamp,
            phoneKeys: [], profileKeys: [], searchTokens: [`person${i}`, `surname${i % 997}`, email],
          });
          leads.put({
            id: `bench-l${i}`, personId: `bench-p${i}`, companyId, title: `Need ${i}`, stage: ['open', 'contacted', 'qualified', 'negotiation'][i % 4],
            bant: {}, qualifiers: { custom: {} }, tags: [], source: { kind: 'import', utm: {}, capturedAt: at },
            stageHistory: [], stageChangedAt: at, ...stamp,
          });
          for (let k = 0; k < perLead; k++) {
            activities.put({ id: `bench-a${i}-${k}`, leadId: `bench-l${i}`, personId: `bench-p${i}`, kind: 'note', at: at + k * 60_000, summary: `Note ${k}`, origin: 'import', details: {} });
          }
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
        db.close();
      },
      { offset, size: Math.min(CHUNK, LEADS - offset), perLead: ACTIVITIES_PER_LEAD },
    );
    log(`  seeded ${Math.min(offset + CHUNK, LEADS)} of ${LEADS} leads (${ACTIVITIES_PER_LEAD} activities each)…`);
  }
  await page.evaluate(
    async ({ due, later, leads }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('leadtrail');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      const tx = db.transaction('reminders', 'readwrite');
      const store = tx.objectStore('reminders');
      for (let j = 0; j < due + later; j++) {
        const i = Math.floor((j * leads) / (due + later));
        // Due ones spread over the last 30 days (overdue) up to a minute ago; the rest in the future.
        const dueAt = j < due ? now - 60_000 - Math.floor(((due - j) / due) * 30 * 86_400_000) : now + (j - due + 1) * 86_400_000;
        store.put({ id: `bench-r${j}`, leadId: `bench-l${i}`, personId: `bench-p${i}`, dueAt, note: `Follow up ${j}`, status: 'open', cause: 'manual', createdAt: now, updatedAt: now });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { due: DUE, later: LATER, leads: LEADS },
  );
}

/** Opens a page and reads how long after navigation its 'due-painted' mark came. */
async function timeToPainted(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(() => performance.getEntriesByName('due-painted')[0]?.startTime, undefined, { timeout: 30_000 });
    const painted = await handle.jsonValue();
    const rows = await page.evaluate(() => document.querySelectorAll('[data-testid="due-row"], li.due').length);
    return { painted, rows };
  } finally {
    await page.close();
  }
}

const BASELINE_HTML = (items) => `<!doctype html><meta charset="utf-8"><title>baseline</title><div id="app"></div>
<script type="module">
import { h, render } from './preact.mjs';
const items = ${JSON.stringify(items).replace(/</g, '\\u003c')};
const when = new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' });
render(h('ul', null, items.map((item) => h('li', { class: 'due', key: item.reminder.id },
  h('strong', null, item.name), ' ', item.company ?? '', ' ', item.stage ?? '', ' ', when.format(item.reminder.dueAt), ' ', item.reminder.note))),
  document.getElementById('app'));
requestAnimationFrame(() => setTimeout(() => performance.mark('due-painted'), 0));
</script>`;

export default async function run({ context, root, extensionId, log }) {
  const seeder = await context.newPage();
  let items;
  try {
    await seeder.goto(`chrome-extension://${extensionId}/options.html`);
    const started = Date.now();
    await seed(seeder, log);
    log(`  seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    const reply = await seeder.evaluate(() => chrome.runtime.sendMessage({ type: 'reminders.due', payload: { limit: 50 } }));
    if (!reply?.ok || reply.data.length !== 50) throw new Error(`reminders.due did not return 50 items: ${JSON.stringify(reply).slice(0, 300)}`);
    items = reply.data;
  } finally {
    await seeder.close();
  }

  const preact = await readFile(path.join(root, 'node_modules/preact/dist/preact.mjs'), 'utf8');
  await context.route(`${BASELINE_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/preact.mjs')) return route.fulfill({ contentType: 'text/javascript', body: preact });
    return route.fulfill({ contentType: 'text/html', body: BASELINE_HTML(items) });
  });

  const popup = [];
  const baseline = [];
  // Interleaved, after one warm-up each, so both see the same state of the machine and the worker.
  await timeToPainted(context, `chrome-extension://${extensionId}/popup.html`);
  await timeToPainted(context, `${BASELINE_ORIGIN}/`);
  for (let attempt = 0; attempt < RUNS; attempt++) {
    const measured = await timeToPainted(context, `chrome-extension://${extensionId}/popup.html`);
    if (measured.rows !== 50) throw new Error(`the popup painted ${measured.rows} due rows, not 50`);
    popup.push(measured.painted);
    const bare = await timeToPainted(context, `${BASELINE_ORIGIN}/`);
    if (bare.rows !== 50) throw new Error(`the baseline painted ${bare.rows} rows, not 50`);
    baseline.push(bare.painted);
  }
  log(`  popup ${popup.map(round).join(', ')} ms; baseline ${baseline.map(round).join(', ')} ms`);
  // Where the popup's extra time goes: the background's answer to reminders.due alone (logged, not a figure).
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${extensionId}/options.html`);
    const rounds = await probe.evaluate(async () => {
      const times = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        await chrome.runtime.sendMessage({ type: 'reminders.due', payload: { limit: 50 } });
        times.push(performance.now() - started);
      }
      return times;
    });
    log(`  reminders.due round trip: median ${round(median(rounds))} ms`);
  } finally {
    await probe.close();
  }
  return { popup_ready_100k: { value: round(median(popup)), unit: 'ms', baseline: round(median(baseline)) } };
}
