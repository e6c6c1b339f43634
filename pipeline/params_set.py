"""Set one dotted key of params.yaml in place, keeping its comments: `python -m pipeline.params_set corpora.dir DIR`.

Used by `make repro CORPORA=DIR`, so the corpora folder reaches DVC as a parameter (and a change re-runs training).
"""

from __future__ import annotations

import json
import re
import sys

from pipeline.io import PARAMS, atomic_write_text


def set_param(text: str, dotted: str, value: str) -> str:
    section, key = dotted.split(".", 1)
    lines = text.splitlines(keepends=True)
    in_section = False
    for i, line in enumerate(lines):
        if re.match(rf"^{re.escape(section)}:\s*(#.*)?$", line):
            in_section = True
            continue
        if in_section and re.match(r"^\S", line):
            break
        m = re.match(rf"^(\s+){re.escape(key)}:\s*(\"[^\"]*\"|'[^']*'|[^#\s]*)(\s*#.*)?$", line.rstrip("\n"))
        if in_section and m:
            quoted = json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar
            lines[i] = f"{m.group(1)}{key}: {quoted}{m.group(3) or ''}\n"
            return "".join(lines)
    raise SystemExit(f"error: {dotted} not found in {PARAMS}")


def main() -> None:
    dotted, value = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    text = PARAMS.read_text("utf-8")
    new = set_param(text, dotted, value)
    if new != text:
        atomic_write_text(PARAMS, new)
        print(f"params.yaml: {dotted} = {value!r}")


if __name__ == "__main__":
    main()
