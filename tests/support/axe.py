"""axe-core, from npm (node_modules/axe-core, pinned in package-lock.json), evaluated into a page by
Playwright, which the page's Content-Security-Policy does not apply to.

Public names:
    AXE_DIR               node_modules/axe-core
    axe_violations(page)  the WCAG 2.0/2.1/2.2 A and AA violations (plus EXTRA_RULES) on the page
                          as it is once its transitions have run
"""
from __future__ import annotations

from tests.support.env import ROOT

__all__ = ["AXE_DIR", "WCAG_TAGS", "EXTRA_RULES", "axe_violations"]

AXE_DIR = ROOT / "node_modules" / "axe-core"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Best-practice rules gated as well, for problems Material's defaults have had.
EXTRA_RULES = ["aria-dialog-name"]

RUN_AXE = """([tags, extra]) => axe.run(document, {
  runOnly: {type: 'tag', values: tags},
  rules: Object.fromEntries(extra.map(id => [id, {enabled: true}])),
  resultTypes: ['violations'],
}).then(r => r.violations.map(v => ({
  rule: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' +
                                 (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()),
})))"""


# Colours are only final once transitions (tooltips and results fading in) have run.
SETTLED = """() => Promise.all(document.getAnimations()
  .filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)
  .map(a => a.finished.catch(() => null)))"""


def axe_violations(page) -> list[dict]:
    page.evaluate(SETTLED)
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate((AXE_DIR / "axe.min.js").read_text(encoding="utf-8"))
    return page.evaluate(RUN_AXE, [WCAG_TAGS, EXTRA_RULES])
