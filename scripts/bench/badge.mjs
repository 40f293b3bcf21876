// badge_recompute_100k: the background's badge and alarm recompute (count due + arm the next alarm,
// the same lib/reminders/schedule.ts code, chrome.action and chrome.alarms calls included) over
// 100,000 reminders in the extension's own database, against one raw index.count() of the due range
// in the same run. The baseline is what counting exactly costs: Chromium counts a range entry by
// entry, which is why the badge stops counting at "999+".
import { build } from 'esbuild';

// BENCH_BADGE_N lets a developer try a smaller run; the figure is named for and reported at 100,000.
const N = Number(process.env.BENCH_BADGE_N ?? 100_000);
const SAMPLES = 30;

export default async function run({ context, root, extensionId, log }) {
  // The real modules, bundled for an extension page (which has chrome.action and chrome.alarms).
  const bundle = await build({
    stdin: {
      contents: `
        import { openLeadTrailDb } from './lib/db/open';
        import { Repository } from './lib/db/repository';
        import { endOfToday } from './lib/background/services';
        import { armNextAlarm, refreshBadge } from './lib/reminders/schedule';
        import { claimNewlyDue } from './lib/reminders/due';
        globalThis.leadtrailBadge = { openLeadTrailDb, Repository, endOfToday, armNextAlarm, refreshBadge, claimNewlyDue };
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    // Evaluated through the debugger: the extension page's CSP refuses inline <script> tags.
    await page.evaluate(bundle.outputFiles[0].text);
    log(`  seeding ${N} leads and reminders into the extension's database…`);
    const result = await page.evaluate(
      async ({ count, samples }) => {
        const { openLeadTrailDb, Repository, endOfToday, armNextAlarm, refreshBadge, claimNewlyDue } = globalThis.leadtrailBadge;
        const db = await openLeadTrailDb();
        const now = Date.now();
        const until = endOfToday(now);
        const DAY = 86_400_000;
        const BATCH = 10_000;
        let expectedDue = 0;
        let expectedNext = Infinity;
        for (let offset = 0; offset < count; offset += BATCH) {
          const tx = db.transaction(['leads', 'reminders'], 'readwrite');
          const leads = tx.objectStore('leads');
          const reminders = tx.objectStore('reminders');
          for (let i = offset; i < Math.min(count, offset + BATCH); i++) {
            const at = now - 90 * DAY;
            void leads.put({
              id: `l${i}`, personId: `p${i}`, title: `Need ${i}`, stage: 'open', bant: {}, qualifiers: { custom: {} }, tags: [],
              source: { kind: 'import', utm: {}, capturedAt: at }, stageHistory: [{ stage: 'open', enteredAt: at }],
              createdAt: at, updatedAt: at, stageChangedAt: at,
            });
            // Due times spread over 60 days either side of now; the past ones already notified, the
            // future ones at least an hour away, so the real background has nothing to do meanwhile.
            let dueAt = now - 60 * DAY + Math.floor(((i * 7919) % count) * ((120 * DAY) / count));
            if (dueAt > now) dueAt += 3_600_000;
            const status = i % 10 === 0 ? 'done' : i % 7 === 0 ? 'snoozed' : 'open';
            if (status !== 'done' && dueAt <= until) expectedDue++;
            if (status !== 'done' && dueAt > now) expectedNext = Math.min(expectedNext, dueAt);
            void reminders.put({
              id: `r${i}`, leadId: `l${i}`, personId: `p${i}`, dueAt, note: `call ${i}`, status, cause: 'manual',
              createdAt: at, updatedAt: at, ...(dueAt <= now ? { notifiedAt: dueAt } : {}),
            });
          }
          await tx.done;
        }

        const repo = new Repository(db);
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const recompute = async () => {
          const due = await refreshBadge(repo, now);
          const next = await armNextAlarm(repo, now);
          return { due, next };
        };
        // The baseline on a bare IndexedDB connection, without idb's promise wrapper.
        const native = await new Promise((resolve, reject) => {
          const request = indexedDB.open('leadtrail');
          request.addEventListener('success', () => resolve(request.result));
          request.addEventListener('error', () => reject(request.error));
        });
        const rawCount = () =>
          new Promise((resolve, reject) => {
            const request = native.transaction('reminders').objectStore('reminders').index('byStatusDue').count(IDBKeyRange.bound(['open', 0], ['open', until]));
            request.addEventListener('success', () => resolve(request.result));
            request.addEventListener('error', () => reject(request.error));
          });
        for (let k = 0; k < 3; k++) await recompute();
        const recomputeMs = [];
        const rawMs = [];
        let last;
        for (let k = 0; k < samples; k++) {
          let t0 = performance.now();
          last = await recompute();
          recomputeMs.push(performance.now() - t0);
          t0 = performance.now();
          await rawCount();
          rawMs.push(performance.now() - t0);
        }
        // The badge counts up to 1000 (it shows "999+" beyond); check it against the seeded truth.
        if (last.due !== Math.min(1000, expectedDue)) throw new Error(`badge counted ${last.due}, expected ${expectedDue}`);
        if (last.next !== expectedNext) throw new Error(`next alarm at ${last.next}, expected ${expectedNext}`);
        // Logged, not a figure: the scan for never-notified due reminders that a sync also runs walks
        // the due pending reminders it covers (notifiedAt is not indexed); here all are notified.
        const claimTime = async (since) => {
          const t0 = performance.now();
          const claimed = await claimNewlyDue(repo, now, since);
          if (claimed.length !== 0) throw new Error(`claimed ${claimed.length} reminders that were notified already`);
          return performance.now() - t0;
        };
        // Full: at start, on alarms and daily. Recent (one day back): after each Done, Snooze or new reminder.
        const claimMs = await claimTime(0);
        const recentClaimMs = await claimTime(now - DAY);
        const badge = await chrome.action.getBadgeText({});
        const alarm = await chrome.alarms.get('leadtrail-next-reminder');
        db.close();
        native.close();
        return { recompute: median(recomputeMs), raw: median(rawMs), claimMs, recentClaimMs, due: expectedDue, badge, alarmAt: alarm?.scheduledTime, next: last.next };
      },
      { count: N, samples: SAMPLES },
    );
    log(`  badge "${result.badge}" for ${result.due} due; next alarm ${new Date(result.alarmAt).toISOString()}; due-notification scan ${result.claimMs.toFixed(1)} ms full, ${result.recentClaimMs.toFixed(1)} ms for the last day`);
    if (result.alarmAt !== result.next) throw new Error(`the alarm is armed at ${result.alarmAt}, not at the next reminder ${result.next}`);
    return {
      badge_recompute_100k: { value: Number(result.recompute.toFixed(2)), unit: 'ms', baseline: Number(result.raw.toFixed(2)) },
    };
  } finally {
    await page.close();
  }
}
