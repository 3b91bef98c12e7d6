"""`pantau extract`: turn articles into trafficking incident records."""

from __future__ import annotations

from pathlib import Path

import typer

from pantau.cli.progress import progress_bar


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        input: Path | None = typer.Option(  # noqa: A002 - the documented flag name
            None, "--input", "-i", help="Articles as JSON lines (id, text; url, title, published optional)."
        ),
        output: Path | None = typer.Option(None, "--output", "-o", help="Where to write the records (JSON lines)."),
        processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes for extraction."),
        batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch."),
    ) -> None:
        """Extract records from a JSON-lines file, or from the store's new articles when no --input is given."""
        from pantau.errors import InputError
        from pantau.extraction import extract_file, extract_store, print_bad_lines

        if input is None:
            if output is not None:
                raise InputError("--output needs --input (without --input, records go to the store)")
            from pantau.store import Store

            with Store.open_default() as store, progress_bar("Extracting") as advance:
                done = extract_store(store, n_process=processes, batch_size=batch_size, on_record=advance)
            typer.echo(f"extracted {done} articles from the store")
            return
        if output is None:
            raise InputError("--input needs --output")
        if not input.is_file():
            raise InputError(f"no such file: {input}")
        with progress_bar("Extracting") as advance:
            report = extract_file(input, output, n_process=processes, batch_size=batch_size, on_record=advance)
        print_bad_lines(report, str(input))
        typer.echo(f"wrote {report.records} records to {output}", err=True)
        if report.bad_lines:
            raise typer.Exit(1)
