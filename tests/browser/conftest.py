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
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    # No service worker: every request reaches the page's log and page.route, and each test
    # starts cold. The offline tests (test_offline.py) make their own contexts that allow it.
    ctx = browser.new_context(service_workers="block")
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, server):
    pg = context.new_page()
    log = PageLog(pg, server)
    pg.log = log
    yield pg
    assert log.foreign() == [], f"requests to other hosts: {log.foreign()}"
