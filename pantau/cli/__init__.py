"""The ``pantau`` command line.

Each subcommand lives in its own module beside this one and registers itself on
:data:`app` through a ``register(app)`` function. Errors the user can act on are
printed as one line, with a non-zero exit status and no traceback.
"""

from __future__ import annotations

import os
import sys

import typer

from pantau.errors import PantauError

app = typer.Typer(
    name="pantau",
    help="Pantau watches Indonesian news for human trafficking (TPPO).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_SUBCOMMANDS = (
    "crawl", "extract", "index", "search", "serve", "digest", "incidents", "alerts", "export", "run", "demo", "es",
)


def _register_all() -> None:
    import importlib

    for name in _SUBCOMMANDS:
        importlib.import_module(f"pantau.cli.{name}").register(app)


_register_all()


def _fail(message: str, code: int = 1) -> int:
    print(f"pantau: error: {message}", file=sys.stderr)
    return code


def _usage_message(exc: typer.TyperException) -> str:
    """A usage error as one line: the message, then the help command of the (sub)command it is about."""
    message = " ".join(exc.format_message().split())
    context = getattr(exc, "ctx", None)
    path = context.command_path if context is not None else "pantau"
    return f"{message} (see `{path} --help`)"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pantau`` console script."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="pantau", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return _fail("interrupted", 130)
    except typer.TyperException as exc:  # usage errors: one line, with where to find the help
        return _fail(_usage_message(exc), exc.exit_code)
    except PantauError as exc:
        return _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        if os.environ.get("PANTAU_DEBUG"):
            raise
        return _fail(f"unexpected {type(exc).__name__}: {exc} (set PANTAU_DEBUG=1 for details)")
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
