"""The ``newsift`` command: parses arguments, calls the library, formats what it returns.

One module a family of commands; this one builds the group from them, explicitly.
"""

from __future__ import annotations

import click

from newsift import __version__
from newsift.cli.browse import events, export
from newsift.cli.edit import correct, merge, split
from newsift.cli.evaluate import evaluate
from newsift.cli.ingest import extract, ingest
from newsift.cli.scale import load
from newsift.cli.serve import serve
from newsift.cli.watch import watch


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsift")
def cli() -> None:
    """newsift: conflict news in, a structured, source-linked event dataset out.

    \b
    Example:
      newsift ingest samples/ && newsift events
    """


for command in (extract, ingest, load, watch, events, export, correct, merge, split, serve,
                evaluate):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="newsift")
