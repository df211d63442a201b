"""The store's base error, in a module of its own so that the modules `connection` opens
(recovery, backup) can raise it without importing `connection` back (no import cycle)."""


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do, in the UI language."""
