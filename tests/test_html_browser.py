"""The HTML report in a real headless browser (Debian's chromium; `make test` installs it when missing)."""

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.html_report import to_html
from pipeline.report import summarize

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0"]


def rows():
    base = {"article": "a", "kind": "body", "attribution": "direct", "stance": {"Putin": "against"}, "techniques": [], "cues": [], "propaganda": False}
    text = "It might rain. He will surely attack. The vote passed."
    return [
        {**base, "index": 0, "start": 0, "end": 14, "text": text[0:14], "source": "Anna Berg", "hedged": True, "speculative": True,
         "boosted": False, "cues": [{"text": "might", "start": 3, "end": 8, "type": "epistemic", "label": "hedged"}]},
        {**base, "index": 1, "start": 15, "end": 37, "text": text[15:37], "source": "Anna Berg", "hedged": False, "speculative": True, "boosted": True},
        {**base, "index": 2, "start": 38, "end": 53, "text": text[38:], "source": "author", "attribution": "author", "hedged": False,
         "speculative": False, "boosted": False},
    ]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (make test installs Debian's chromium when it can)")
def test_report_renders_in_chromium_without_console_errors(tmp_path: Path):
    page = tmp_path / "report.html"
    r = rows()
    page.write_text(to_html(summarize(r, ["Putin"]), r, "Browser test"), encoding="utf-8")
    profile = tmp_path / "profile"
    shot = tmp_path / "report.png"  # kept with pytest's temporary files for a look
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--window-size=1200,1400", f"--screenshot={shot}",
                          page.as_uri()], capture_output=True, text=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 5000, run.stderr[-2000:]
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.stdout.count('class="bar"') == 8  # 2 sources x 4 rates, rendered by the browser
    assert "<mark" in dom.stdout
    console = [line for line in (run.stderr + dom.stderr).splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
