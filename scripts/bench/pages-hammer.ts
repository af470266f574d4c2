/**
 * The benchmark tenant's sessions for `pages.ts`'s small-tenant ratio, in a process of their own:
 *   nice -n 19 node --import tsx scripts/bench/pages-hammer.ts <baseUrl> <cookie> <sessions> <path>...
 * Each session requests the paths in turn, one at a time, until the process is told to stop (SIGTERM). In production
 * these requests come from the large agency's browsers on other machines; here they share the server's two cores, so
 * the load generator runs apart from the process that times the small tenant (whose event loop would otherwise
 * delay its own timestamps while reading the hammer's answers) and at the lowest priority, so that it takes only what
 * the servers leave. Every session keeps one request queued at the server at all times, so the pressure is the same.
 */
const [baseUrl, cookie, sessions, ...paths] = process.argv.slice(2);
let stopping = false;
let answered = 0;
let bytes = 0;
process.on("SIGTERM", () => (stopping = true));

async function session(k: number) {
  for (let n = k; !stopping; n++) {
    const url = `${baseUrl}${paths[n % paths.length]}`;
    const response = await fetch(url, { headers: { cookie: cookie! }, redirect: "manual" }); // not a sign-in page
    const body = await response.arrayBuffer();
    if (response.status !== 200) continue;
    answered++;
    bytes += body.byteLength;
  }
}

const started = performance.now();
void Promise.all(Array.from({ length: Number(sessions) }, (_, k) => session(k))).then(() => {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${answered} ${bytes} ${seconds}\n`); // pages.ts reports the pressure it measured under
  process.exit(0);
});

export {}; // a module, not a script: its names stay its own
