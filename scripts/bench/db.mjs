// db_insert_100k, db_lookup_email_p99, db_lookup_phone_p99, db_due_reminders_50: the repository in
// real Chromium against raw IndexedDB on the same records, in the same run.
import { build } from 'esbuild';
import path from 'node:path';

const ORIGIN = 'https://bench.leadtrail.test';
// BENCH_DB_N lets a developer try a smaller run; the figures are named for and reported at 100,000.
const N = Number(process.env.BENCH_DB_N ?? 100_000);

export default async function run({ context, root, log }) {
  const built = await build({
    entryPoints: [path.join(root, 'scripts/bench/db-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  const script = built.outputFiles[0].text;
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>bench</title>' }),
  );
  const page = await context.newPage();
  try {
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: script });
    log(`  inserting ${N} leads through the repository and raw…`);
    const insert = await page.evaluate(async (count) => {
      const { openLeadTrailDb, personKeys, Repository } = globalThis.leadtrailDb;
      const makeBundles = (offset, size) =>
        Array.from({ length: size }, (_, j) => {
          const i = offset + j;
          return {
            person: { fullName: `Person ${i} Surname${i % 997}`, jobTitle: 'Head of sales', emails: [`person${i}@company${i % 5000}.com`], phones: [{ e164: `+1${String(2000000000 + i)}`, raw: '' }] },
            company: { name: `Company ${i % 5000}`, domain: `company${i}.com` },
            lead: { title: `Need ${i}`, source: { kind: 'import', utm: {}, capturedAt: Date.now() } },
          };
        });
      const BATCH = 10_000;
      // Through the repository: validation, derived keys, captured activities, batched transactions.
      const db = await openLeadTrailDb('bench-repo');
      const repo = new Repository(db);
      const inputs = [];
      for (let offset = 0; offset < count; offset += BATCH) inputs.push(makeBundles(offset, Math.min(BATCH, count - offset)));
      let started = performance.now();
      for (const batch of inputs) await repo.insertLeadBundles(batch);
      const repoMs = performance.now() - started;
      // Raw: the same records (as the repository stores them) put with bare IndexedDB in one transaction.
      const recordsOf = (offset, size) =>
        makeBundles(offset, size).map((bundle) => {
          const at = Date.now();
          // Random UUID keys, as the repository makes: sequential keys would insert faster and flatter the baseline.
          const company = { ...bundle.company, id: crypto.randomUUID(), phones: [], emails: [], tags: [], createdAt: at, updatedAt: at };
          const person = { ...bundle.person, id: crypto.randomUUID(), companyId: company.id, profiles: [], notes: '', tags: [], isDecisionMaker: false, createdAt: at, updatedAt: at };
          const lead = { ...bundle.lead, id: crypto.randomUUID(), personId: person.id, companyId: company.id, stage: 'open', bant: {}, qualifiers: { custom: {} }, tags: [], stageHistory: [{ stage: 'open', enteredAt: at }], createdAt: at, updatedAt: at, stageChangedAt: at };
          const activity = { id: crypto.randomUUID(), leadId: lead.id, personId: person.id, kind: 'captured', at, summary: lead.title, origin: 'import', details: {} };
          return { company, person: { ...person, ...personKeys(person, company) }, lead, activity };
        });
      const rawDb = await openLeadTrailDb('bench-raw');
      rawDb.close();
      const native = await new Promise((resolve, reject) => {
        const request = indexedDB.open('bench-raw');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const prepared = recordsOf(0, count);
      started = performance.now();
      await new Promise((resolve, reject) => {
        const tx = native.transaction(['people', 'companies', 'leads', 'activities'], 'readwrite');
        const stores = ['people', 'companies', 'leads', 'activities'].map((name) => tx.objectStore(name));
        for (const record of prepared) {
          stores[0].put(record.person);
          stores[1].put(record.company);
          stores[2].put(record.lead);
          stores[3].put(record.activity);
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const rawMs = performance.now() - started;

      // Lookups among the 100,000 people: the repository against a bare index get.
      const percentile = (values, p) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
      // The repository and the bare index take turns on the same keys, after a warm-up, so a pause
      // of the shared machine falls on both sides alike.
      const timePairs = async (times, repoFind, rawFind) => {
        const repoSamples = [];
        const rawSamples = [];
        for (let k = -100; k < times; k++) {
          const i = (Math.abs(k) * 7919) % count;
          // Whoever goes second finds the key's pages warm; each side goes first half of the time.
          const timed = async (find) => {
            const t0 = performance.now();
            const found = await find(i);
            return [found, performance.now() - t0];
          };
          const repoFirst = k % 2 === 0;
          const first = await timed(repoFirst ? repoFind : rawFind);
          const second = await timed(repoFirst ? rawFind : repoFind);
          const [[viaRepo, repoLookupMs], [viaRaw, rawLookupMs]] = repoFirst ? [first, second] : [second, first];
          if (!viaRepo || !viaRaw || viaRepo.fullName !== viaRaw.fullName) throw new Error(`lookup ${i} disagrees`);
          if (k >= 0) {
            repoSamples.push(repoLookupMs);
            rawSamples.push(rawLookupMs);
          }
        }
        return [repoSamples, rawSamples];
      };
      const rawGet = (index, key) => new Promise((resolve, reject) => {
        const request = native.transaction('people').objectStore('people').index(index).get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const [emailRepo, emailRaw] = await timePairs(1000, (i) => repo.findPersonByEmail(`person${i}@company${i % 5000}.com`), (i) => rawGet('byEmail', `person${i}@company${i % 5000}.com`));
      const [phoneRepo, phoneRaw] = await timePairs(1000, (i) => repo.findPersonByPhone(`+1${String(2000000000 + i)}`), (i) => rawGet('byPhone', `+1${String(2000000000 + i)}`));

      // 100,000 reminders, a third of them due; the 50 most urgent.
      const now = Date.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('reminders', 'readwrite');
        const store = tx.objectStore('reminders');
        for (let i = 0; i < count; i++) {
          const status = i % 10 === 0 ? 'done' : i % 7 === 0 ? 'snoozed' : 'open';
          void store.put({ id: `r${i}`, personId: `p${i}`, dueAt: now - 86_400_000 * 30 + ((i * 7919) % count) * 60_000, note: `call ${i}`, status, cause: 'manual', createdAt: now, updatedAt: now });
        }
        tx.done.then(resolve, reject);
      });
      const dueRepo = [];
      const dueRaw = [];
      for (let k = 0; k < 30; k++) {
        let t0 = performance.now();
        const due = await repo.listDueReminders(now, 50);
        dueRepo.push(performance.now() - t0);
        if (due.length !== 50) throw new Error(`expected 50 due reminders, got ${due.length}`);
        t0 = performance.now();
        await db.transaction('reminders').store.index('byStatusDue').getAll(IDBKeyRange.bound(['open', 0], ['open', now]), 50);
        dueRaw.push(performance.now() - t0);
      }
      db.close();
      native.close();
      return {
        repoPerSecond: count / (repoMs / 1000),
        rawPerSecond: count / (rawMs / 1000),
        emailRepo: percentile(emailRepo, 0.99),
        emailRaw: percentile(emailRaw, 0.99),
        phoneRepo: percentile(phoneRepo, 0.99),
        phoneRaw: percentile(phoneRaw, 0.99),
        dueRepo: percentile(dueRepo, 0.5),
        dueRaw: percentile(dueRaw, 0.5),
      };
    }, N);
    const round = (value, digits = 2) => Number(value.toFixed(digits));
    return {
      db_insert_100k: { value: Math.round(insert.repoPerSecond), unit: 'per_s', baseline: Math.round(insert.rawPerSecond) },
      db_lookup_email_p99: { value: round(insert.emailRepo), unit: 'ms', baseline: round(insert.emailRaw) },
      db_lookup_phone_p99: { value: round(insert.phoneRepo), unit: 'ms', baseline: round(insert.phoneRaw) },
      db_due_reminders_50: { value: round(insert.dueRepo), unit: 'ms', baseline: round(insert.dueRaw) },
    };
  } finally {
    await page.close();
  }
}
