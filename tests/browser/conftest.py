"""Browser tests: Debian's Chromium driven by Playwright, with axe-core checks.

They run in their own pytest invocation (see site/test.sh): the live server
needs committed data, which would otherwise leak into the transactional tests.
"""

import os
import shutil

import pytest
from django.core.management import call_command

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# made there before and after the browser work are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo_content", verbosity=0)


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    path = chromium_path()
    if not os.path.exists(path):
        pytest.fail(f"Chromium not found at {path}: the test command installs Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()
