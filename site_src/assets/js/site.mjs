// The site's own addresses. The build may publish the site under a base path (BASE_PATH, as
// on a GitHub Pages project site); these scripts live at <base>/assets/js/, so the site's root
// is two folders up from here, wherever that is.
const root = new URL("../../", import.meta.url);

// siteUrl("/api/protocol.json") -> URL of <base>/api/protocol.json
export function siteUrl(path) {
  return new URL(path.replace(/^\//, ""), root);
}

// The reader asked their browser to save data (Chromium, Android WebView; absent elsewhere).
export function savingData() {
  return navigator.connection?.saveData === true;
}

// After the load event, when the browser is next idle (requestIdleCallback, where there is
// one; otherwise a moment after load), so first paint and the first answer come first.
export function whenIdle() {
  return new Promise((resolve) => {
    const idle = () => {
      if ("requestIdleCallback" in globalThis) requestIdleCallback(() => resolve(), { timeout: 2_000 });
      else setTimeout(resolve, 100);
    };
    if (document.readyState === "complete") idle();
    else addEventListener("load", idle, { once: true });
  });
}
