"""The ``eval`` command: scores against the gold sets, floors for CI."""

from __future__ import annotations

import json
import sys

import click


@click.command(name="eval")
@click.option(
    "--shared",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="The shared/ folder with gold and eval data (default: ../shared beside the repo).",
)
@click.option("--only", multiple=True, help="Run only these sets (repeatable).")
@click.option("--limit", type=int, default=None, help="Score only the first N records a set.")
@click.option(
    "--half",
    type=click.Choice(["tune", "check"]),
    default=None,
    help="Score only this half of each split set (default: both).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--check", is_flag=True, help="Exit non-zero when a score is below its floor.")
def evaluate(
    shared: str | None,
    only: tuple[str, ...],
    limit: int | None,
    half: str | None,
    as_json: bool,
    check: bool,
) -> None:
    """Score extraction against gold files and print a table of measures.

    Split sets are scored as two halves, NAME/tune (study its failures) and
    NAME/check (only measure it); floors sit on the check half.

    \b
    Example:
      newsift eval --only acled-notes --half check --check
    """
    from newsift.evaluate.records import HALVES
    from newsift.evaluate.runner import below_floor, find_shared, run_evaluations

    halves = [h for h in HALVES if half is None or h == half]
    results = run_evaluations(find_shared(shared), only=only, limit=limit, halves=halves)
    failures = below_floor(results)
    if as_json:
        click.echo(json.dumps(results, indent=2))
    else:
        for name, scores in results.items():
            for measure, value in scores.items():
                if isinstance(value, (int, float)):
                    click.echo(f"{name:<22} {measure:<48} {value:10.3f}")
    for failure in failures:
        click.echo(f"below floor: {failure}", err=True)
    if check and failures:
        sys.exit(1)
