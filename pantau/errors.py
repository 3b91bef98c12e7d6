"""Errors that the command line shows to the user as one clear line."""


class PantauError(Exception):
    """A problem the user can act on; shown as one line, exit status 1."""


class SearchUnavailable(PantauError):
    """The search cluster cannot be reached or used."""


class InputError(PantauError):
    """Bad input from the user (a file, a flag, a query)."""
