"""Browser tests: a loopback server for the built site, and Chromium.

They use Debian's Chromium through Playwright with flags that keep it from any traffic off this
machine; every request a page makes is still recorded, so tests can assert that none went to
another host. Every test here is marked ``browser`` (tests/conftest.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.env import CHROMIUM, CHROMIUM_ARGS
from tests.support.pagelog import PageLog


@pytest.fixture(scope="session")
def server(site_dir):
    from protocol.cli.serve import start_background

    httpd, base = start_background(site_dir)
    yield base
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make test' (it installs it) or set "
                    "CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield _NoServiceWorkers(chromium)
        chromium.close()


class _NoServiceWorkers:
    """The browser, whose contexts block service workers unless a test asks for them: every
    request then reaches the page's log and page.route, each test starts cold, and no test
    spends the CPU of caching the whole site and snapshotting Python in the background. The
    offline tests (test_offline.py) ask, with service_workers="allow"."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_context(**options)

    def new_page(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_page(**options)

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture
def context(browser):
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, server):
    pg = context.new_page()
    log = PageLog(pg, server)
    pg.log = log
    yield pg
    assert log.foreign() == [], f"requests to other hosts: {log.foreign()}"
