"""Imported first by the bench scripts that run as files (``python bench/x.py``, so
this folder is on the path): puts the project on the path too and sets Django up
with bench.settings, so that the scripts can import models."""

import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()
