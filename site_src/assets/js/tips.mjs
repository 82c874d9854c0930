// The text of a glossary term (its definition) and of a clause link (the clause, word for
// word), for every reader and at no cost until it is used. The build writes it in the link's
// title: a mouse shows it on hover (the browser's own tooltip) and assistive technology reads
// it as the link's description. A keyboard user gets the same text in a tooltip while the
// link has focus: one element, made on the first focus and moved to whichever link has it,
// hidden on blur or Escape (WCAG 1.4.13). Nothing runs while the page loads but one listener.
const LINKS = "a.term[title], a.clause-ref[title]";
let tip = null;
let owner = null;

function hide() {
  if (!tip || tip.hidden) return;
  tip.hidden = true;
  owner?.removeAttribute("aria-describedby");
  owner = null;
}

function show(link) {
  if (!tip) {
    tip = document.createElement("div");
    tip.id = "site-tip";
    tip.className = "site-tip";
    tip.setAttribute("role", "tooltip");
    document.body.append(tip);
  }
  owner = link;
  tip.textContent = link.title;
  tip.hidden = false;
  link.setAttribute("aria-describedby", tip.id);
  // Below the link, within the column of text it is in (never over the menus beside it).
  const box = link.getBoundingClientRect();
  const column = (link.closest(".md-content") || document.documentElement).getBoundingClientRect();
  const right = Math.min(column.right, document.documentElement.clientWidth) - 8;
  const start = Math.max(column.left, 0) + 8;
  tip.style.maxWidth = `min(30rem, ${Math.max(right - start, 160)}px)`;
  const width = tip.offsetWidth;
  const left = Math.max(start, Math.min(box.left, right - width));
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${box.bottom + scrollY + 6}px`;
}

document.addEventListener("focusin", (event) => {
  const link = event.target.closest?.(LINKS);
  if (link) show(link);
  else hide();
});
document.addEventListener("focusout", hide);
document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
