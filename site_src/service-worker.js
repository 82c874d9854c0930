// The site offline. Registered by assets/js/offline.mjs once a page is loaded and idle (never
// under Save-Data), from the site's root, so its scope is the base path. The build fills in
// BUILD (protocol/site/offline.py): the version (a hash of the build), the site's own files
// and Pyodide's.
//
// - Installing caches every one of the site's files: the versions, guides and their step
//   pages, training, the comparisons, search. A new build is a new version: its worker caches
//   afresh, then deletes every older cache.
// - Pyodide and the Python archives are cached once a page has started Python from them (the
//   page says so: "python-ready"), or when a page under this worker fetches them; if Python
//   then fails to start, they are evicted ("python-failed") and fetched again next time.
// - The first page to start Python afresh has a worker of its own make a snapshot of Python's
//   memory just after it started, and sends it here ("python-snapshot"); pages under this
//   worker start from it on later visits. It is served from this cache only, never fetched from
//   the network. One that could not be made or kept, or that a page could not start from, is
//   dropped and not made again for this build (UNUSABLE). It goes with Pyodide when Python is
//   evicted.
// - Every request for one of the site's files is answered from the cache first (a reader on
//   no signal waits for nothing), else from the network. Only complete 200 responses from this
//   site are kept; nothing from another host is ever cached or even handled.
const BUILD = null;  // written by the build (protocol/site/offline.py)

const PREFIX = "protocol-site-";
const CACHE = PREFIX + BUILD.version;
const SCOPE = new URL("./", self.location.href);
const address = (path) => new URL(path, SCOPE).href;
const FILES = BUILD.files.map(address);
const PYODIDE = BUILD.pyodide.map(address);
const PYTHON_FILES = [address("assets/pyodide/"), address("assets/python/")];
const known = new Set(FILES);

const SNAPSHOT = address("assets/pyodide/python-snapshot.gz");
const UNUSABLE = address("assets/pyodide/python-snapshot.unusable");
const isPython = (href) => PYTHON_FILES.some((prefix) => href.startsWith(prefix));

// A response worth keeping: this site's, complete, and exactly what was asked for.
function keepable(response) {
  return response && response.status === 200 && response.type === "basic" && !response.redirected;
}

async function store(cache, href) {
  try {
    const response = await fetch(href, { cache: "no-cache" });
    if (keepable(response)) await cache.put(href, response);  // rejects if the body is cut
    return true;
  } catch {
    return false;  // kept for another time: the worker still installs
  }
}

async function storeAll(cache, hrefs, { reuse = false } = {}) {
  const queue = [...hrefs];
  const worker = async () => {
    for (let href = queue.shift(); href; href = queue.shift()) {
      if (reuse && await cache.match(href)) continue;
      await store(cache, href);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);  // a few at a time
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await storeAll(await caches.open(CACHE), FILES);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// "stored", "none", or "unusable": it could not be made, kept or started from (failed), and is
// not made again for this build.
async function snapshotState(cache, failed) {
  if (failed) {
    await cache.delete(SNAPSHOT);
    await cache.put(UNUSABLE, new Response(""));
  }
  if (await cache.match(SNAPSHOT)) return "stored";
  return (await cache.match(UNUSABLE)) ? "unusable" : "none";
}

// The page's Python started from these files (cache them), or failed to (evict them).
self.addEventListener("message", (event) => {
  const { type, archives = [], snapshotFailed = false, snapshot } = event.data || {};
  const reply = (data) => event.ports[0]?.postMessage(data);
  if (type === "python-ready") {
    const names = archives.filter((name) => /^[a-z]+$/.test(name));
    const hrefs = [...PYODIDE, ...names.map((name) => address(`assets/python/${name}.zip`))];
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      await storeAll(cache, hrefs, { reuse: true });
      reply({ type: "python-cached", snapshot: await snapshotState(cache, snapshotFailed) });
    }));
  } else if (type === "python-snapshot" && snapshot instanceof ArrayBuffer) {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      try {
        await cache.put(SNAPSHOT, new Response(snapshot, {
          headers: { "Content-Type": "application/gzip" } }));
      } catch {
        await snapshotState(cache, true);  // storage full: not tried again for this build
      }
      reply({ type: "python-snapshot", snapshot: await snapshotState(cache, false) });
    }));
  } else if (type === "python-snapshot-failed") {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      reply({ type: "python-snapshot", snapshot: await snapshotState(cache, true) });
    }));
  } else if (type === "python-failed") {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      for (const request of await cache.keys()) {
        if (isPython(request.url)) await cache.delete(request);
      }
    }).then(() => reply({ type: "python-evicted" })));
  } else if (type === "status") {
    reply({ type: "status", version: BUILD.version });
  }
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" && request.method !== "HEAD") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  url.search = "";  // a static site: the query (a guide's answers) never changes the file
  url.hash = "";
  if (!known.has(url.href) && !isPython(url.href)) return;
  event.respondWith(respond(request, url.href));
});

async function respond(request, href) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(href);
  if (href === SNAPSHOT) return cached ?? new Response(null, { status: 404 });  // cache only
  if (cached) {
    return request.method === "HEAD"
      ? new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers })
      : cached;
  }
  const response = await fetch(request);
  if (request.method === "GET" && keepable(response) && (known.has(href) || isPython(href))) {
    const copy = response.clone();
    cache.put(href, copy).catch(() => {});  // a body cut short is not kept
  }
  return response;
}
