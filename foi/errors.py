"""Errors whose message is written for the person at the keyboard: the CLI prints it on one
line as `foi COMMAND: message` and exits 2 (foi/cli.py's one handler); anything else is a
bug, reported without a traceback unless FOI_DEBUG is set."""

from __future__ import annotations


class UserError(Exception):
    """Bad input, a busy data directory, a missing dataset: what the user can put right."""
