"""Browser tests: Playwright drives Debian's Chromium against a real server.

The server is the development server on a free loopback port with its own SQLite
database and the demo content, as `make run` serves it; mails go to files so a
test can follow the verification link. Without Chromium the tests are skipped,
except under CI=true, where a missing browser fails the run.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Moderate in axe, but they break the outline screen-reader users navigate by.
BLOCKING_RULES = {"heading-order", "p-as-heading", "empty-heading"}
BLOCKING_IMPACTS = {"serious", "critical"}


def pytest_collection_modifyitems(items):
    browser_dir = Path(__file__).parent
    for item in items:
        if browser_dir in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _require_chromium():
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no Chromium at {CHROMIUM}: browser tests must run in CI")
        pytest.skip(f"Chromium not found at {CHROMIUM}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SiteServer:
    def __init__(self, workdir):
        self.workdir = workdir
        self.mail_dir = workdir / "mail"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "symbios.settings.dev",
            "DATABASE_URL": f"sqlite:///{workdir / 'browser.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
        }

    def manage(self, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.env,
            check=True,
            capture_output=True,
        )

    def start(self):
        self.manage("migrate", "--no-input")
        self.manage("load_demo")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/robots.txt", timeout=1)  # noqa: S310
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the development server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def mails(self):
        if not self.mail_dir.exists():
            return []
        return [path.read_text() for path in sorted(self.mail_dir.iterdir())]


@pytest.fixture(scope="session")
def site(tmp_path_factory, _require_chromium):
    server = SiteServer(tmp_path_factory.mktemp("site")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def check_a11y(axe, request):
    """Run axe-core on the page; fail on any serious or critical violation, and on the
    document-structure rules the Wagtail editor's own checker reports."""
    report = []

    def check(page):
        results = axe.run(page, options={"rules": {"p-as-heading": {"enabled": True}}})
        violations = results.response["violations"]
        blocking = [
            v
            for v in violations
            if v.get("impact") in BLOCKING_IMPACTS or v["id"] in BLOCKING_RULES
        ]
        report.append({"url": page.url, "violations": len(violations), "blocking": len(blocking)})
        assert not blocking, json.dumps(
            [
                {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
                for v in blocking
            ],
            indent=1,
        )
        return violations

    yield check
    results_file = os.environ.get("AXE_RESULTS")
    if results_file:
        with open(results_file, "a") as handle:
            for line in report:
                handle.write(json.dumps({"test": request.node.nodeid, **line}) + "\n")
