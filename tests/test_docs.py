"""The README keeps up with the code: every command is documented, the set-up commands are real."""

import re
from pathlib import Path

from ickg.cli import cli

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_appears_in_the_readme():
    missing = [name for name in cli.commands if f"ickg {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_readme_names_no_command_that_does_not_exist():
    named = set(re.findall(r"`ickg ([a-z-]+)", README))
    assert named <= set(cli.commands), named - set(cli.commands)


def test_readme_gives_the_two_set_up_commands():
    block = re.search(r"## Set up on a fresh machine.*?```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["pip install . && ickg serve", "bash .ci/run"]
    assert "python3 -m pytest" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
