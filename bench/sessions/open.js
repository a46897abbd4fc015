// Opens signed-in sessions, each in a browser context of its own (its own cookies), left on a resource page with
// its calendar, in Debian's Chromium; at 1, 10 and 100 sessions (or the counts given) it asks the JVM for its live
// heap after a full GC (jcmd GC.class_histogram) and the JVM's resident memory, and prints what each session added.
// Run by bench/sessions.sh.
const { chromium } = require('playwright-core');
const { execFileSync } = require('child_process');
const [base, pid, jcmd, ...wanted] = process.argv.slice(2);
const steps = (wanted.length ? wanted : ['1', '10', '100']).map(Number);
const people = ['nadia.benali@ressourcerie-val.example', 'karim.haddad@coopbatir.example',
  'louis.garnier@ressourcerie-val.example', 'thomas.girard@energies-val.example'];

let lastHistogram = null;
function liveHeap() {
  let best = Infinity;
  for (let i = 0; i < 2; i++) { // a full GC each time; the smaller of two
    const out = execFileSync(jcmd, [pid, 'GC.class_histogram'], { maxBuffer: 64 << 20 }).toString();
    const lines = out.trim().split('\n');
    const total = lines[lines.length - 1].trim().split(/\s+/);
    // filler arrays are the heap's unused space (left by a heap dump's GC, say), not objects anybody holds
    const filler = lines.filter(l => /jdk\.internal\.vm\.FillerElement|jdk\.internal\.vm\.FillerObject/.test(l))
      .reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[2]), 0);
    if (Number(total[2]) - filler < best) {
      best = Number(total[2]) - filler;
      lastHistogram = new Map(lines.filter(l => /^\s*\d+:/.test(l)).map(l => l.trim().split(/\s+/))
        .map(f => [f[3], Number(f[2])]).filter(([name, bytes]) => name && Number.isFinite(bytes)));
    }
  }
  return best;
}

/** The JVM's resident memory (VmRSS), in KB: the heap's pages, and native memory such as zlib's per connection. */
function resident() {
  const status = require('fs').readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
}

/** The classes whose live bytes grew most from one count to another, per session. */
function growth(from, to, sessions) {
  return [...to.entries()].map(([name, bytes]) => [name, (bytes - (from.get(name) || 0)) / sessions])
    .sort((a, b) => b[1] - a[1]).slice(0, 15)
    .map(([name, perSession]) => `  ${(perSession / 1024).toFixed(1).padStart(7)} KB  ${name}`).join('\n');
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const first = await browser.newContext({ locale: 'fr-FR' });
  const page = await first.newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=username]', people[0]);
  await page.fill('input[name=password]', 'coopole-demo-2026');
  await page.keyboard.press('Enter');
  await page.waitForSelector('vaadin-app-layout');
  await page.goto(base + '/resources');
  const href = await page.locator('a[href^="resources/"]').first().getAttribute('href');
  await first.close();
  const resource = base + '/' + href;
  const before = liveHeap();
  console.log(`resource page ${resource}; live heap before any session: ${(before / 1024).toFixed(0)} KB`);
  const rows = [];
  let open = 0;
  const pages = [];
  for (const step of steps) {
    while (open < step) {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
      const p = await context.newPage();
      await p.goto(base + '/login');
      await p.fill('input[name=username]', people[open % people.length]);
      await p.fill('input[name=password]', 'coopole-demo-2026');
      await p.keyboard.press('Enter');
      await p.waitForSelector('vaadin-app-layout');
      await p.goto(resource);
      await p.waitForSelector('coopole-calendar');
      await p.waitForTimeout(300);
      pages.push(p);
      open++;
    }
    await new Promise(r => setTimeout(r, 3000));
    const heap = liveHeap();
    const rss = resident();
    if (process.env.COOPOLE_HEAP_DUMPS) { // a heap dump at each count, to see who holds what (e.g. with Eclipse MAT)
      execFileSync(jcmd, [pid, 'GC.heap_dump', `${process.env.COOPOLE_HEAP_DUMPS}/sessions-${step}.hprof`]);
    }
    rows.push([step, heap, lastHistogram, rss]);
    console.log(`${step} sessions: live heap ${(heap / 1024).toFixed(0)} KB, ${((heap - before) / 1024 / step).toFixed(1)} KB a session over none; resident ${(rss / 1024).toFixed(0)} MB`);
  }
  for (let i = 1; i < rows.length; i++) {
    const [n0, h0, c0, r0] = rows[i - 1];
    const [n1, h1, c1, r1] = rows[i];
    console.log(`from ${n0} to ${n1} sessions: ${((h1 - h0) / 1024 / (n1 - n0)).toFixed(1)} KB a session; resident memory ${((r1 - r0) / (n1 - n0)).toFixed(0)} KB a session`);
    if (i === rows.length - 1) {
      console.log(`what grew most, per session, from ${n0} to ${n1}:\n${growth(c0, c1, n1 - n0)}`);
    }
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
