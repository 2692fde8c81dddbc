"""The Telegram bot (python-telegram-bot): wiring, handlers, rendering, access control."""
