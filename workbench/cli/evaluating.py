"""`workbench evaluate`: score a comparison, or the tool on a corpus event, against hand-made gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

from workbench.cli.group import cli
from workbench.cli.options import fail_cleanly


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for key, value in result.items():
        if isinstance(value, list) and key.endswith(("_missed", "_wrong")):
            click.echo(f"{key}: {len(value)}")
            for example in value[:10]:
                click.echo(f"    {example}")
        else:
            click.echo(f"{key}: {value}")


@cli.command("evaluate")
@click.argument("target", type=click.Path(exists=True))
@click.argument("texts_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--align", "align_gold", type=click.Path(exists=True, dir_okay=False), help="Gold fact clusters (alignment.json).")
@click.option("--cues", "cues_gold", type=click.Path(exists=True, dir_okay=False), help="Gold framing cues (cues.json).")
@click.option("--segments", "segments_gold", type=click.Path(exists=True, dir_okay=False),
              help="Gold segments with furniture (segments.json).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@fail_cleanly
def evaluate_cmd(target: str, texts_dir: str | None, align_gold: str | None, cues_gold: str | None,
                 segments_gold: str | None, as_json: bool) -> None:
    """Score against hand-made gold: alignment P/R/F1, omissions, cues, furniture, sentence boundaries.

    Either TARGET is a comparison JSON (from `compare` or `export --format
    json`) and TEXTS_DIR the folder of the original files, with one or more
    gold files; or TARGET is a corpus event folder (texts, manifest.json,
    gold/), which is imported, aligned and scored in one go. Example:
    workbench evaluate tests/data/corpus/en-air-india-crash-2025
    """
    from workbench.evaluate import load_gold, score
    from workbench.evaluate.corpus import evaluate_event

    path = Path(target)
    if path.is_dir():
        if texts_dir or align_gold or cues_gold or segments_gold:
            raise click.UsageError("an event folder brings its own gold; give no other arguments")
        if not (path / "gold").is_dir():
            raise click.UsageError(f"{target}: not an event folder (no gold/ inside)")
        _print(evaluate_event(path), as_json)
        return
    if not texts_dir or not (align_gold or cues_gold or segments_gold):
        raise click.UsageError("give TEXTS_DIR and at least one of --align, --cues, --segments")
    try:
        export = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"{target}: not a readable comparison JSON ({exc})") from None
    gold = load_gold(texts_dir, align=align_gold, cues=cues_gold, segments=segments_gold)
    _print(score(export, gold), as_json)
