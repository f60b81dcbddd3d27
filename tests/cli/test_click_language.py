"""The command line's own words in the reader's language: Click's usage errors and `--help`
(headings, our help texts), and the yes-or-no questions, which take a Dutch `j`."""

from __future__ import annotations

import io

import click
import pytest

from cli import cli, main
from cli.ask import confirm
from planner.i18n.language import use_language
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import write_folder


@pytest.fixture
def loaded(capsys, tmp_path) -> str:
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    assert roster(capsys, db, "load", str(write_folder(tmp_path / "org"))).code == 0
    return db


def test_a_usage_error_reads_dutch(capsys, tmp_path):
    result = roster(capsys, f"sqlite:///{tmp_path / 'r.db'}", "plan", lang="nl")

    assert result.code == 2
    assert result.err == (
        "Gebruik: roster plan [OPTIONS]\n"
        "Probeer 'roster plan --help' voor hulp.\n\n"
        "Fout: Ontbrekende optie '--from'.\n"
    )


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (("plann",), "Fout: Opdracht 'plann' bestaat niet. Bedoelde je 'plan'?"),
        (("plan", "--from", "2026-11-30", "--weeks", "99"), "99 ligt niet in het bereik 1<=x<=13."),
        (("plan", "--frm", "x"), "Fout: Optie '--frm' bestaat niet."),
        (("report", "ratios", "--from", "2026-11-30", "--format", "pdf"), "'pdf' is niet een van"),
        (("check", "--from", "2026-11-30", "extra"), "Onverwacht extra argument (extra)"),
    ],
)
def test_clicks_own_errors_read_dutch(capsys, tmp_path, args, dutch):
    result = roster(capsys, f"sqlite:///{tmp_path / 'r.db'}", *args, lang="nl")

    assert result.code == 2
    assert dutch in result.err
    assert "Error" not in result.err and "Usage" not in result.err


def test_help_reads_the_runs_language_one_run_after_the_other(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.db'}"

    dutch = roster(capsys, db, "plan", "--help", lang="nl").out
    english = roster(capsys, db, "plan", "--help", lang="en").out

    assert dutch.startswith("Gebruik: roster plan [OPTIONS]\n\n  Plan een periode en bewaar")
    assert "Opties:" in dutch and "Aantal weken om te plannen." in dutch
    assert "Toon deze hulp en sluit af." in dutch and "standaard: 4" in dutch
    assert english.startswith("Usage: roster plan [OPTIONS]\n\n  Plan a period and save it")
    assert "Options:" in english and "Show this message and exit." in english


def test_the_environments_language_reads_before_any_option(capsys, monkeypatch):
    # `roster --help` comes before --lang and the database: ROSTER_LANG says the language.
    monkeypatch.setenv("ROSTER_LANG", "en")
    main(["--help"])
    english = capsys.readouterr().out
    monkeypatch.setenv("ROSTER_LANG", "nl")
    main(["--help"])
    dutch = capsys.readouterr().out

    assert "Roster planner for social-work services" in english and "Commands:" in english
    assert "Roosterplanner voor welzijnswerk" in dutch and "Opdrachten:" in dutch


def _commands(command: click.Command):
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def _help_texts() -> dict[tuple[str | None, str | None], str]:
    return {
        (command.name, getattr(param, "name", None)): text
        for command in _commands(cli)
        for param, text in [
            (None, command.help),
            *((p, getattr(p, "help", None)) for p in command.params),
        ]
        if text
    }


def test_every_help_text_of_every_command_has_its_dutch(capsys, tmp_path):
    # A help text made at run time (an f-string) escapes the catalogues: this finds it.
    db = f"sqlite:///{tmp_path / 'r.db'}"
    roster(capsys, db, "--help", lang="en")
    english = _help_texts()
    roster(capsys, db, "--help", lang="nl")
    dutch = _help_texts()

    assert dutch.keys() == english.keys()
    assert [english[k] for k in english if dutch[k] == english[k]] == []


def test_forget_asks_in_dutch_and_takes_j(capsys, loaded, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("x\nj\n"))

    result = roster(capsys, loaded, "person", "forget", "jan", lang="nl")

    assert result.code == 0, result.err
    assert (
        "De gegevens van 'jan' wissen? Dit kan niet ongedaan gemaakt worden [j/N]: " in result.out
    )
    assert "Antwoord j of n." in result.out
    assert "jan" not in {p.id for p in Repository(make_engine(loaded)).load_organisation().people}


@pytest.mark.parametrize(
    ("typed", "default", "agreed"),
    [("j\n", False, True), ("JA\n", False, True), ("nee\n", True, False), ("y\n", False, True),
     ("\n", False, False), ("\n", True, True), ("ok\nn\n", True, False)],
)  # fmt: skip
def test_the_stop_question_of_plan_takes_dutch_answers(monkeypatch, capsys, typed, default, agreed):
    # The question `roster plan` asks after Ctrl-C, asked as it asks it.
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    with use_language("nl"):
        answer = confirm("Het beste rooster tot nu bewaren?", default=default, err=True)

    assert answer is agreed
    asked = capsys.readouterr().err
    assert asked.startswith("Het beste rooster tot nu bewaren? [J/n]: " if default else
                            "Het beste rooster tot nu bewaren? [j/N]: ")  # fmt: skip
    assert "invalid input" not in asked


def test_the_help_says_every_refusal_that_exits_1(capsys, tmp_path):
    # A script around `roster publish` or `roster handover` reads exit 1 as "refused".
    said = " ".join(
        roster(capsys, f"sqlite:///{tmp_path / 'r.db'}", "--help", lang="nl").out.split()
    )
    assert "1 `roster check` vond overtredingen, de regels weigerden een overdracht, ruil" in said
    assert "`roster publish` weigerde een ontwerp dat een harde regel breekt" in said
