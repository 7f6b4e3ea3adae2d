#!/usr/bin/env bash
# Benchmark the learning pages under gunicorn on 127.0.0.1 with locust, headless.
# Usage: bench/run.sh [seconds per run] [concurrent users]
# Uses its own SQLite database in /tmp unless DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONCURRENCY=${2:-10}
PORT=${BENCH_PORT:-8765}
export DJANGO_SETTINGS_MODULE=symbios.settings.dev
export DEBUG=false
export DATABASE_URL=${DATABASE_URL:-sqlite:////tmp/symbios-bench.sqlite3}
.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python manage.py load_demo >/dev/null
export BENCH_LESSON=$(.venv/bin/python bench/setup_bench.py)
.venv/bin/python manage.py collectstatic --no-input -v0
.venv/bin/gunicorn symbios.wsgi --bind 127.0.0.1:$PORT --workers 2 --log-level warning &
GUNICORN=$!
trap 'kill $GUNICORN' EXIT
sleep 3
.venv/bin/locust -f bench/locustfile.py --headless --host http://127.0.0.1:$PORT \
    -u "$CONCURRENCY" -r "$CONCURRENCY" -t "${SECONDS_PER_RUN}s" --only-summary \
    --csv /tmp/symbios-bench 2>&1 | tail -25
