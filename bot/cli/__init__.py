"""The `govqa` command line (typer). Its help texts are the docs."""

from bot.cli.main import app, main

__all__ = ["app", "main"]
