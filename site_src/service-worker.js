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

// The page's Python started from these files (cache them), or failed to (evict them).
self.addEventListener("message", (event) => {
  const { type, archives = [] } = event.data || {};
  const reply = (data) => event.ports[0]?.postMessage(data);
  if (type === "python-ready") {
    const names = archives.filter((name) => /^[a-z]+$/.test(name));
    const hrefs = [...PYODIDE, ...names.map((name) => address(`assets/python/${name}.zip`))];
    event.waitUntil(caches.open(CACHE)
      .then((cache) => storeAll(cache, hrefs, { reuse: true }))
      .then(() => reply({ type: "python-cached" })));
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
