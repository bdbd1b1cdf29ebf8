"""The newcomer's path: the demo shows real findings from the farm; every command explains itself."""
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from oit import __version__
from oit.cli import main

COMMANDS = ["agencies", "agencies import", "agencies list", "crawl", "evaluate", "rules", "rules validate", "findings",
            "report", "diff", "history", "summary", "scores", "rules list", "prune", "farm", "farm serve", "demo", "schedule", "alerts",
            "alerts preview", "alerts send", "serve", "runs", "export", "export matrix", "export itas", "rules diff",
            "rules adopt", "agencies pause", "agencies resume"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command):
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0 and "Usage: " in result.output
    assert len(result.output.split("\n\n")[1].strip()) > 20  # a real description, not an empty docstring


def test_version():
    out = subprocess.run([sys.executable, "-m", "oit", "--version"], capture_output=True, text=True).stdout
    assert out.strip() == f"oit, version {__version__}"


@pytest.mark.slow
def test_demo_prints_a_scorecard_of_real_findings(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "demo.db"), "demo"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.endswith("%")}
    assert rows["องค์การบริหารส่วนตำบลบ้านตัวอย่าง"] == ["43", "0", "0", "0", "0", "100%"]
    down = next(line for line in result.output.splitlines() if line.startswith("องค์การบริหารส่วนตำบลแม่ทา"))
    assert down.split()[-2:] == ["43", "-"]  # a site that could not be crawled has no score, not 0 %
    assert "worst items" in result.output and re.search(r"O\d+ +\S.+ +\d agencies", result.output)
    assert f"--db {tmp_path / 'demo.db'} serve" in result.output
