"""``make screenshots``: a PNG of one page of each kind (tests/support/pagekinds.py) at phone and
desktop width, light and dark, for a reviewer to open and look at.

    python -m tests.support.screenshots [SITE_DIR] [--out build/screenshots]

Each image is the page from its top, down to three screens' height (a version page is thirty
screens long; what matters for layout repeats). Nothing leaves this machine: the browser runs with
the test flags and the site is served on the loopback interface.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from protocol.cli.serve import start_background
from tests.support.env import CHROMIUM, CHROMIUM_ARGS, ROOT
from tests.support.pagekinds import PAGE_KINDS, SIZES

SCREENS = 3


def take(site: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    httpd, base = start_background(site)
    written: list[Path] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for scheme in ("light", "dark"):
                for size, viewport in SIZES.items():
                    context = browser.new_context(viewport=viewport, color_scheme=scheme,
                                                  service_workers="block")
                    page = context.new_page()
                    for name, path in PAGE_KINDS.items():
                        page.goto(base + path, wait_until="load")
                        height = min(page.evaluate("() => document.documentElement.scrollHeight"),
                                     viewport["height"] * SCREENS)
                        file = out / f"{name}-{size}-{scheme}.png"
                        page.screenshot(path=str(file), full_page=True,
                                        clip={"x": 0, "y": 0, "width": viewport["width"],
                                              "height": height})
                        written.append(file)
                    context.close()
            browser.close()
    finally:
        httpd.shutdown()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").exists():
        print(f"{args.site}: no built site here; run 'make build' first", file=sys.stderr)
        return 1
    for file in take(args.site, args.out):
        print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
