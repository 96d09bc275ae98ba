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


def test_readme_settings_table_is_the_one_in_the_code():
    # One table of settings: the README prints it (regenerate with ickg.settings.markdown_table()).
    from ickg.settings import markdown_table

    block = re.search(r"<!-- settings -->\n(.*?)<!-- /settings -->", README, re.S)
    assert block, "README.md has no <!-- settings --> table"
    assert block.group(1) == markdown_table(), "README.md's settings table is out of date"


def test_serve_help_shows_every_setting_with_its_default():
    from click.testing import CliRunner

    from ickg.settings import SETTINGS

    out = CliRunner().invoke(cli, ["serve", "--help"], terminal_width=1000).output
    flat = " ".join(out.split())
    for setting in SETTINGS:
        if setting.option:
            assert setting.option in flat, setting.option
            assert f"[{setting.shown_default}]" in flat, f"{setting.option}: [{setting.shown_default}]"


def test_the_server_starts_from_the_same_defaults():
    from ickg.settings import DEFAULTS
    from ickg.web import create_app

    app = create_app({"STORE": object(), "TESTING": True})
    assert {key: app.config[key] for key in DEFAULTS if key != "STORE"} == \
        {key: value for key, value in DEFAULTS.items() if key != "STORE"}


def test_every_command_with_a_data_directory_has_the_one_option():
    options = {name: [p for p in command.params if p.name == "data_dir"] for name, command in cli.commands.items()}
    helps = {p.help for params in options.values() for p in params}
    envvars = {p.envvar for params in options.values() for p in params}
    assert len(helps) == 1 and envvars == {"ICKG_DATA_DIR"}, (helps, envvars)


def test_domain_notes_list_the_competency_questions_the_queries_answer():
    # docs/domain.md §5 and the first line of each queries/cq*.rq say the same question.
    domain = (REPO / "docs" / "domain.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^(\d+)\. (.+)$", domain.split("## 5.", 1)[1], re.M))
    headers = {}
    for path in sorted((REPO / "queries").glob("cq*.rq")):
        number, question = re.match(r"# CQ(\d+): (.+)", path.read_text(encoding="utf-8")).groups()
        headers[number] = question
    assert listed == headers
