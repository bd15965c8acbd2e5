"""Every command has help, and the README documents every command and every shipped question."""

from __future__ import annotations

from pathlib import Path

from kg.cli import main
from kg.query import shipped_questions

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert "pip install ." in block[0] and "kg build data/samples" in block[0]
    assert "pip install '.[test]'" in block[1] and block[1].endswith("pytest")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"kg {name}" in README, name


def test_every_shipped_question_is_documented():
    for name in shipped_questions():
        assert f"`{name}`" in README, name


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    test_command = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()[1]
    assert test_command in ci
