"""What every benchmark does first: prepare a database and serve the site with
gunicorn on 127.0.0.1 (bench.settings: DEBUG off, persistent connections).

SQLite in /tmp by default; PostgreSQL (or another database) with DATABASE_URL.
"""

import contextlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
DEFAULT_DATABASE = "sqlite:////tmp/symbios-bench.sqlite3"


def environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DATABASE),
    }
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}", file=sys.stderr)
    return env


def run(*args, env):
    """Run a command in the project; its standard output."""
    result = subprocess.run(args, cwd=ROOT, check=True, text=True, capture_output=True, env=env)
    return result.stdout


def prepare(env, *setup_scripts):
    """Migrate, load the demo content, run each ``bench/<script>``: their outputs."""
    run(PYTHON, "manage.py", "migrate", "--no-input", "-v0", env=env)
    run(PYTHON, "manage.py", "load_demo", env=env)
    return [run(PYTHON, f"bench/{script}", env=env) for script in setup_scripts]


def status(url, timeout=2.0):
    """The HTTP status of a GET, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@contextlib.contextmanager
def gunicorn(env, port, workers, log=None):
    """Serve bench.wsgi until the block ends; yields the base URL once it answers."""
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "bench.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if status(base + "/_bench/hello/", timeout=1) == 200:
                break
            time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
