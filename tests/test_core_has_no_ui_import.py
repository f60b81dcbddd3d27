"""The core (planner, constraints) never imports the UI: proven in a clean interpreter."""

import subprocess
import sys
import textwrap


def test_core_imports_no_textual_and_no_tui():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import planner, constraints
        for pkg in (planner, constraints):
            for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                if mod.name.startswith("cli"):
                    continue  # the CLI is an entry point; `roster tui` imports the app lazily
                importlib.import_module(mod.name)
        bad = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "tui"))
        print(",".join(bad))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported UI modules: {out.stdout}"
