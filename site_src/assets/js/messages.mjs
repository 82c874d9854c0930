// What the page's scripts say is written in the page, as <template data-message="key">
// elements rendered from the build's templates, so the site's wording lives in one place.
// {name} placeholders are filled with text, never HTML.

// The message as nodes (it may hold a link), with its placeholders filled in.
export function message(root, key, values = {}) {
  const template = root.querySelector(`template[data-message="${key}"]`);
  const content = template.content.cloneNode(true);
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.data = node.data.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
  }
  return content;
}

// The message as text.
export function say(root, key, values) {
  return message(root, key, values).textContent;
}
