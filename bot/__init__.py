"""Front ends of govqa: the `govqa` command line and the Telegram bot."""
