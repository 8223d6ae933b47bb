#!/usr/bin/env python3
"""--while-running command for check_profile.sh --marionette: has the running
Thunderbird read every autoconfig fixture (tests/fixtures/autoconfig/*.xml)
with its own readFromXML (read_autoconfig.js over Marionette) and writes
what it made of each to OUT_JSON:

    {"<file name>": {"incoming": [...], "outgoing": [...]} or {"error": "..."}, ...}

    read_autoconfig.py OUT_JSON PROFILE_DIR

check_profile.sh appends PROFILE_DIR. Exits non-zero if Marionette fails or
Thunderbird does not answer for every fixture.
"""
import json
import pathlib
import subprocess
import sys

out_path, profile = sys.argv[1:]
here = pathlib.Path(__file__).parent
fixtures = sorted((here.parent / "fixtures" / "autoconfig").glob("*.xml"))
if not fixtures:
    sys.exit("read_autoconfig: no fixtures in tests/fixtures/autoconfig")
documents = [path.read_text(encoding="utf-8") for path in fixtures]
ran = subprocess.run(
    [sys.executable, str(here / "marionette.py"), profile, str(here / "read_autoconfig.js"), json.dumps(documents)],
    capture_output=True, text=True, timeout=180,
)
if ran.returncode != 0:
    sys.exit(f"read_autoconfig: marionette.py failed: {ran.stderr.strip()}")
readings = json.loads(ran.stdout)
if not isinstance(readings, list) or len(readings) != len(fixtures):
    sys.exit(f"read_autoconfig: expected {len(fixtures)} readings, got {ran.stdout.strip()[:500]}")
result = {path.name: reading for path, reading in zip(fixtures, readings)}
pathlib.Path(out_path).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
for name, reading in result.items():
    print(f"read_autoconfig: {name}: {json.dumps(reading)}", file=sys.stderr)
