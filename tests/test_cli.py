"""The ``kg`` command as a user runs it: the installed console script, real files, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.resources import resource_dir


def _kg() -> list[str]:
    exe = shutil.which("kg", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "kg.cli"]


def test_installed_kg_builds_the_bundled_samples_from_any_directory(tmp_path):
    samples = resource_dir("samples")
    out = tmp_path / "samples.trig"
    done = subprocess.run([*_kg(), "build", str(samples), "-o", str(out)], cwd=tmp_path, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert "2 articles" in done.stderr and out.stat().st_size > 1000
    check = subprocess.run([*_kg(), "validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and "conforms" in check.stdout


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".jsonld"])
def test_output_format_by_suffix(tmp_path, seeds_dir, suffix):
    out = tmp_path / f"g{suffix}"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000
    assert not list(tmp_path.glob(".*.tmp"))


def test_unknown_suffix_is_refused_with_the_valid_ones(tmp_path, seeds_dir):
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path / "g.xml")])
    assert result.exit_code != 0
    assert ".trig" in result.output and ".jsonld" in result.output


def test_bad_input_is_named_and_the_rest_is_built(tmp_path, seeds_dir):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ข่าว"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "g.trig"
    done = subprocess.run([*_kg(), "build", str(seeds_dir), str(bad), "-o", str(out)], capture_output=True,
                          text=True)
    assert done.returncode == 3
    assert f"{bad}:2: not a JSON object" in done.stderr
    assert "3 articles" in done.stderr and out.exists()


def test_stdin_jsonl(tmp_path, diplomatic_rows):
    out = tmp_path / "g.nq"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in diplomatic_rows[:3])
    done = subprocess.run([*_kg(), "build", "-", "-o", str(out)], input=lines, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").count(diplomatic_rows[2]["id"]) > 0


def test_extract_shows_facts_with_evidence(seeds_dir):
    result = CliRunner().invoke(main, ["extract", str(seeds_dir / "004_90550f29fcbfcbbc.txt")])
    assert result.exit_code == 0, result.output
    assert "Host: ธีรรัตน์ สำเร็จวาณิชย์" in result.output
    assert "Guest: Mari AKIYAMA" in result.output
    assert "evidence [" in result.output


def test_validate_reports_violations_in_plain_words(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix kg: <https://w3id.org/thaikg/ontology#> .\n'
                    '<https://w3id.org/thaikg/id/person/x> a kg:Person .\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert "has a label" in result.output


def test_every_command_has_help():
    for name in main.commands:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100


def test_progress_line_counts_and_estimates(tmp_path, seeds_dir, diplomatic_path):
    import io

    from kg.progress import Progress, estimate_total

    assert estimate_total([str(seeds_dir), str(diplomatic_path)]) == 402
    assert estimate_total(["-"]) is None
    out = io.StringIO()
    bar = Progress(total=10, stream=out)
    bar.last = -1e9
    bar.tick()
    assert "1/10 articles" in out.getvalue() and "s left" in out.getvalue()
    bar.close()
    assert out.getvalue().endswith("\r\x1b[K")
