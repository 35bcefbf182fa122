"""Importing opensearch-py alongside this project's ``events`` app.

opensearch-py 2 runs ``from events import Events`` (the PyPI package "Events"),
and this project's ``events`` app shadows that name. The client is imported once,
at start-up, with the PyPI package briefly in place of the app.
"""

import importlib
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)


def import_opensearch_client():
    if "opensearchpy" in sys.modules or importlib.util.find_spec("opensearchpy") is None:
        return
    other_paths = [path for path in sys.path if path and Path(path).resolve() != Path(PROJECT_ROOT)]
    spec = importlib.machinery.PathFinder.find_spec("events", other_paths)
    if spec is None:
        return
    app = sys.modules.pop("events", None)
    try:
        library = importlib.util.module_from_spec(spec)
        sys.modules["events"] = library
        spec.loader.exec_module(library)
        importlib.import_module("opensearchpy")
    finally:
        if app is not None:
            sys.modules["events"] = app
        else:
            sys.modules.pop("events", None)
