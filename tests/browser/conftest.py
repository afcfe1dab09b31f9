"""Playwright for Python driving Debian's Chromium, against pytest-django's live server.

Playwright never downloads a browser here: `.ci/run` installs Debian's chromium and
we point Playwright at it. Without the flags below Chromium keeps calling out to a
network this machine does not have.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"phone": 360, "desktop": 1280}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs Debian's chromium")
        pytest.skip("Chromium is not installed (apt-get install chromium) — browser tests skipped")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, and Django then refuses
    # ORM calls from it; the tests' own database use is synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a fresh context: JavaScript on (for axe) or off (as a parent may have it)."""
    contexts = []
    external_requests: list[str] = []

    def make(*, width: int = 360, javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
            base_url=live_server.url,
        )
        context.set_default_timeout(15_000)

        def guard(route):
            # Nothing may leave for a third party; record it and refuse it.
            if not route.request.url.startswith(live_server.url):
                external_requests.append(route.request.url)
                return route.abort()
            return route.continue_()

        context.route("**/*", guard)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    assert not external_requests, f"third-party requests: {external_requests}"
