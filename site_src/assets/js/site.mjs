// The site's own addresses. The build may publish the site under a base path (BASE_PATH, as
// on a GitHub Pages project site); these scripts live at <base>/assets/js/, so the site's root
// is two folders up from here, wherever that is.
const root = new URL("../../", import.meta.url);

// siteUrl("/api/protocol.json") -> URL of <base>/api/protocol.json
export function siteUrl(path) {
  return new URL(path.replace(/^\//, ""), root);
}
